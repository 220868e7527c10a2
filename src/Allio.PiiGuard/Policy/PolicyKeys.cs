namespace Allio.PiiGuard.Policy;

/// <summary>
/// The keys of <c>piiguard.json</c>, per object. The loader accepts exactly these, and a test keeps
/// <c>piiguard.schema.json</c> equal to them.
/// </summary>
internal static class PolicyKeys
{
    public const string Schema = "$schema";
    public const string Controller = "controller";
    public const string Jurisdiction = "jurisdiction";
    public const string CrossBorderTransfers = "crossBorderTransfers";
    public const string AdequateCountries = "adequateCountries";
    public const string Purposes = "purposes";
    public const string Subjects = "subjects";
    public const string Recipients = "recipients";
    public const string Stores = "stores";

    public const string Id = "id";
    public const string Title = "title";
    public const string Description = "description";
    public const string SubjectAccess = "subjectAccess";
    public const string Country = "country";
    public const string LegalBasis = "legalBasis";
    public const string Kinds = "kinds";
    public const string Hosts = "hosts";
    public const string Kind = "kind";

    public static readonly string[] Root =
    {
        Schema, Controller, Jurisdiction, CrossBorderTransfers, AdequateCountries, Purposes, Subjects, Recipients, Stores,
    };

    public static readonly string[] Purpose = { Id, Title, Description, SubjectAccess };

    public static readonly string[] Subject = { Id, Title };

    public static readonly string[] Recipient = { Id, Title, Country, LegalBasis, Kinds, Purposes, Hosts };

    public static readonly string[] Store = { Id, Title, Country, Kind };
}
