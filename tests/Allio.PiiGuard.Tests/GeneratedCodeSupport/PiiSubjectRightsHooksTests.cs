namespace Allio.PiiGuard.Tests.GeneratedCodeSupport;

/// <summary>
/// The shared bodies of the generated erasure and export: they loop over the descriptor from the first member the type
/// handles, erase to null, default or the tombstone, read what the type stores and report each member after the work.
/// </summary>
public sealed class PiiSubjectRightsHooksTests
{
    private static readonly PiiTypeDescriptor<Account> AccountDescriptor = new(
        new PiiMemberDescriptor<Account, string>("Email", PiiKind.Email, PiiTaxonomy.Personal, static a => a.Email, static (ref Account a, string v) => a.Email = v, erasesToTombstone: true),
        new PiiMemberDescriptor<Account, string?>("Phone", PiiKind.Phone, PiiTaxonomy.Personal, static a => a.Phone, static (ref Account a, string? v) => a.Phone = v),
        new PiiMemberDescriptor<Account, int>("Age", PiiKind.Other, PiiTaxonomy.Personal, static a => a.Age, static (ref Account a, int v) => a.Age = v),
        new PiiMemberDescriptor<Account, string>("Passport", PiiKind.GovernmentId, PiiTaxonomy.Sensitive, static a => a.Passport),
        new PiiMemberDescriptor<Account, string>("Name", PiiKind.FullName, PiiTaxonomy.Personal, static a => a.Name, static (ref Account a, string v) => a.StoredName = v, erasesToTombstone: true, storedValue: static a => a.StoredName));

    private static readonly PiiTypeDescriptor<Card> CardDescriptor = new(
        new PiiMemberDescriptor<Card, string>("Number", PiiKind.FinancialAccount, PiiTaxonomy.Sensitive, static c => c.Number, static (ref Card c, string v) => c.Number = v, erasesToTombstone: true),
        new PiiMemberDescriptor<Card, int?>("Cvv", PiiKind.FinancialAccount, PiiTaxonomy.Sensitive, static c => c.Cvv, static (ref Card c, int? v) => c.Cvv = v));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Erasure_writes_null_default_or_the_tombstone_and_skips_what_cannot_be_written(bool throughReaderAndWriter)
    {
        var account = new Account();

        var erased = PiiSubjectRightsHooks.Erase(ref account, throughReaderAndWriter ? PiiMemberAccessorTests.AccountDescriptor : AccountDescriptor, 0, null);

        Assert.Equal(["Email", "Phone", "Age", "Name"], erased);
        Assert.Equal((PiiErasure.StringTombstone, (string?)null, 0, "X123", PiiErasure.StringTombstone), (account.Email, account.Phone, account.Age, account.Passport, account.StoredName));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_struct_is_erased_in_place(bool throughReaderAndWriter)
    {
        var card = new Card { Number = "4111", Cvv = 123 };

        PiiSubjectRightsHooks.Erase(ref card, throughReaderAndWriter ? PiiMemberAccessorTests.CardDescriptor : CardDescriptor, 0, null);

        Assert.Equal((PiiErasure.StringTombstone, (int?)null), (card.Number, card.Cvv));
    }

    [Fact]
    public void EraseObject_erases_a_class_through_its_reference()
    {
        var account = new Account();

        var erased = PiiSubjectRightsHooks.EraseObject(account, AccountDescriptor, 0, null);

        Assert.Equal(["Email", "Phone", "Age", "Name"], erased);
        Assert.Equal((PiiErasure.StringTombstone, (string?)null, 0), (account.Email, account.Phone, account.Age));
    }

    [Fact]
    public void A_derived_type_lists_its_base_first_and_handles_only_its_own_members()
    {
        var account = new Account();

        var erased = PiiSubjectRightsHooks.Erase(ref account, AccountDescriptor, 2, ["Inherited"]);
        var export = PiiSubjectRightsHooks.Export(account, AccountDescriptor, 3, [new("Inherited", "x")]);

        Assert.Equal(["Inherited", "Age", "Name"], erased);
        Assert.Equal(("ann@example.com", "+1 555"), (account.Email, account.Phone));
        Assert.Equal([new("Inherited", "x"), new("Passport", "X123"), new("Name", PiiErasure.StringTombstone)], export);
    }

    [Fact]
    public void Export_reads_what_the_type_stores_not_the_property()
    {
        var export = PiiSubjectRightsHooks.Export(new Account(), AccountDescriptor, 0, null);

        Assert.Equal(
            [new("Email", "ann@example.com"), new("Phone", "+1 555"), new("Age", 41), new("Passport", "X123"), new("Name", "Ann")],
            export);
    }

    [Fact]
    public void Each_handled_member_is_reported_in_order_after_the_work()
    {
        var sink = new InMemoryPiiAuditSink();
        var previous = PiiAudit.Sink;
        PiiAudit.Sink = sink;
        try
        {
            var account = new Account();
            PiiSubjectRightsHooks.Erase(ref account, AccountDescriptor, 1, null);
            PiiSubjectRightsHooks.Export(account, AccountDescriptor, 3, null);
        }
        finally
        {
            PiiAudit.Sink = previous;
        }

        Assert.Equal(
            [
                (PiiAction.Erasure, "Phone", PiiKind.Phone), (PiiAction.Erasure, "Age", PiiKind.Other), (PiiAction.Erasure, "Name", PiiKind.FullName),
                (PiiAction.Transfer, "Passport", PiiKind.GovernmentId), (PiiAction.Transfer, "Name", PiiKind.FullName),
            ],
            sink.Events.Select(e => (e.Action, e.Member, e.Kind)));
        Assert.All(sink.Events, e => Assert.Equal(typeof(Account), e.Type));
    }

    [Fact]
    public void Only_a_string_member_can_be_erased_to_the_tombstone()
        => Assert.Throws<ArgumentException>(() => new PiiMemberDescriptor<Account, int>(
            "Age", PiiKind.Other, PiiTaxonomy.Personal, static a => a.Age, static (ref Account a, int v) => a.Age = v, erasesToTombstone: true));
}
