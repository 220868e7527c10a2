using Allio.PiiGuard.Cli.Inventory;

namespace Allio.PiiGuard.Cli.Tests.Inventory;

public sealed class ProcessingRecordBuilderTests
{
    private readonly ProcessingRecord record = SampleRecords.Crm([]);

    [Fact]
    public void Subjects_come_in_policy_order_then_unspecified()
    {
        Assert.Equal(["visitor", "applicant", ProcessingRecordBuilder.UnspecifiedSubject], record.Subjects.Select(subject => subject.Id));
        Assert.False(record.Subjects[2].IsDeclared);
    }

    [Fact]
    public void A_subject_lists_its_kinds_purposes_retention_recipients_and_stores()
    {
        var visitor = record.Subjects.Single(subject => subject.Id == "visitor");

        Assert.Equal(["Email", "LastName"], visitor.Kinds.Select(kind => kind.Kind));
        Assert.Equal("Identify the party of a service (2.2.1)", Assert.Single(visitor.Purposes).Title);
        Assert.Equal(["Email: P3Y"], visitor.Retention.ToArray());
        Assert.Equal(["analytics-us", "rights-holder"], visitor.Recipients.Select(recipient => recipient.Id));
        Assert.Equal("crm-db", Assert.Single(visitor.Stores).Id);
    }

    [Fact]
    public void Flows_to_another_country_are_foreign_and_undeclared_kinds_are_flagged()
    {
        var toUs = Assert.Single(record.Flows, flow => flow.TargetId == "analytics-us");
        Assert.True(toUs.IsForeign);
        Assert.Equal("US", toUs.Country);
        Assert.False(toUs.IsDeclared);
        Assert.Equal(["src/Analytics.cs:11"], toUs.Locations.ToArray());

        Assert.All(record.Flows.Where(flow => flow.TargetId is "rights-holder" or "crm-db"), flow =>
        {
            Assert.False(flow.IsForeign);
            Assert.True(flow.IsDeclared);
        });
    }

    [Fact]
    public void The_152_FZ_notification_names_categories_cross_border_transfer_and_database_location()
    {
        var fields = record.Notification152Fz.ToDictionary(field => field.Title, field => field.Values.ToArray());

        Assert.Equal(["ALLIO LLC", RegulatoryDrafts.ToComplete], fields.Single(field => field.Key.StartsWith("Operator")).Value);
        Assert.Contains(fields.Single(field => field.Key.StartsWith("Categories of personal data")).Value,
            value => value.StartsWith("Special categories") && value.EndsWith(": Health"));
        Assert.Equal(["analytics-us (US): Email"], fields.Single(field => field.Key.StartsWith("Cross-border")).Value);
        Assert.Equal(["CRM database [crm-db]: RU"], fields.Single(field => field.Key.StartsWith("Database location")).Value);
        Assert.Contains(fields.Single(field => field.Key.StartsWith("Categories of data subjects")).Value, value => value == "Job applicant (1.1.2)");
    }

    [Fact]
    public void The_GDPR_record_has_points_a_to_g()
    {
        Assert.Equal(["(a)", "(b)", "(c)", "(c)", "(d)", "(e)", "(f)", "(g)"], record.GdprArticle30.Select(field => field.Title[..3]));
    }

    [Fact]
    public void Without_a_policy_the_record_comes_from_code_alone()
    {
        var codeOnly = ProcessingRecordBuilder.Build(SampleRecords.Code, PolicySource.None, []);

        Assert.Equal(["applicant", "visitor", ProcessingRecordBuilder.UnspecifiedSubject], codeOnly.Subjects.Select(subject => subject.Id));
        Assert.All(codeOnly.Flows, flow => Assert.Equal("?", flow.Country));
        Assert.All(codeOnly.Flows, flow => Assert.False(flow.IsForeign));
    }

    [Fact]
    public void Guards_name_rules_missing_from_this_build()
    {
        var guards = ProcessingRecordBuilder.Build(CodeInventory.Empty, PolicySource.None, []).Guards;

        Assert.All(guards.SelectMany(guard => guard.Rules), rule => Assert.Null(rule.Title));
        Assert.Contains(guards, guard => guard.Rules.Any(rule => rule.Id == "PII011"));
    }

    [Fact]
    public void Retention_is_aggregated_per_kind_and_conflicts_are_flagged()
    {
        var email = Assert.Single(record.Retention, kind => kind.Kind == "Email");
        Assert.Equal(["P1Y", "P3Y"], email.Periods.ToArray());
        Assert.True(email.IsConflict);
        Assert.False(record.Retention.Single(kind => kind.Kind == "Health").IsConflict);
        Assert.Empty(record.Retention.Single(kind => kind.Kind == "Phone").Periods);
        Assert.Contains(record.GdprArticle30.Single(field => field.Title.StartsWith("(f)")).Values, value => value.StartsWith("Email: P1Y / P3Y") && value.Contains("CONFLICT"));
    }

    [Fact]
    public void The_152_FZ_notification_is_drafted_in_Russian_with_the_fields_of_article_22_part_3()
    {
        var fields = record.Notification152FzRussian;
        string[] required =
        [
            "Наименование и адрес оператора", "Цели обработки", "Категории персональных данных", "Категории субъектов",
            "Правовое основание", "Перечень действий", "Способы обработки", "Меры по обеспечению безопасности",
            "Дата начала обработки", "Трансграничная передача", "Место нахождения базы данных",
        ];
        Assert.All(required, title => Assert.Contains(fields, field => field.Title.Contains(title, StringComparison.Ordinal)));

        string Values(string title) => string.Join("\n", fields.Single(field => field.Title.Contains(title, StringComparison.Ordinal)).Values);
        Assert.Equal("ALLIO LLC", fields[0].Values[0]);
        Assert.Contains("адрес электронной почты", Values("Категории персональных данных"));
        Assert.Contains("сведения о состоянии здоровья", Values("Категории персональных данных"));
        Assert.DoesNotContain("Email", Values("Категории персональных данных"));
        Assert.Contains("согласие субъекта", Values("Правовое основание"));
        Assert.Contains("передача", Values("Перечень действий"));
        Assert.Contains("осуществляется: analytics-us (US)", Values("Трансграничная передача"));
        Assert.Contains("ПРОТИВОРЕЧИЕ", Values("Срок или условие прекращения"));
        // Every line is Russian or a proper name from the policy: no enum name leaks through.
        Assert.DoesNotContain(fields.SelectMany(field => field.Values), value => value.Contains("SalaryExpectation") || value.Contains("LastName"));
    }

    [Fact]
    public void Every_data_kind_has_a_Russian_name()
    {
        Assert.All(Allio.PiiGuard.Policy.PiiKindNames.All, kind =>
        {
            Assert.True(RussianNames.Kinds.ContainsKey(kind), kind);
            Assert.Matches("[а-яё]", RussianNames.Kind(kind));
        });
    }
}
