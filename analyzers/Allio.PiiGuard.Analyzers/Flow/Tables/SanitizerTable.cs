using System.Collections.Immutable;

namespace Allio.PiiGuard.Analyzers.Flow.Tables;

/// <summary>
/// Calls whose result is no longer personal data. Methods marked <c>[PiiSanitizer]</c> (among them
/// <c>PiiRedact.Mask</c>) are sanitizers too; they need no row.
/// </summary>
internal static class SanitizerTable
{
    private const string Crypto = "System.Security.Cryptography.";

    public static ImmutableArray<MethodRef> Rows { get; } =
    [
        // Microsoft's redaction: Redactor.Redact, also through IRedactorProvider.GetRedactor(...).Redact.
        new("Microsoft.Extensions.Compliance.Redaction.Redactor", "Redact"),

        // Hooks the PiiGuard generator writes on every partial type with personal data.
        new(MethodRef.AnyType, "ToString", FirstParameterType: "Microsoft.Extensions.Compliance.Redaction.IRedactorProvider"),
        new(MethodRef.AnyType, "AppendRedacted"),

        // ASP.NET Core Data Protection: the protected payload is encrypted and authenticated (cookies, URLs, headers).
        new("Microsoft.AspNetCore.DataProtection.IDataProtector", "Protect"),
        new("Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions", "Protect"),
        new("Microsoft.AspNetCore.DataProtection.DataProtectionAdvancedExtensions", "Protect"),

        // Well-known one-way hashes and key derivation.
        new(Crypto + "HashAlgorithm", "ComputeHash"),
        new(Crypto + "HashAlgorithm", "ComputeHashAsync"),
        new(Crypto + "HashAlgorithm", "TryComputeHash"),
        new(Crypto + "SHA1", "HashData"),
        new(Crypto + "SHA256", "HashData"),
        new(Crypto + "SHA384", "HashData"),
        new(Crypto + "SHA512", "HashData"),
        new(Crypto + "SHA3_256", "HashData"),
        new(Crypto + "SHA3_384", "HashData"),
        new(Crypto + "SHA3_512", "HashData"),
        new(Crypto + "MD5", "HashData"),
        new(Crypto + "SHA256", "HashDataAsync"),
        new(Crypto + "SHA512", "HashDataAsync"),
        new(Crypto + "HMACSHA1", "HashData"),
        new(Crypto + "HMACSHA256", "HashData"),
        new(Crypto + "HMACSHA384", "HashData"),
        new(Crypto + "HMACSHA512", "HashData"),
        new(Crypto + "HMACSHA3_256", "HashData"),
        new(Crypto + "HMACMD5", "HashData"),
        new(Crypto + "IncrementalHash", "GetHashAndReset"),
        new(Crypto + "IncrementalHash", "GetCurrentHash"),
        new(Crypto + "Rfc2898DeriveBytes", "Pbkdf2"),
        new(Crypto + "HKDF", "DeriveKey"),
        new("BCrypt.Net.BCrypt", "HashPassword"),
    ];
}
