namespace Procountor.Sdk;

/// <summary>The Procountor environments the vendor runs.</summary>
public enum ProcountorEnvironment
{
    /// <summary>The production API, <c>https://api.procountor.com</c>.</summary>
    Production,

    /// <summary>The vendor's public test server (PTS), <c>https://pts-api.procountor.com</c>.</summary>
    Test,
}
