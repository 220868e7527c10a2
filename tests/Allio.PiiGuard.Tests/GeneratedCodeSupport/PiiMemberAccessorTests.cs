namespace Allio.PiiGuard.Tests.GeneratedCodeSupport;

/// <summary>
/// Descriptors as generated code builds them: members without lambdas, read and written through the type's one reader
/// and one writer by their index. The typed getter and setter, erasure and export behave as with lambdas per member.
/// </summary>
public sealed class PiiMemberAccessorTests
{
    /// <summary>Built as generated code builds it; the erasure tests of <see cref="PiiSubjectRightsHooksTests"/> run on it too.</summary>
    internal static readonly PiiTypeDescriptor<Account> AccountDescriptor = new(
        ReadAccount,
        WriteAccount,
        new PiiMemberDescriptor<Account, string>("Email", PiiKind.Email, PiiTaxonomy.Personal, true, erasesToTombstone: true),
        new PiiMemberDescriptor<Account, string?>("Phone", PiiKind.Phone, PiiTaxonomy.Personal, true),
        new PiiMemberDescriptor<Account, int>("Age", PiiKind.Other, PiiTaxonomy.Personal, true),
        new PiiMemberDescriptor<Account, string>("Passport", PiiKind.GovernmentId, PiiTaxonomy.Sensitive, false),
        new PiiMemberDescriptor<Account, string>("Name", PiiKind.FullName, PiiTaxonomy.Personal, true, erasesToTombstone: true));

    internal static readonly PiiTypeDescriptor<Card> CardDescriptor = new(
        static (ref Card c, int member, bool stored) => member switch { 0 => c.Number, 1 => c.Cvv, _ => null },
        static (ref Card c, int member, object? value) =>
        {
            switch (member)
            {
                case 0: c.Number = (string)value!; break;
                case 1: c.Cvv = (int?)value; break;
            }
        },
        new PiiMemberDescriptor<Card, string>("Number", PiiKind.FinancialAccount, PiiTaxonomy.Sensitive, true, erasesToTombstone: true),
        new PiiMemberDescriptor<Card, int?>("Cvv", PiiKind.FinancialAccount, PiiTaxonomy.Sensitive, true));

    internal static object? ReadAccount(ref Account a, int member, bool stored) => member switch
    {
        0 => a.Email,
        1 => a.Phone,
        2 => a.Age,
        3 => a.Passport,
        4 => stored ? a.StoredName : a.Name,
        _ => null,
    };

    internal static void WriteAccount(ref Account a, int member, object? value)
    {
        switch (member)
        {
            case 0: a.Email = (string)value!; break;
            case 1: a.Phone = (string?)value; break;
            case 2: a.Age = (int)value!; break;
            case 4: a.StoredName = (string)value!; break;
        }
    }

    [Fact]
    public void Export_reads_what_the_type_stores_while_the_getter_reads_the_member()
    {
        var account = new Account();
        var name = (PiiMemberDescriptor<Account, string>)AccountDescriptor.Members[4];

        var export = PiiSubjectRightsHooks.Export(account, AccountDescriptor, 0, null);

        Assert.Equal([new("Email", "ann@example.com"), new("Phone", "+1 555"), new("Age", 41), new("Passport", "X123"), new("Name", "Ann")], export);
        Assert.Equal("read through the property", name.Getter(account));
        Assert.Equal("read through the property", name.GetBoxedValue(account));
    }

    [Fact]
    public void The_typed_getter_and_setter_go_through_the_reader_and_writer_and_a_read_only_member_has_no_setter()
    {
        var account = new Account();
        var age = (PiiMemberDescriptor<Account, int>)AccountDescriptor.Members[2];
        var passport = (PiiMemberDescriptor<Account, string>)AccountDescriptor.Members[3];

        age.Setter!(ref account, 52);

        Assert.Equal((52, 52), (account.Age, age.Getter(account)));
        Assert.Equal((true, false), (age.CanWrite, passport.CanWrite));
        Assert.Null(passport.Setter);
        Assert.Equal("X123", passport.Getter(account));
    }

    [Fact]
    public void A_member_without_accessors_belongs_to_one_descriptor_with_a_reader_and_writer()
    {
        var member = new PiiMemberDescriptor<Account, string>("Email", PiiKind.Email, PiiTaxonomy.Personal, true);
        _ = new PiiTypeDescriptor<Account>(ReadAccount, WriteAccount, member);

        Assert.Throws<InvalidOperationException>(() => new PiiTypeDescriptor<Account>(ReadAccount, WriteAccount, member));
        Assert.Throws<ArgumentException>(() => new PiiTypeDescriptor<Account>(
            new PiiMemberDescriptor<Account, string>("Email", PiiKind.Email, PiiTaxonomy.Personal, true)));
    }

    [Fact]
    public void Only_a_string_member_can_be_erased_to_the_tombstone()
        => Assert.Throws<ArgumentException>(() => new PiiMemberDescriptor<Account, int>("Age", PiiKind.Other, PiiTaxonomy.Personal, true, erasesToTombstone: true));
}
