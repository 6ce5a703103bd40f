namespace Procountor.Runtime;

/// <summary>A file part of a multipart request: its content, file name and media type.</summary>
public sealed record ApiFile(Stream Content, string FileName, string ContentType = "application/octet-stream");
