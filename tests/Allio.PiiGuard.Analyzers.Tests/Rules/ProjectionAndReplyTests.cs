using Allio.PiiGuard.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;
using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;
using SerializeVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// Values the engine reads part by part: a property of an anonymous row holds what the method's projection gave it, a
/// list projected to constructions holds what they were given, a server's reply holds none of the request, and a helper
/// of another file reads its sibling helper (a hash) by the sibling's summary.
/// </summary>
public sealed class ProjectionAndReplyTests
{
    [Fact]
    public Task A_property_of_an_anonymous_row_holds_what_the_projection_gave_it() => LogVerify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using System.Linq;
        using Microsoft.Extensions.Logging;
        public sealed record QueueItem(int UserId, int Orders);
        class Service
        {
            void Run(ILogger logger, List<User> users)
            {
                var rows = users.Select(u => new { u.Id, u.Email, Orders = u.Phone.Length }).ToList();
                var items = rows.Select(r => new QueueItem(r.Id, r.Orders)).ToList();
                logger.LogInformation("Queue {Items}", items);
                foreach (var row in rows)
                {
                    logger.LogDebug("Row {Id}", row.Id);
                    logger.LogDebug("Row {Email}", {|PII001:row.Email|});
                    logger.LogDebug("Row {Row}", {|PII001:row|});
                }
            }
        }
        """));

    [Fact]
    public Task A_list_projected_to_constructions_is_judged_by_what_they_were_given() => SerializeVerify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Linq;
        using System.Text.Json;
        using Allio.PiiGuard;
        public class Participant
        {
            public int PartyId { get; set; }
            [Pii(Kind = PiiKind.FullName)] public string Name { get; set; } = "";
            public string Role { get; set; } = "";
        }
        static class Anonymising
        {
            public static Participant Anonymise(this Participant p) => new() { PartyId = p.PartyId, Name = p.Role + " " + p.PartyId, Role = p.Role };
        }
        class Service
        {
            string Public(List<Participant> participants) => JsonSerializer.Serialize(participants.Select(p => p.Anonymise()).ToList());
            string Blank(List<Participant> participants) => JsonSerializer.Serialize(participants.Select(p => new Participant { PartyId = p.PartyId, Name = "", Role = "" }).ToList());
            string Named(List<Participant> participants) => JsonSerializer.Serialize({|PII002:participants.Select(p => new Participant { PartyId = p.PartyId, Name = p.Name, Role = "" }).ToList()|});
            string Kept(List<Participant> participants) => JsonSerializer.Serialize({|PII002:participants.Where(p => p.PartyId > 0).ToList()|});
        }
        """);

    [Fact]
    public Task A_reply_to_a_request_holds_none_of_what_the_request_sent() => LogVerify.VerifyAsync(TestModel.With("""
        using System;
        using System.Linq;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        class SmsGateway
        {
            private readonly HttpClient _http = new();

            async Task Send(ILogger logger, User u)
            {
                using var response = await _http.PostAsync($"v2/messages?to={Uri.EscapeDataString(u.Phone)}", null);
                var id = response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.First() : "";
                logger.LogDebug("Accepted as {Id} with {Status}", id, (int)response.StatusCode);
                logger.LogDebug("Sent to {Phone}", {|PII001:u.Phone|});
            }
        }
        """));

    private const string Flurl = """
        using System.Threading.Tasks;
        namespace Flurl.Http
        {
            public interface IFlurlResponse { int StatusCode { get; } }
            public static class FlurlExtensions
            {
                public static Task<IFlurlResponse> PostJsonAsync(this string url, object body) => Task.FromResult<IFlurlResponse>(null!);
                public static Task<string> ReceiveString(this Task<IFlurlResponse> response) => Task.FromResult("");
            }
        }
        """;

    private static readonly Lazy<MetadataReference> FlurlReference = new(() => TestReferences.Library(Flurl, "FlurlStub"));

    [Fact]
    public Task A_reply_read_through_Flurl_holds_none_of_the_posted_body()
    {
        var test = new LogTest
        {
            TestCode = TestModel.With("""
                using System.Threading.Tasks;
                using Flurl.Http;
                using Microsoft.Extensions.Logging;
                class LicenseClient
                {
                    async Task Reset(User u, ILogger logger)
                    {
                        var response = await "https://api.example/reset".PostJsonAsync(new { EmailId = u.Email }).ReceiveString();
                        logger.LogError("Reset failed: {Response}", response);
                        var echoed = await Task.FromResult("echo " + u.Email);
                        logger.LogError("Echo {Echo}", {|PII001:echoed|});
                    }
                }
                """),
        };
        test.TestState.AdditionalReferences.Add(FlurlReference.Value);
        return test.RunAsync();
    }

    [Fact]
    public Task A_reply_read_through_Flurl_in_another_file_holds_none_of_the_posted_body()
    {
        var test = new LogTest();
        test.TestState.Sources.Add(("/0/Controller.cs", TestModel.With("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;
            class LicenseController
            {
                async Task Reset(LicenseClient client, ILogger logger, User u)
                {
                    await client.Reset(u.Email, logger);
                    await client.Forward({|PII001:u.Email|}, logger);
                }
            }
            """)));
        test.TestState.Sources.Add(("/0/LicenseClient.cs", """
            using System.Threading.Tasks;
            using Flurl.Http;
            using Microsoft.Extensions.Logging;
            public sealed class LicenseClient
            {
                public async Task Reset(string email, ILogger logger)
                {
                    var response = await "https://api.example/reset".PostJsonAsync(new { EmailId = email }).ReceiveString();
                    logger.LogError("Reset failed: {Response}", response);
                }

                public async Task Forward(string email, ILogger logger)
                {
                    var sent = await Task.FromResult("to " + email);
                    logger.LogError("Forwarded {Sent}", sent);
                }
            }
            """));
        test.TestState.AdditionalReferences.Add(FlurlReference.Value);
        return test.RunAsync();
    }

    [Fact]
    public Task A_method_s_tuple_items_are_read_element_by_element() => LogVerify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        class Export
        {
            List<(int Id, string Email, string Login)> Load(List<User> users) => users.Select(u => (u.Id, u.Email, u.Login)).ToList();

            IEnumerable<(int Id, string Phone)> Phones(List<User> users)
            {
                foreach (var u in users)
                {
                    yield return (u.Id, u.Phone);
                }
            }

            async Task<List<(int Id, string Email)>> LoadAsync(List<User> users)
            {
                await Task.Yield();
                return users.Select(u => (u.Id, u.Email)).ToList();
            }

            async Task Run(List<User> users, ILogger logger)
            {
                foreach (var row in await LoadAsync(users))
                {
                    logger.LogInformation("{Id}", row.Id);
                    logger.LogInformation("{Email}", {|PII001:row|}.Email);
                }

                foreach (var row in Load(users))
                {
                    logger.LogInformation("{Id} {Login}", row.Id, row.Login);
                    logger.LogInformation("{Email}", {|PII001:row|}.Email);
                }

                foreach (var row in Phones(users))
                {
                    logger.LogInformation("{Id}", row.Id);
                    logger.LogInformation("{Phone}", {|PII001:row|}.Phone);
                }
            }
        }
        """));

    [Fact]
    public Task A_record_prints_a_collection_member_as_its_type_s_name()
    {
        var test = new LogTest
        {
            TestCode = TestModel.With("""
                using System;
                using System.Collections.Generic;
                using System.Linq;
                using Microsoft.Extensions.Logging;
                public sealed record Invite(Guid ChildId, List<string> GuardianEmails, string Template);
                public sealed record Card(Guid ChildId, string GuardianEmail);
                class Invites
                {
                    void Run(List<User> users, Guid childId, ILogger logger)
                    {
                        var invite = new Invite(childId, users.Select(u => u.Email).ToList(), "v2");
                        logger.LogInformation("Invite {Invite}", invite);
                        logger.LogInformation("Invite {@Invite}", {|PII001:invite|});
                        logger.LogInformation("Card {Card}", new Card(childId, {|PII001:users[0].Email|}));
                    }
                }
                """),
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_helper_of_another_file_reads_its_sibling_helper_by_its_summary()
    {
        var test = new LogTest();
        test.TestState.Sources.Add(("/0/Service.cs", TestModel.With("""
            using Microsoft.Extensions.Logging;
            class Service
            {
                void Run(User u, ILogger logger)
                {
                    logger.LogDebug("Fingerprint {Hash}", Fingerprint.Short(u.Email));
                    logger.LogDebug("Quoted {Text}", Fingerprint.Quoted({|PII001:u.Email|}));
                }
            }
            """)));
        test.TestState.Sources.Add(("/0/Fingerprint.cs", """
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public static class Fingerprint
            {
                public static string Of(string? value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value ?? ""))).ToLowerInvariant();
                public static string Short(string? value) => Of(value)[..12];
                public static string Wrap(string value) => "'" + value + "'";
                public static string Quoted(string value) => Wrap(value).ToUpperInvariant();
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_text_in_a_library_tuple_beside_a_person_holds_no_person() => SerializeVerify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Allio.PiiGuard;
        public class ProviderUser
        {
            public Guid Id { get; set; }
            [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
        }
        public sealed record BulkResult(Guid Id, string Error);
        public interface IProviderService { Task<List<Tuple<ProviderUser, string>>> DeleteUsersAsync(IEnumerable<Guid> ids); }
        class Service
        {
            async Task<string> Delete(IProviderService service, IEnumerable<Guid> ids)
            {
                var result = await service.DeleteUsersAsync(ids);
                return JsonSerializer.Serialize(result.Select(r => new BulkResult(r.Item1.Id, r.Item2)).ToList());
            }

            async Task<string> Deleted(IProviderService service, IEnumerable<Guid> ids)
            {
                var result = await service.DeleteUsersAsync(ids);
                return JsonSerializer.Serialize({|PII002:result.Select(r => r.Item1).ToList()|});
            }
        }
        """);
}
