namespace Allio.PiiGuard.Tests.GeneratedCodeSupport;

/// <summary>The owners the descriptor tests erase and export: a class with every kind of member, and a struct.</summary>
internal sealed class Account
{
    public string Email { get; set; } = "ann@example.com";

    public string? Phone { get; set; } = "+1 555";

    public int Age { get; set; } = 41;

    public string Passport { get; } = "X123";

    // What an audited property keeps: the descriptor's getter reads the property, erasure and export the field.
    public string StoredName = "Ann";

    public string Name => "read through the property";
}

internal struct Card
{
    public string Number;
    public int? Cvv;
}
