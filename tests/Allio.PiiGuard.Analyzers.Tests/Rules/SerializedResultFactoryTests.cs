using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII002: every result factory of controllers, Results and TypedResults writes its body parameter.</summary>
public sealed class SerializedResultFactoryTests
{
    [Fact]
    public Task Controller_factories_write_their_body() => Verify.VerifyAsync(SerializationModel.With("""
        class ApplicantsController : ControllerBase
        {
            [NonAction] public IActionResult A(Applicant applicant) => StatusCode(201, {|PII002:applicant|});
            [NonAction] public IActionResult B(Applicant applicant) => Created("/a/1", {|PII002:applicant|});
            [NonAction] public IActionResult C(Applicant applicant) => CreatedAtAction("Show", new { id = applicant.Id }, {|PII002:applicant|});
            [NonAction] public IActionResult D(Applicant applicant) => Accepted({|PII002:applicant.Email|});
            [NonAction] public IActionResult E(Applicant applicant) => BadRequest({|PII002:applicant|});
        }
        """));

    [Fact]
    public Task Results_and_typed_results_factories_write_their_body() => Verify.VerifyAsync(SerializationModel.With("""
        class Endpoints
        {
            IResult A(Applicant applicant) => Results.Created("/a/1", {|PII002:applicant|});
            IResult B(Applicant applicant) => Results.Accepted("/a/1", {|PII002:applicant|});
            IResult C(Applicant applicant) => Results.Conflict({|PII002:applicant.Email|});
            OkResult D(Applicant applicant) => TypedResults.Created("/a/1", {|PII002:applicant|});
            OkResult E(Applicant applicant) => TypedResults.BadRequest({|PII002:applicant|});
        }
        """));

    [Fact]
    public Task Text_written_as_the_body_is_the_response() => Verify.VerifyAsync(SerializationModel.With("""
        class ApplicantsController : ControllerBase
        {
            [NonAction] public IActionResult Html(Applicant applicant) => Content($"<h1>{{|PII002:applicant.Email|}}</h1>", "text/html");
            [NonAction] public IActionResult Safe(Applicant applicant) => Content($"<h1>{applicant.Id}</h1>", "text/html");
            IResult Text(Applicant applicant) => Results.Text("Email: " + {|PII002:applicant.Email|});
            IResult Count(Applicant applicant) => Results.Text("Id: " + applicant.Id, contentType: "text/plain");
            IResult Ids(System.Collections.Generic.List<Applicant> applicants) =>
                Results.Text(System.Linq.Enumerable.Aggregate(applicants, new System.Text.StringBuilder("id\n"), (sb, a) => sb.Append(a.Id).Append('\n')).ToString());
        }
        """));

    [Fact]
    public Task A_problems_detail_title_and_extensions_are_written() => Verify.VerifyAsync(SerializationModel.With("""
        class Endpoints
        {
            IResult A(Applicant applicant) => Results.Problem(detail: $"Applicant {{|PII002:applicant.Email|}} is blocked");
            IResult B(Applicant applicant) => Results.Problem(title: {|PII002:applicant.Email|}, statusCode: 409);
            IResult C(Applicant applicant) => Results.Problem(
                extensions: new System.Collections.Generic.Dictionary<string, object?> { ["who"] = {|PII002:applicant.Email|} });
            IResult D(Applicant applicant) => Results.Problem(detail: $"Applicant {applicant.Id} is blocked", instance: "/a/" + applicant.Id);
        }

        class ApplicantsController : ControllerBase
        {
            [NonAction] public IActionResult E(Applicant applicant) =>
                ValidationProblem(new ValidationProblemDetails { Detail = $"Ask {{|PII002:applicant.Email|}} to call us" });
            [NonAction] public IActionResult F(Applicant applicant) =>
                ValidationProblem(new ValidationProblemDetails { Detail = $"Applicant {applicant.Id} is incomplete", Title = "Incomplete" });
        }
        """));

    [Fact]
    public Task Factories_without_personal_bodies_are_quiet() => Verify.VerifyAsync(SerializationModel.With("""
        class ApplicantsController : ControllerBase
        {
            [NonAction] public IActionResult A(Applicant applicant) => StatusCode(201, new { applicant.Id });
            [NonAction] public IActionResult B(Applicant applicant) => CreatedAtAction("Show", new { id = applicant.Id }, applicant.Id);
            [NonAction] public IActionResult C(Product product) => Accepted(product);
            [NonAction] public IActionResult D(Applicant applicant) => Redirect("/a/" + applicant.Id);
            [NonAction] public void E(Applicant applicant) => Remember(applicant);
            private void Remember(object? value) { }
        }
        class Endpoints
        {
            IResult A(Applicant applicant) => Results.Created("/a/" + applicant.Id, applicant.Id);
            OkResult B(Product product) => TypedResults.Created("/p", product);
            IResult C(Applicant applicant) => Results.Redirect("/a/" + applicant.Id);
        }
        """));

    [Fact]
    public Task Result_factories_skip_members_the_serializer_ignores() => Verify.VerifyAsync(SerializationModel.With("""
        class ContactsController : ControllerBase
        {
            [NonAction] public IActionResult A(IgnoredContact contact) => Ok(contact);
            [NonAction] public IActionResult B(PartlyIgnored contact) => Ok({|PII002:contact|});
            [NonAction] public IActionResult C(IgnoredContact contact) => Ok(new IgnoredContact { Id = contact.Id });
        }

        class Endpoints
        {
            IResult A(IgnoredContact contact) => Results.Ok(contact);
            IResult B(PartlyIgnored contact) => Results.Ok({|PII002:contact|});
        }
        """));
}
