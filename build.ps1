#!/usr/bin/env pwsh
# The same steps as README and .ci/run for PowerShell users, as a thin wrapper over `dotnet` so that it cannot drift.
# (PowerShell is not installed on the machines this repository is developed on; keep every step a plain dotnet call.)
param(
    [ValidateSet('restore', 'build', 'test', 'pack', 'all')]
    [string] $Target = 'all',
    [string] $Configuration = 'Release'
)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

if ($Target -in 'restore', 'all') { Invoke-Dotnet restore Generator.sln }
if ($Target -in 'build', 'all')   { Invoke-Dotnet build Generator.sln -c $Configuration }
if ($Target -in 'test', 'all')    { Invoke-Dotnet test Generator.sln -c $Configuration }
# The main job: the SDK built from the bundled specs, packed, plus the spec reports, all under artifacts/.
if ($Target -in 'pack', 'all')    { Invoke-Dotnet pack Generator.sln -c $Configuration -o artifacts/packages }
