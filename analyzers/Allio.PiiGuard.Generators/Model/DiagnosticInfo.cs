namespace Allio.PiiGuard.Generators.Model;

/// <summary>A generator diagnostic waiting to be reported: which one, where, and its message arguments.</summary>
internal readonly record struct DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments);
