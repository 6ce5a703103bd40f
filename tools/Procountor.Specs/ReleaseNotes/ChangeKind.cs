namespace Procountor.Specs.ReleaseNotes;

/// <summary>
/// What a release-note item does to the contract. Written in kebab case in <c>release-notes.yaml</c>
/// (<see cref="EndpointAdded"/> is <c>endpoint-added</c>); the loader rejects any other spelling.
/// </summary>
public enum ChangeKind
{
    EndpointAdded,
    EndpointRemoved,
    EndpointRenamed,
    MethodChanged,
    ParameterAdded,
    ParameterRemoved,
    ParameterRenamed,
    ParameterMovedToHeader,
    ParameterTypeChanged,
    ParameterBecameRequired,
    PropertyAdded,
    PropertyRemoved,
    PropertyRenamed,
    PropertyDeprecated,
    PropertyBecameRequired,
    PropertyBecameOptional,
    PropertyTypeChanged,
    EnumValueAdded,
    EnumValueRemoved,
    ConstraintChanged,
    RequestBodyChanged,
    ResponseChanged,

    /// <summary>Behaviour of the service only (validation, bug fix, error code): nothing a document shows.</summary>
    Behaviour,

    /// <summary>Documentation or reference-page change.</summary>
    Docs,

    /// <summary>Authentication and tokens.</summary>
    Auth,
}
