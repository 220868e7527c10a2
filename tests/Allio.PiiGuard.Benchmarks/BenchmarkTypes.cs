namespace Allio.PiiGuard.Benchmarks;

/// <summary>The same four members, unmarked: the compiler's own record ToString is the baseline.</summary>
public sealed record PlainCustomer(int Id, string Name, string Email, string Phone);

/// <summary>The same four members, three of them personal data: the generator writes its ToString.</summary>
public sealed partial record MarkedCustomer
{
    public int Id { get; set; }

    [Pii(Kind = PiiKind.FullName)]
    public string Name { get; set; } = "";

    [Pii(Kind = PiiKind.Email)]
    public string Email { get; set; } = "";

    [Pii(Kind = PiiKind.Phone)]
    public string Phone { get; set; } = "";
}

/// <summary>One plain property and one audited partial property: the cost of the hook with no sink set.</summary>
public sealed partial class AuditedApplicant
{
    public string Plain { get; set; } = "";

    [Pii(Kind = PiiKind.GovernmentId)]
    public partial string Passport { get; set; }
}
