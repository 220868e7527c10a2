using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// Guesses from a member's name and type whether it holds personal data that nobody marked (rule PII006,
/// the CLI inventory). Names are split into words (camel, Pascal, snake case); a word run that spells an
/// entry of <see cref="Entries"/> matches when the words after it only refine it (<c>PhoneNumber</c>,
/// <c>AddressLine1</c>) and the words before it do not say "flag", "network" or "action".
/// </summary>
/// <remarks>
/// The head noun of an English compound is its last word: <c>EmailTemplateId</c> is an id, <c>EmailSubject</c>
/// a subject, <c>AddressFamily</c> a family. So anything after the matched run that is not a refinement
/// turns the match off; this one rule replaces most of the exclusion lists of name-based scanners.
/// </remarks>
internal static class PiiNameHeuristics
{
    /// <summary>Which value types a kind is plausibly stored in.</summary>
    [System.Flags]
    public enum Shapes
    {
        /// <summary><c>string</c>, <c>char[]</c>.</summary>
        Text = 1,
        /// <summary><c>DateTime</c>, <c>DateTimeOffset</c>, <c>DateOnly</c>.</summary>
        Date = 2,
        /// <summary>Integral numbers and <c>decimal</c> (phones and tax numbers are sometimes stored as <c>long</c>).</summary>
        Number = 4,
        /// <summary><c>System.Net.IPAddress</c>.</summary>
        IpAddress = 8,
        /// <summary><c>System.Net.Mail.MailAddress</c>.</summary>
        MailAddress = 16,
    }

    /// <summary>One name the heuristic knows: the words spelled together, lower case, no separators.</summary>
    /// <param name="Spelling">The word run, e.g. <c>dateofbirth</c> for <c>DateOfBirth</c>, <c>date_of_birth</c>, <c>dob</c>'s long form.</param>
    /// <param name="Kind">The <c>PiiKind</c> member name.</param>
    /// <param name="Shapes">The value types that make the guess plausible.</param>
    /// <param name="IsPostalAddress">True for bare "address" words that network code uses too (<c>HostAddress</c>).</param>
    public readonly record struct Entry(string Spelling, string Kind, Shapes Shapes, bool IsPostalAddress = false);

    /// <summary>A successful guess.</summary>
    /// <param name="Kind">The <c>PiiKind</c> member name.</param>
    /// <param name="Spelling">The entry that matched, for reports.</param>
    public readonly record struct Match(string Kind, string Spelling);

    /// <summary>The longest entry spans five words (<c>social_security_number</c> spans three).</summary>
    private const int MaxWordsPerEntry = 5;

    private const Shapes TextOnly = Shapes.Text;
    private const Shapes TextOrNumber = Shapes.Text | Shapes.Number;
    private const Shapes TextOrDate = Shapes.Text | Shapes.Date;

    /// <summary>The name table: English, Russian transliteration (as developers write it) and Cyrillic.</summary>
    public static ImmutableArray<Entry> Entries { get; } =
    [
        // Email.
        new("email", "Email", TextOnly | Shapes.MailAddress),
        new("emailaddress", "Email", TextOnly | Shapes.MailAddress),
        new("mailaddress", "Email", TextOnly | Shapes.MailAddress),
        // Message headers: the sender's and recipients' addresses are emails, not postal addresses.
        new("fromaddress", "Email", TextOnly | Shapes.MailAddress),
        new("toaddress", "Email", TextOnly | Shapes.MailAddress),
        new("replytoaddress", "Email", TextOnly | Shapes.MailAddress),
        new("senderaddress", "Email", TextOnly | Shapes.MailAddress),
        new("ccaddress", "Email", TextOnly | Shapes.MailAddress),
        new("bccaddress", "Email", TextOnly | Shapes.MailAddress),
        new("pochta", "Email", TextOnly),
        new("почта", "Email", TextOnly),

        // Phone.
        new("phone", "Phone", TextOrNumber),
        new("telephone", "Phone", TextOrNumber),
        new("tel", "Phone", TextOrNumber),
        new("mobile", "Phone", TextOrNumber),
        new("mobilephone", "Phone", TextOrNumber),
        new("cellphone", "Phone", TextOrNumber),
        new("msisdn", "Phone", TextOrNumber),
        new("telefon", "Phone", TextOrNumber),
        new("telefona", "Phone", TextOrNumber),
        new("телефон", "Phone", TextOrNumber),

        // Government identifiers: passport, SNILS, INN, SSN, national and tax ids, driving licence.
        new("passport", "GovernmentId", TextOrNumber),
        new("pasport", "GovernmentId", TextOrNumber),
        new("паспорт", "GovernmentId", TextOrNumber),
        new("snils", "GovernmentId", TextOrNumber),
        new("снилс", "GovernmentId", TextOrNumber),
        new("inn", "GovernmentId", TextOrNumber),
        new("инн", "GovernmentId", TextOrNumber),
        new("ssn", "GovernmentId", TextOrNumber),
        new("socialsecuritynumber", "GovernmentId", TextOrNumber),
        new("nationalid", "GovernmentId", TextOrNumber),
        new("taxid", "GovernmentId", TextOrNumber),
        new("taxpayerid", "GovernmentId", TextOrNumber),
        new("driverlicense", "GovernmentId", TextOrNumber),
        new("driverslicense", "GovernmentId", TextOrNumber),
        new("drivinglicence", "GovernmentId", TextOrNumber),

        // Birth date.
        new("birthdate", "BirthDate", TextOrDate),
        new("birthday", "BirthDate", TextOrDate),
        new("dateofbirth", "BirthDate", TextOrDate),
        new("dob", "BirthDate", TextOrDate),
        new("datarozhdeniya", "BirthDate", TextOrDate),
        new("datarozhdenia", "BirthDate", TextOrDate),
        new("datarojdeniya", "BirthDate", TextOrDate),
        new("датарождения", "BirthDate", TextOrDate),

        // Postal address.
        new("address", "PostalAddress", TextOnly, IsPostalAddress: true),
        new("adres", "PostalAddress", TextOnly, IsPostalAddress: true),
        new("адрес", "PostalAddress", TextOnly, IsPostalAddress: true),
        new("postaladdress", "PostalAddress", TextOnly),
        new("homeaddress", "PostalAddress", TextOnly),
        new("streetaddress", "PostalAddress", TextOnly),
        new("street", "PostalAddress", TextOnly),
        new("zipcode", "PostalAddress", TextOrNumber),
        new("postcode", "PostalAddress", TextOrNumber),
        new("postalcode", "PostalAddress", TextOrNumber),

        // Names.
        new("lastname", "LastName", TextOnly),
        new("surname", "LastName", TextOnly),
        new("familyname", "LastName", TextOnly),
        new("familiya", "LastName", TextOnly),
        new("familia", "LastName", TextOnly),
        new("фамилия", "LastName", TextOnly),
        new("firstname", "FirstName", TextOnly),
        new("givenname", "FirstName", TextOnly),
        new("imya", "FirstName", TextOnly),
        new("имя", "FirstName", TextOnly),
        new("middlename", "MiddleName", TextOnly),
        new("patronymic", "MiddleName", TextOnly),
        new("otchestvo", "MiddleName", TextOnly),
        new("отчество", "MiddleName", TextOnly),
        new("fullname", "FullName", TextOnly),
        new("fio", "FullName", TextOnly),
        new("фио", "FullName", TextOnly),

        // Seed-policy kinds of job applicants (§1.1.2).
        new("salary", "SalaryExpectation", TextOrNumber),
        new("desiredsalary", "SalaryExpectation", TextOrNumber),
        new("zarplata", "SalaryExpectation", TextOrNumber),
        new("зарплата", "SalaryExpectation", TextOrNumber),
        new("maritalstatus", "FamilyStatus", TextOnly),
        new("familystatus", "FamilyStatus", TextOnly),
        new("city", "City", TextOnly),
        new("gorod", "City", TextOnly),

        // Special categories (152-FZ art. 10, 11): the fix writes [SensitivePii] or [BiometricPii] for these kinds.
        new("diagnosis", "Health", TextOnly),
        new("medicalhistory", "Health", TextOnly),
        new("bloodtype", "Health", TextOnly),
        new("bloodgroup", "Health", TextOnly),
        new("disability", "Health", TextOnly),
        new("diagnoz", "Health", TextOnly),
        new("диагноз", "Health", TextOnly),
        new("fingerprint", "Biometric", TextOnly),

        // Online identifiers.
        new("ip", "OnlineIdentifier", TextOnly | Shapes.IpAddress),
        new("ipaddress", "OnlineIdentifier", TextOnly | Shapes.IpAddress),
        new("clientip", "OnlineIdentifier", TextOnly | Shapes.IpAddress),
        new("remoteip", "OnlineIdentifier", TextOnly | Shapes.IpAddress),
        new("cookieid", "OnlineIdentifier", TextOnly),

        // Financial accounts.
        new("cardnumber", "FinancialAccount", TextOrNumber),
        new("creditcard", "FinancialAccount", TextOrNumber),
        new("creditcardnumber", "FinancialAccount", TextOrNumber),
        new("iban", "FinancialAccount", TextOnly),
        new("accountnumber", "FinancialAccount", TextOrNumber),
        new("bankaccount", "FinancialAccount", TextOrNumber),
        new("cvv", "FinancialAccount", TextOrNumber),
        new("cvc", "FinancialAccount", TextOrNumber),
    ];

    /// <summary>Words after a match that only refine it: <c>PhoneNumber</c>, <c>AddressLine1</c>, <c>PassportSeries</c>.</summary>
    private static readonly HashSet<string> Refinements =
    [
        "number", "num", "no", "nr", "value", "raw", "text", "str", "string", "line", "full", "series",
        "digits", "primary", "secondary", "personal", "private", "home", "work", "mobile", "normalized",
        "formatted", "nomer", "seriya", "seria", "номер", "серия",
    ];

    /// <summary>
    /// Words before a match that make the name a flag, an action, a setting or an already sanitized form
    /// (<c>IsEmail</c>, <c>SendEmail</c>, <c>MaxPhone</c>, <c>MaskedPhone</c>).
    /// </summary>
    private static readonly HashSet<string> Disqualifiers =
    [
        "is", "has", "can", "should", "allow", "enable", "use", "require", "send", "validate", "verify",
        "max", "min", "default", "sample", "example", "test", "regex", "pattern", "format", "template",
        "masked", "hashed", "redacted",
    ];

    /// <summary>Words before a bare "address" that make it a network or memory address (<c>HostAddress</c>, <c>BaseAddress</c>).</summary>
    private static readonly HashSet<string> NetworkQualifiers =
    [
        "host", "base", "mac", "remote", "local", "server", "proxy", "gateway", "endpoint", "bind", "listen",
        "web", "url", "uri", "memory", "return", "start", "end", "network", "net", "hardware", "physical",
        "broadcast", "multicast", "source", "destination", "target", "wallet", "contract", "virtual", "relative",
        "ip", "socket", "peer", "node", "bus", "register", "smtp", "dns", "email", "mail",
    ];

    private static readonly Dictionary<string, Entry> BySpelling = Index();

    /// <summary>
    /// The personal-data kind a member of this name and type probably holds, or null.
    /// Only value types personal data is stored in qualify: flags, enums, counts and objects never do.
    /// </summary>
    /// <param name="name">The member or parameter name.</param>
    /// <param name="type">Its type.</param>
    /// <param name="containerName">The containing type's name: a bare <c>Address</c> of <c>SmtpServer</c> is a network address.</param>
    public static Match? Classify(string name, ITypeSymbol? type, string? containerName = null)
    {
        if (type is null || Shape(type) is not { } shape || MatchName(name) is not { } entry || (entry.Shapes & shape) == 0
            || (entry.IsPostalAddress && containerName is not null && Words(containerName).Exists(NetworkQualifiers.Contains)))
        {
            return null;
        }

        return new Match(entry.Kind, entry.Spelling);
    }

    /// <summary>The table entry a name spells, ignoring the value type; null when none or when the context words rule it out.</summary>
    public static Entry? MatchName(string name)
    {
        var words = Words(name);
        Entry? best = null;
        var bestEnd = -1;
        var bestLength = 0;
        for (var start = 0; start < words.Count; start++)
        {
            var spelling = string.Empty;
            for (var end = start; end < words.Count && end - start < MaxWordsPerEntry; end++)
            {
                spelling += words[end];
                if (!TryLookUp(spelling, out var entry) || !Fits(entry, words, start, end))
                {
                    continue;
                }

                // The match closest to the head noun (the last word) wins, then the longest.
                var length = end - start + 1;
                if (end > bestEnd || (end == bestEnd && length > bestLength))
                {
                    best = entry;
                    bestEnd = end;
                    bestLength = length;
                }
            }
        }

        return best;
    }

    /// <summary>Finds an entry by its spelling, also in the plural (<c>Phones</c>, <c>Emails</c>).</summary>
    private static bool TryLookUp(string spelling, out Entry entry) =>
        BySpelling.TryGetValue(spelling, out entry)
        || (spelling.Length > 3 && spelling[spelling.Length - 1] == 's' && BySpelling.TryGetValue(spelling.Substring(0, spelling.Length - 1), out entry));

    /// <summary>Splits an identifier into lower-case words: <c>IPAddress</c> → ip, address; <c>data_rozhdeniya</c> → data, rozhdeniya.</summary>
    public static List<string> Words(string identifier)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(identifier, ref start, i, words);
                continue;
            }

            if (start >= 0 && StartsWord(identifier, i))
            {
                Flush(identifier, ref start, i, words);
            }

            if (start < 0)
            {
                start = i;
            }
        }

        Flush(identifier, ref start, identifier.Length, words);
        return words;
    }

    private static bool StartsWord(string text, int i)
    {
        var previous = text[i - 1];
        var current = text[i];
        if (char.IsDigit(previous) != char.IsDigit(current))
        {
            return true;
        }

        if (char.IsLower(previous) && char.IsUpper(current))
        {
            return true;
        }

        // The last capital of an acronym starts the next word: IPAddress → IP, Address.
        return char.IsUpper(previous) && char.IsUpper(current) && i + 1 < text.Length && char.IsLower(text[i + 1]);
    }

    private static void Flush(string text, ref int start, int end, List<string> words)
    {
        if (start >= 0)
        {
            words.Add(text.Substring(start, end - start).ToLowerInvariant());
            start = -1;
        }
    }

    private static bool Fits(Entry entry, List<string> words, int start, int end)
    {
        for (var i = end + 1; i < words.Count; i++)
        {
            if (!Refinements.Contains(words[i]) && !IsNumber(words[i]))
            {
                return false;
            }
        }

        for (var i = 0; i < start; i++)
        {
            if (Disqualifiers.Contains(words[i]) || (entry.IsPostalAddress && NetworkQualifiers.Contains(words[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNumber(string word) => word.Length > 0 && char.IsDigit(word[0]);

    /// <summary>The value shape of a member type; collections count by their element (<c>List&lt;string&gt; Phones</c>).</summary>
    private static Shapes? Shape(ITypeSymbol type)
    {
        // char[] is text, not a collection of characters.
        if (type is not IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char })
        {
            type = TypeContents.Item(type);
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return Shapes.Text;
            case SpecialType.System_DateTime:
                return Shapes.Date;
            case SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64
                or SpecialType.System_UInt64 or SpecialType.System_Decimal:
                return Shapes.Number;
        }

        if (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char })
        {
            return Shapes.Text;
        }

        if (SymbolNames.Is(type, "System.DateTimeOffset") || SymbolNames.Is(type, "System.DateOnly"))
        {
            return Shapes.Date;
        }

        if (SymbolNames.Is(type, "System.Net.IPAddress"))
        {
            return Shapes.IpAddress;
        }

        return SymbolNames.Is(type, "System.Net.Mail.MailAddress") ? Shapes.MailAddress : null;
    }

    private static Dictionary<string, Entry> Index()
    {
        var index = new Dictionary<string, Entry>(System.StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            index[entry.Spelling] = entry;
        }

        return index;
    }
}
