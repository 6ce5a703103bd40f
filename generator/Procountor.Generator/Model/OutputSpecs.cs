namespace Procountor.Generator.Model;

/// <summary>One model, enum or union file.</summary>
internal sealed record TypeFile(string Namespace, TypeSpec Type);

/// <summary>The client class: its groups only, so that a model change does not re-emit it.</summary>
internal sealed record ClientSpec(string Namespace, string ClientName, string VersionLabel, string? Title, EquatableArray<GroupRef> Groups);

internal sealed record GroupRef(string Property, string Type);

/// <summary>One group (tag) of operations.</summary>
internal sealed record GroupFile(string Namespace, string Property, string Type, EquatableArray<OperationSpec> Operations);
