using Allio.PiiGuard.Policy;

namespace Allio.PiiGuard.Tests.Policy;

/// <summary>Each broken file yields the expected problem code where the mistake was written.</summary>
public sealed class PolicyLoaderProblemTests
{
    public static TheoryData<string, string, string, int, int> BrokenFiles => new()
    {
        // name, text, code, line, column
        { "empty file", "", PolicyProblemCodes.EmptyFile, 1, 1 },
        { "whitespace only", "  \n\t\n ", PolicyProblemCodes.EmptyFile, 3, 2 },
        { "byte order mark only", "\uFEFF", PolicyProblemCodes.EmptyFile, 1, 1 },
        { "unterminated string", "{\n  \"controller\": \"ALLIO LLC\n}", PolicyProblemCodes.InvalidJson, 2, 17 },
        { "string cut by the end of file", "{ \"jurisdiction\": \"RU", PolicyProblemCodes.InvalidJson, 1, 19 },
        { "trailing garbage", "{ \"jurisdiction\": \"RU\" } x", PolicyProblemCodes.InvalidJson, 1, 26 },
        { "second root value", "{ \"jurisdiction\": \"RU\" }\n{}", PolicyProblemCodes.InvalidJson, 2, 1 },
        { "bare word", "{ \"jurisdiction\": RU }", PolicyProblemCodes.InvalidJson, 1, 19 },
        { "single quotes", "{ 'jurisdiction': \"RU\" }", PolicyProblemCodes.InvalidJson, 1, 3 },
        { "missing comma", "{\n  \"jurisdiction\": \"RU\"\n  \"controller\": \"ALLIO\"\n}", PolicyProblemCodes.InvalidJson, 3, 3 },
        { "trailing comma in object", "{ \"jurisdiction\": \"RU\", }", PolicyProblemCodes.InvalidJson, 1, 25 },
        { "trailing comma in array", "{ \"adequateCountries\": [\"BY\",] }", PolicyProblemCodes.InvalidJson, 1, 30 },
        { "missing colon", "{ \"jurisdiction\" \"RU\" }", PolicyProblemCodes.InvalidJson, 1, 18 },
        { "unclosed object", "{\n  \"jurisdiction\": \"RU\"\n", PolicyProblemCodes.InvalidJson, 3, 1 },
        { "leading zero", "{ \"jurisdiction\": 012 }", PolicyProblemCodes.InvalidJson, 1, 20 },
        { "number without digits", "{ \"jurisdiction\": -x }", PolicyProblemCodes.InvalidJson, 1, 19 },
        { "bad escape", "{ \"controller\": \"A\\x\" }", PolicyProblemCodes.InvalidJson, 1, 19 },
        { "short unicode escape", "{ \"controller\": \"\\u04\" }", PolicyProblemCodes.InvalidJson, 1, 18 },
        { "raw tab in string", "{ \"controller\": \"A\tB\" }", PolicyProblemCodes.InvalidJson, 1, 19 },
        { "comment", "// policy\n{ \"jurisdiction\": \"RU\" }", PolicyProblemCodes.InvalidJson, 1, 1 },
        { "deeply nested garbage", new string('[', 100_000), PolicyProblemCodes.NestingTooDeep, 1, 65 },
        { "nested too deep inside a key", "{ \"purposes\": " + new string('[', 70), PolicyProblemCodes.NestingTooDeep, 1, 78 },
        { "root is an array", "[]", PolicyProblemCodes.WrongType, 1, 1 },
        { "unknown key", "{\n  \"jurisdiction\": \"RU\",\n  \"purpose\": []\n}", PolicyProblemCodes.UnknownKey, 3, 3 },
        { "duplicate key", "{ \"jurisdiction\": \"RU\", \"jurisdiction\": \"BY\" }", PolicyProblemCodes.DuplicateKey, 1, 25 },
        { "missing jurisdiction", "{\n  \"controller\": \"ALLIO\" }", PolicyProblemCodes.MissingKey, 1, 1 },
        { "wrong type", "{ \"jurisdiction\": \"RU\", \"controller\": 42 }", PolicyProblemCodes.WrongType, 1, 39 },
        { "null value", "{ \"jurisdiction\": null }", PolicyProblemCodes.WrongType, 1, 19 },
        { "purpose is not an object", "{ \"jurisdiction\": \"RU\", \"purposes\": [ \"identification\" ] }", PolicyProblemCodes.WrongType, 1, 39 },
        { "invalid crossBorderTransfers", "{ \"jurisdiction\": \"RU\", \"crossBorderTransfers\": \"allowed\" }", PolicyProblemCodes.InvalidValue, 1, 49 },
        { "unknown jurisdiction", "{ \"jurisdiction\": \"RUS\" }", PolicyProblemCodes.UnknownCountry, 1, 19 },
        { "unknown adequate country", "{ \"jurisdiction\": \"RU\", \"adequateCountries\": [\"BY\", \"UK\"] }", PolicyProblemCodes.UnknownCountry, 1, 53 },
        {
            "duplicate purpose id",
            """
            {
              "jurisdiction": "RU",
              "purposes": [
                { "id": "recruitment", "title": "CVs" },
                { "id": "recruitment", "title": "Candidates" }
              ]
            }
            """,
            PolicyProblemCodes.DuplicateId, 5, 13
        },
        {
            "duplicate subject id",
            """{ "jurisdiction": "RU", "subjects": [ { "id": "visitor", "title": "A" }, { "id": "visitor", "title": "B" } ] }""",
            PolicyProblemCodes.DuplicateId, 1, 82
        },
        {
            "empty id",
            """{ "jurisdiction": "RU", "stores": [ { "id": "", "country": "RU" } ] }""",
            PolicyProblemCodes.InvalidId, 1, 45
        },
        {
            "purpose without a title",
            """{ "jurisdiction": "RU", "purposes": [ { "id": "statistics" } ] }""",
            PolicyProblemCodes.MissingKey, 1, 39
        },
        {
            "subjectAccess is not a boolean",
            """{ "jurisdiction": "RU", "purposes": [ { "id": "p", "title": "P", "subjectAccess": "yes" } ] }""",
            PolicyProblemCodes.WrongType, 1, 83
        },
        {
            "undeclared recipient purpose",
            """
            {
              "jurisdiction": "RU",
              "purposes": [ { "id": "software-registration", "title": "Register software" } ],
              "recipients": [
                { "id": "rights-holder", "country": "RU", "legalBasis": "consent",
                  "kinds": ["Email"], "purposes": ["marketing"] }
              ]
            }
            """,
            PolicyProblemCodes.UndeclaredPurpose, 6, 40
        },
        {
            "unknown kind",
            """{ "jurisdiction": "RU", "recipients": [ { "id": "r", "country": "RU", "legalBasis": "law", "kinds": ["Passport"], "purposes": [] } ] }""",
            PolicyProblemCodes.UnknownKind, 1, 102
        },
        {
            "invalid legalBasis",
            """{ "jurisdiction": "RU", "recipients": [ { "id": "r", "country": "RU", "legalBasis": "agreement", "kinds": [], "purposes": [] } ] }""",
            PolicyProblemCodes.InvalidValue, 1, 85
        },
        {
            "recipient without a country",
            """{ "jurisdiction": "RU", "recipients": [ { "id": "r", "legalBasis": "law", "kinds": [], "purposes": [] } ] }""",
            PolicyProblemCodes.MissingKey, 1, 41
        },
        {
            "unknown store country",
            """{ "jurisdiction": "RU", "stores": [ { "id": "s3", "country": "EU" } ] }""",
            PolicyProblemCodes.UnknownCountry, 1, 62
        },
        {
            "host with a scheme",
            """{ "jurisdiction": "RU", "recipients": [ { "id": "r", "country": "RU", "legalBasis": "law", "kinds": [], "purposes": [], "hosts": ["https://api.example.com/v1"] } ] }""",
            PolicyProblemCodes.InvalidValue, 1, 131
        },
        { "unknown key after a byte order mark", "\uFEFF{ \"jurisdiction\": \"RU\", \"x\": 1 }", PolicyProblemCodes.UnknownKey, 1, 25 },
        { "problem on a line after CRLF", "{\r\n  \"jurisdiction\": \"RU\",\r\n  \"controller\": true\r\n}", PolicyProblemCodes.WrongType, 3, 17 },
        { "problem on a line after CR", "{\r  \"jurisdiction\": 7\r}", PolicyProblemCodes.WrongType, 2, 19 },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Broken_file_yields_one_located_problem(string name, string text, string code, int line, int column)
    {
        var result = PiiPolicyLoader.Load(text);

        var problem = Assert.Single(result.Problems);
        Assert.True(
            (problem.Code, problem.Line, problem.Column) == (code, line, column),
            $"{name}: expected {code} at ({line},{column}), got {problem}");
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
    }

    [Theory]
    [InlineData("""{ "jurisdiction": "RU", "purpose": [] }""", "Did you mean 'purposes'?")]
    [InlineData("""{ "jurisdiction": "RU", "crossborderTransfers": "forbidden" }""", "Did you mean 'crossBorderTransfers'?")]
    [InlineData("""{ "jurisdiction": "RU", "zzz": 1 }""", "the known keys are $schema, controller, jurisdiction")]
    [InlineData("""{ "jurisdiction": "ru" }""", "Did you mean 'RU'?")]
    [InlineData("""{ "jurisdiction": "UK" }""", "Did you mean 'GB'?")]
    [InlineData("""{ "jurisdiction": "RU", "crossBorderTransfers": "forbiden" }""", "use forbidden or declared. Did you mean 'forbidden'?")]
    [InlineData("""{ "jurisdiction": "RU", "recipients": [ { "id": "r", "country": "RU", "legalBasis": "law", "kinds": ["Emial"], "purposes": [] } ] }""", "Did you mean 'Email'?")]
    [InlineData("""{ "jurisdiction": "RU", "recipients": [ { "id": "r", "country": "RU", "legalBasis": "legitimate_interest", "kinds": [], "purposes": [] } ] }""", "Did you mean 'legitimate-interest'?")]
    [InlineData("""{ "jurisdiction": "RU", "recipients": [ { "id": "r", "country": "RU", "legalBasis": "law", "kinds": [], "purposes": [], "hosts": ["https://api.example.com/v1"] } ] }""", "Did you mean 'api.example.com'?")]
    [InlineData("""{ "jurisdiction": "RU", "controller": 42 }""", "'controller' in the policy must be a string, not a number.")]
    [InlineData("""{ "jurisdiction": "RU", "stores": [ { "country": "RU" } ] }""", "Required key 'id' is missing from a store.")]
    [InlineData("""{ "jurisdiction": RU }""", "Unexpected token 'RU'")]
    [InlineData("""{ 'jurisdiction': "RU" }""", "must be in double quotes, not single quotes")]
    [InlineData("{\n\"jurisdiction\": \"RU\"", "the object opened at line 1, column 1 is not closed")]
    public void Message_explains_the_problem_and_suggests_a_fix(string text, string expectedPart)
    {
        var problem = Assert.Single(PiiPolicyLoader.Load(text).Problems);

        Assert.Contains(expectedPart, problem.Message);
    }

    [Fact]
    public void Duplicate_id_message_points_at_the_first_use()
    {
        var problem = Assert.Single(PiiPolicyLoader.Load(
            """{ "jurisdiction": "RU", "subjects": [ { "id": "visitor", "title": "A" }, { "id": "visitor", "title": "B" } ] }""").Problems);

        Assert.Equal("The subject id 'visitor' is already used at line 1, column 47; ids must be unique.", problem.Message);
    }

    [Fact]
    public void Every_problem_of_a_readable_file_is_reported_in_file_order()
    {
        var result = PiiPolicyLoader.Load("""
            {
              "jurisdiction": "XX",
              "crossBorderTransfers": "sometimes",
              "purposes": [ { "id": "p", "title": "P" }, { "id": "p", "title": "Q", "extra": 1 } ],
              "recipients": [ { "id": "r", "country": "US", "legalBasis": "law", "kinds": ["Mail"], "purposes": ["q"] } ],
              "stores": [ { "id": "s", "country": "RU", "kind": 3 } ],
              "controler": "ALLIO"
            }
            """);

        Assert.Equal(
            new[]
            {
                (PolicyProblemCodes.UnknownCountry, 2, 19),
                (PolicyProblemCodes.InvalidValue, 3, 27),
                (PolicyProblemCodes.DuplicateId, 4, 54),
                (PolicyProblemCodes.UnknownKey, 4, 73),
                (PolicyProblemCodes.UnknownKind, 5, 80),
                (PolicyProblemCodes.UndeclaredPurpose, 5, 102),
                (PolicyProblemCodes.WrongType, 6, 53),
                (PolicyProblemCodes.UnknownKey, 7, 3),
            },
            result.Problems.Select(p => (p.Code, p.Line, p.Column)));
        Assert.NotNull(result.Policy);
    }

    [Fact]
    public void Problem_span_covers_the_offending_text()
    {
        const string text = """{ "jurisdiction": "RU", "stores": [ { "id": "s3", "country": "EU" } ] }""";

        var problem = Assert.Single(PiiPolicyLoader.Load(text).Problems);

        Assert.Equal("\"EU\"", text.Substring(problem.Offset, problem.Length));
    }

    [Fact]
    public void Syntax_error_leaves_no_policy()
    {
        var result = PiiPolicyLoader.Load("{ \"jurisdiction\": \"RU\",, }");

        Assert.Null(result.Policy);
        Assert.Equal(PolicyProblemCodes.InvalidJson, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Null_text_is_a_programming_error_not_a_policy_problem()
    {
        Assert.Throws<ArgumentNullException>(() => PiiPolicyLoader.Load(null!));
    }
}
