using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.UnmarkedPiiAnalyzer>;
using VerifyFix = Allio.PiiGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Allio.PiiGuard.Analyzers.Rules.UnmarkedPiiAnalyzer, Allio.PiiGuard.CodeFixes.AddPiiAttributeFixer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII006 on members named for something else that the code assigns a personal member's value.</summary>
public sealed class UnmarkedPiiAssignedTests
{
    private const string People =
        """
        public class Customer
        {
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.FullName)] public string FullName { get; set; } = "";
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Email)] public string Email { get; set; } = "";
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Phone)] public string? Phone { get; set; }
            public int Id { get; set; }
            public string Segment { get; set; } = "";
            public bool Active { get; set; }
            public System.Collections.Generic.List<string> Orders { get; } = new();
        }
        """;

    [Fact]
    public Task Initializer_entry_is_reported_with_the_source_in_the_message() => Verify.VerifyAsync(
        People + """

        public class ConfirmationViewModel
        {
            public string {|#0:Name|} { get; set; } = "";
        }
        public static class Pages
        {
            public static ConfirmationViewModel Confirm(Customer application) => new ConfirmationViewModel { Name = application.FullName };
        }
        """,
        new DiagnosticResult(UnmarkedPiiAnalyzer.AssignedRule).WithLocation(0).WithArguments("ConfirmationViewModel.Name", "FullName", "Customer.FullName"));

    [Fact]
    public Task Member_assignment_through_reshaping_calls_and_conditional_access_is_reported() => Verify.VerifyAsync(
        People + """

        public class Request { public string {|#0:Signature|} = ""; public string? {|#1:Contact|} { get; set; } public string? {|#2:Reference|}; }
        public class Service
        {
            public void Fill(Request request, Customer customer, Customer? other)
            {
                request.Signature = (customer.FullName.Trim())!;
                request.Contact = other?.Email?.ToLowerInvariant();
                request.Reference = (string)customer.Phone!;
            }
        }
        """,
        new DiagnosticResult(UnmarkedPiiAnalyzer.AssignedRule).WithLocation(0).WithArguments("Request.Signature", "FullName", "Customer.FullName"),
        new DiagnosticResult(UnmarkedPiiAnalyzer.AssignedRule).WithLocation(1).WithArguments("Request.Contact", "Email", "Customer.Email"),
        new DiagnosticResult(UnmarkedPiiAnalyzer.AssignedRule).WithLocation(2).WithArguments("Request.Reference", "Phone", "Customer.Phone"));

    [Fact]
    public Task Name_table_sources_and_collections_count() => Verify.VerifyAsync(
        """
        public class User
        {
            public string {|#0:Username|} { get; set; } = "";
        }
        public class ResetResult { public string[] {|#1:UsersReset|} { get; set; } = [];  }
        public class Reset
        {
            public ResetResult Run(User resetUser) => new ResetResult { UsersReset = new[] { resetUser.Username } };
        }
        """,
        new DiagnosticResult(UnmarkedPiiAnalyzer.Rule).WithLocation(0).WithArguments("User.Username", "OnlineIdentifier"),
        new DiagnosticResult(UnmarkedPiiAnalyzer.AssignedRule).WithLocation(1).WithArguments("ResetResult.UsersReset", "OnlineIdentifier", "User.Username"));

    [Fact]
    public Task A_person_types_name_counts_and_a_navigation_to_the_person_does_not() => Verify.VerifyAsync(
        """
        public class User
        {
            public string {|#0:Name|} { get; set; } = "";
        }
        public class CreateRequest { public string {|#1:CreatedBy|} { get; set; } = ""; public string Label { get; set; } = ""; }
        public class Audit { public User Author { get; set; } = new(); }
        public static class Requests
        {
            public static void Stamp(CreateRequest request, User user, Audit audit)
            {
                request.CreatedBy = user.Name;
                request.Label = audit.Author.ToString()!;
            }
        }
        """,
        new DiagnosticResult(UnmarkedPiiAnalyzer.Rule).WithLocation(0).WithArguments("User.Name", "FullName"),
        new DiagnosticResult(UnmarkedPiiAnalyzer.AssignedRule).WithLocation(1).WithArguments("CreateRequest.CreatedBy", "FullName", "User.Name"));

    [Fact]
    public Task With_expression_entry_reports_the_positional_parameter() => Verify.VerifyAsync(
        People + """

        public record Draft(string {|#0:Owner|}, int Version);
        public static class Drafts
        {
            public static Draft Assign(Draft draft, Customer customer) => draft with { Owner = customer.Email };
        }
        """,
        new DiagnosticResult(UnmarkedPiiAnalyzer.AssignedRule).WithLocation(0).WithArguments("Draft.Owner", "Email", "Customer.Email"));

    [Fact]
    public Task Interface_member_is_reported_once_on_the_interface() => Verify.VerifyAsync(
        People + """

        public interface IHasContact { string {|#0:Contact|} { get; set; } }
        public class Ticket : IHasContact { public string Contact { get; set; } = ""; }
        public static class Tickets
        {
            public static void Open(Ticket ticket, Customer customer) => ticket.Contact = customer.Phone!;
        }
        """,
        new DiagnosticResult(UnmarkedPiiAnalyzer.AssignedRule).WithLocation(0).WithArguments("IHasContact.Contact", "Phone", "Customer.Phone"));

    [Fact]
    public Task Flags_counts_comparisons_interpolations_and_other_values_stay_quiet() => Verify.VerifyAsync(
        People + """

        public class Summary
        {
            public bool HasEmail { get; set; }
            public bool Verified { get; set; }
            public int Total { get; set; }
            public int Length { get; set; }
            public string Label { get; set; } = "";
            public string Greeting { get; set; } = "";
            public string Remark { get; set; } = "";
            public int Key { get; set; }
            public object Holder { get; set; } = new();
        }
        public static class Summaries
        {
            public static Summary Of(Customer customer) => new Summary
            {
                HasEmail = customer.Email != null,
                Verified = customer.Active,
                Total = customer.Orders.Count,
                Length = customer.Email.Length,
                Label = customer.FullName + " (customer)",
                Greeting = $"Dear {customer.FullName}",
                Remark = customer.Segment,
                Key = customer.Id,
                Holder = customer.Email,
            };
        }
        """);

    [Fact]
    public Task Organisation_types_marked_members_and_generated_code_stay_quiet()
    {
        var test = new Verify.Test();
        foreach (var source in new[]
        {
            People + """

            public class Company { public string BillingContact { get; set; } = ""; }
            public class Note
            {
                [Allio.PiiGuard.NotPii] public string Author { get; set; } = "";
                [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.FullName)] public string Writer { get; set; } = "";
            }
            public class Generated { public string Caption { get; set; } = ""; }
            public static class Filling
            {
                public static void Fill(Company company, Note note, Customer customer)
                {
                    company.BillingContact = customer.Email;
                    note.Author = customer.FullName;
                    note.Writer = customer.FullName;
                }
            }
            """,
            """
            // <auto-generated/>
            public static class Mapper
            {
                public static Generated Map(Customer customer) => new Generated { Caption = customer.FullName };
            }
            """,
        })
        {
            test.TestState.Sources.Add(source);
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Product_name_and_non_personal_sources_stay_quiet() => Verify.VerifyAsync(
        """
        public class Product { public string ProductName { get; set; } = ""; public string Sku { get; set; } = ""; }
        public class Line { public string Name { get; set; } = ""; public string Code { get; set; } = ""; }
        public static class Lines
        {
            public static Line Of(Product product) => new Line { Name = product.ProductName, Code = product.Sku.Trim() };
        }
        """);

    [Fact]
    public Task Fix_writes_the_mark_on_an_assigned_member() => VerifyFix.VerifyAsync(
        People + """

        public class Card
        {
            public string {|PII006:Title|} { get; set; } = "";
        }
        public static class Cards { public static Card Of(Customer c) => new Card { Title = c.FullName }; }
        """,
        People.Replace("public class Customer", "using Allio.PiiGuard;\n\npublic class Customer", System.StringComparison.Ordinal) + """

        public class Card
        {
            [Pii(Kind = PiiKind.FullName)]
            public string Title { get; set; } = "";
        }
        public static class Cards { public static Card Of(Customer c) => new Card { Title = c.FullName }; }
        """);
}
