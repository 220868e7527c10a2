namespace Allio.Crm.Tests;

/// <summary>A made-up data subject; each one gets its own email and phone so tests never share a subject.</summary>
public sealed record Person(string LastName, string FirstName, string Email, string Phone)
{
    private static int s_next;

    public static Person New()
    {
        var n = Interlocked.Increment(ref s_next);
        return new Person("Иванова", "Мария", $"maria.ivanova.{n}@example.ru", $"+7 (921) 555-{n / 100 % 100:00}-{n % 100:00}");
    }

    /// <summary>The values that must never reach a log raw.</summary>
    public IEnumerable<string> RawValues() => [LastName, FirstName, Email, Phone];
}
