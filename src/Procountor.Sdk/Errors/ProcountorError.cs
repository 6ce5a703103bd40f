namespace Procountor.Sdk;

/// <summary>
/// One entry of a Procountor error answer, whichever shape the server used: <c>ErrorMessages</c>
/// (<c>{errors: [{status, field, message}]}</c>), the OAuth shape (<c>{error, error_description}</c>),
/// <c>ErrorResponse</c> (<c>{requestId, timestamp, code, message}</c>) or <c>constraintViolations</c>.
/// </summary>
/// <param name="Status">The status the entry gives, when it gives one.</param>
/// <param name="Field">The request field the entry is about, when it names one.</param>
/// <param name="Message">The server's own text.</param>
/// <param name="Code">The server's error code (OAuth <c>error</c>, <c>ErrorResponse.code</c>, a validation code).</param>
public sealed record ProcountorError(int? Status, string? Field, string? Message, string? Code);
