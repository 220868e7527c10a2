namespace Allio.PiiGuard.Tests.GeneratedCodeSupport;

/// <summary>
/// Descriptors built from the member table generated code passes: the same members, typed, as a constructor call per
/// member gives; separators escaped in values; a malformed table refused.
/// </summary>
public sealed class PiiMemberTableTests
{
    private static PiiTypeDescriptor<Account> FromTable(string table, params PiiMemberType[] types)
        => new(PiiMemberAccessorTests.ReadAccount, PiiMemberAccessorTests.WriteAccount, string.Empty, table, types);

    [Fact]
    public void The_table_gives_the_members_a_constructor_call_per_member_gives()
    {
        var descriptor = FromTable(
            @"Email|Email|Pwt|psupport,billing|svisitor|rP3Y|jmail;Phone|Phone|Pw|psupport,billing;Age|Other|Pwx;Passport|GovernmentId|S;Name|FullName|Pwt",
            PiiMemberType<int>.Instance);

        var members = descriptor.Members;
        Assert.Equal(["Email", "Phone", "Age", "Passport", "Name"], members.Select(member => member.Name));
        Assert.Equal([typeof(string), typeof(string), typeof(int), typeof(string), typeof(string)], members.Select(member => member.ValueType));
        Assert.Equal([true, true, true, false, true], members.Select(member => member.CanWrite));
        Assert.Equal((PiiKind.GovernmentId, PiiTaxonomy.Sensitive), (members[3].Kind, members[3].Classification));
        Assert.Equal(["support", "billing"], members[0].Purposes);
        Assert.Equal(["visitor"], members[0].Subjects);
        Assert.Equal(("P3Y", "mail"), (members[0].Retention, members[0].JsonName));
        Assert.Same(members[0].Purposes, members[1].Purposes);
        Assert.Equal((0, 0, null, null), (members[3].Purposes.Count, members[3].Subjects.Count, members[3].Retention, members[3].JsonName));

        // Erasure as the constructor calls give it: the tombstone for strings that ask for it, null or default otherwise.
        var account = new Account();
        var erased = PiiSubjectRightsHooks.Erase(ref account, descriptor, 0, null);
        Assert.Equal(["Email", "Phone", "Age", "Name"], erased);
        Assert.Equal((PiiErasure.StringTombstone, null, 0, "X123", PiiErasure.StringTombstone), (account.Email, account.Phone, account.Age, account.Passport, account.StoredName));
        Assert.Equal(41, ((PiiMemberDescriptor<Account, int>)members[2]).Getter(new Account()));
    }

    [Fact]
    public void Escaped_separators_stay_in_the_values()
    {
        var descriptor = FromTable(@"Email|Email|B|pa\,b,c\|d|se\\f\;g|rP1Y\; then|jmail\|box");

        var email = descriptor.Members[0];
        Assert.Equal(["a,b", "c|d"], email.Purposes);
        Assert.Equal([@"e\f;g"], email.Subjects);
        Assert.Equal(("P1Y; then", "mail|box", PiiTaxonomy.Biometric), (email.Retention, email.JsonName, email.Classification));
    }

    [Theory]
    [InlineData("Email|Email")]
    [InlineData("Email|NoSuchKind|P")]
    [InlineData("Email|Email|X")]
    [InlineData("Email|Email|P|qunknown")]
    [InlineData("Email|Email|P|")]
    [InlineData("Age|Other|Px")]
    public void A_malformed_table_is_refused(string table)
        => Assert.Throws<ArgumentException>(() => FromTable(table));

    [Fact]
    public void More_types_than_members_that_are_not_strings_are_refused()
        => Assert.Throws<ArgumentException>(() => FromTable("Email|Email|P", PiiMemberType<int>.Instance));

    [Fact]
    public void An_empty_table_describes_no_members()
        => Assert.Empty(FromTable(string.Empty).Members);
}
