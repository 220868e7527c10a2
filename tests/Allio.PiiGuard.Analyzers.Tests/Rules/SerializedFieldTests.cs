using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII002: System.Text.Json writes public fields only when asked to; Newtonsoft.Json always does.</summary>
public sealed class SerializedFieldTests
{
    private const string Types = """

        namespace Fields
        {
            using Allio.PiiGuard;

            public class Contact
            {
                public int Id;
                [Pii(Kind = PiiKind.Email)] public string Email = "";
            }

            public class Included
            {
                [System.Text.Json.Serialization.JsonInclude, Pii(Kind = PiiKind.Email)] public string Email = "";
            }

            [System.Text.Json.Serialization.JsonSourceGenerationOptions(IncludeFields = true)]
            public partial class WithFields : System.Text.Json.Serialization.JsonSerializerContext
            {
                public WithFields() : base(null) { }
                public static WithFields Default { get; } = new();
                public System.Text.Json.Serialization.Metadata.JsonTypeInfo<Contact> Contact => null!;
                public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(System.Type type) => null;
                protected override System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;
            }
        }
        """;

    [Fact]
    public Task System_Text_Json_skips_public_fields_and_tuple_elements() => Verify.VerifyAsync(SerializationModel.With("""
        using Fields;
        class Service
        {
            void Run(Contact contact, Applicant applicant)
            {
                JsonSerializer.Serialize(contact);
                JsonSerializer.Serialize((applicant.Email, 1));
                JsonSerializer.Serialize(new Contact { Id = 1, Email = applicant.Email });
                var pair = (Name: applicant.LastName, applicant.Id);
                JsonSerializer.Serialize(pair);
            }
        }
        """ + Types));

    [Fact]
    public Task A_value_put_into_a_member_the_serializer_ignores_is_not_written() => Verify.VerifyAsync(SerializationModel.With("""
        using Fields;
        class Service
        {
            void Run(Applicant applicant)
            {
                JsonSerializer.Serialize(new Card { Id = applicant.Id, Email = applicant.Email, Name = applicant.LastName });
                Newtonsoft.Json.JsonConvert.SerializeObject(new Card { Id = applicant.Id, Email = applicant.Email, Internal = applicant.LastName });
                JsonSerializer.Serialize(new Card { Id = applicant.Id, Shown = {|PII002:applicant.Email|} });
                JsonSerializer.Serialize(new { Email = {|PII002:applicant.Email|} });
            }
        }
        """ + Types + """

        namespace Fields
        {
            public class Card
            {
                public int Id { get; set; }
                [System.Text.Json.Serialization.JsonIgnore, Newtonsoft.Json.JsonIgnore] public string Email { get; set; } = "";
                [System.Text.Json.Serialization.JsonIgnore] public string Name { get; set; } = "";
                internal string Internal { get; set; } = "";
                public string Shown { get; set; } = "";
            }
        }
        """));

    [Fact]
    public Task Fields_are_written_when_included_or_by_Newtonsoft() => Verify.VerifyAsync(SerializationModel.With("""
        using Fields;
        class Service
        {
            void Run(Contact contact, Included included, Applicant applicant)
            {
                JsonSerializer.Serialize({|PII002:included|});
                JsonSerializer.Serialize({|PII002:contact|}, new JsonSerializerOptions { IncludeFields = true });
                var options = new JsonSerializerOptions();
                options.IncludeFields = true;
                JsonSerializer.Serialize(({|PII002:applicant.Email|}, 1), options);
                JsonSerializer.Serialize({|PII002:contact|}, WithFields.Default.Contact);
                Newtonsoft.Json.JsonConvert.SerializeObject({|PII002:contact|});
                Newtonsoft.Json.JsonConvert.SerializeObject(({|PII002:applicant.Email|}, 1));
                JsonSerializer.Serialize($"{({|PII002:applicant.Email|}, 1)}");
            }
        }
        """ + Types));

    [Fact]
    public Task Options_kept_in_members_are_read_from_their_initializers_and_constructors() => Verify.VerifyAsync(SerializationModel.With("""
        using Fields;
        class Service
        {
            private static readonly JsonSerializerOptions WithFields = new() { IncludeFields = true };
            private static JsonSerializerOptions Indented { get; } = new JsonSerializerOptions { WriteIndented = true, IncludeFields = true };
            private readonly JsonSerializerOptions _assigned;
            private readonly JsonSerializerOptions _lazy;
            private static JsonSerializerOptions? _cached;

            Service()
            {
                _assigned = new JsonSerializerOptions();
                _assigned.IncludeFields = true;
                _lazy = new JsonSerializerOptions(JsonSerializerDefaults.Web) { IncludeFields = true };
            }

            static JsonSerializerOptions Cached => _cached ??= new JsonSerializerOptions { IncludeFields = true };

            void Run(Contact contact)
            {
                JsonSerializer.Serialize({|PII002:contact|}, WithFields);
                JsonSerializer.Serialize({|PII002:contact|}, Indented);
                JsonSerializer.Serialize({|PII002:contact|}, _assigned);
                JsonSerializer.Serialize({|PII002:contact|}, this._lazy);
                JsonSerializer.Serialize({|PII002:contact|}, Cached);
                var options = WithFields;
                JsonSerializer.Serialize({|PII002:contact|}, options);
                JsonSerializer.Serialize({|PII002:contact|}, new JsonSerializerOptions(WithFields));
            }
        }
        """ + Types));

    [Fact]
    public Task Options_from_where_they_cannot_be_seen_may_include_fields() => Verify.VerifyAsync(SerializationModel.With("""
        using Fields;
        class Service(JsonSerializerOptions injected)
        {
            public JsonSerializerOptions Configured { get; set; } = null!;

            void Run(Contact contact, JsonSerializerOptions options)
            {
                JsonSerializer.Serialize({|PII002:contact|}, options);
                JsonSerializer.Serialize({|PII002:contact|}, injected);
                JsonSerializer.Serialize({|PII002:contact|}, Configured);
                JsonSerializer.Serialize({|PII002:contact|}, Create());
                var local = Create();
                JsonSerializer.Serialize({|PII002:contact|}, local);
            }

            static JsonSerializerOptions Create() => new();
        }
        """ + Types));

    [Fact]
    public Task Options_kept_in_members_without_fields_skip_them() => Verify.VerifyAsync(SerializationModel.With("""
        using Fields;
        class Service
        {
            private static readonly JsonSerializerOptions Plain = new() { WriteIndented = true };
            private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web) { IncludeFields = false };
            private readonly JsonSerializerOptions _assigned;
            private static JsonSerializerOptions Shared => JsonSerializerOptions.Default;

            Service() => _assigned = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };

            void Run(Contact contact)
            {
                JsonSerializer.Serialize(contact, Plain);
                JsonSerializer.Serialize(contact, Web);
                JsonSerializer.Serialize(contact, _assigned);
                JsonSerializer.Serialize(contact, Shared);
                JsonSerializer.Serialize(contact, JsonSerializerOptions.Web);
                JsonSerializer.Serialize(contact, (JsonSerializerOptions?)null);
                var options = Plain;
                JsonSerializer.Serialize(contact, options);
                JsonSerializer.Serialize(contact, new JsonSerializerOptions(Plain));
            }
        }
        """ + Types));

    private const string Configuration = """
        namespace Microsoft.Extensions.DependencyInjection
        {
            using System;
            public interface IServiceCollection { }
            public interface IMvcBuilder { }
            public static class JsonConfiguration
            {
                public static IServiceCollection ConfigureHttpJsonOptions(this IServiceCollection services, Action<Microsoft.AspNetCore.Http.Json.JsonOptions> configure) => services;
                public static IMvcBuilder AddJsonOptions(this IMvcBuilder builder, Action<Microsoft.AspNetCore.Mvc.JsonOptions> configure) => builder;
            }
        }

        namespace Microsoft.AspNetCore.Http.Json
        {
            public class JsonOptions { public System.Text.Json.JsonSerializerOptions SerializerOptions { get; } = new(); }
        }

        namespace Microsoft.AspNetCore.Mvc
        {
            public class JsonOptions { public System.Text.Json.JsonSerializerOptions JsonSerializerOptions { get; } = new(); }
        }
        """;

    private const string Endpoints = """
        using Fields;
        class Api
        {
            IResult One(Contact contact) => Results.Ok({|#0:contact|});
        }

        class ContactsController : ControllerBase
        {
            IActionResult One(Contact contact) => Ok({|#1:contact|});
            IActionResult Two(Contact contact) => new ObjectResult({|#2:contact|});
            public Contact Three(Contact contact) => {|#3:contact|};
        }

        static class Routes
        {
            public static void Map(IEndpointRouteBuilder app, Contact contact) => app.MapGet("/contact", () => {|#4:contact|});
        }
        """;

    [Fact]
    public Task Options_a_static_member_of_another_type_keeps_are_read_where_another_file_includes_fields()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(SerializationModel.With("""
            using Fields;
            namespace App
            {
                public static class JsonDefaults
                {
                    public static readonly JsonSerializerOptions Options = new();
                    public static readonly JsonSerializerOptions Plain = new();
                }

                public static class OtherDefaults
                {
                    public static readonly JsonSerializerOptions Plain = new();
                }

                public class Holder
                {
                    public JsonSerializerOptions Shared { get; } = new();
                    public JsonSerializerOptions Quiet { get; } = new();
                }

                class Service
                {
                    private readonly Holder _holder = new();

                    void Run(Contact contact)
                    {
                        JsonSerializer.Serialize({|PII002:contact|}, JsonDefaults.Options);
                        JsonSerializer.Serialize(contact, JsonDefaults.Plain);
                        JsonSerializer.Serialize({|PII002:contact|}, OtherDefaults.Plain);
                        JsonSerializer.Serialize({|PII002:contact|}, _holder.Shared);
                        JsonSerializer.Serialize(contact, _holder.Quiet);
                    }
                }

                public class Settings
                {
                    public JsonSerializerOptions Quiet { get; } = new();
                }
            }
            """ + Types));
        test.TestState.Sources.Add("""
            namespace App.Startup
            {
                public static class Boot
                {
                    public static void Init(App.Holder holder, App.Settings settings)
                    {
                        App.JsonDefaults.Options.IncludeFields = true;
                        App.OtherDefaults.Plain.IncludeFields = true;
                        App.JsonDefaults.Plain.WriteIndented = true;
                        holder.Shared.IncludeFields = true;
                        settings.Quiet.IncludeFields = true;
                    }
                }
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task Minimal_API_options_configured_to_include_fields_make_results_write_them() => Application(["{|PII002:contact|}", "contact", "contact", "contact", "{|PII002:contact|}"], """
            namespace App
            {
                using Microsoft.Extensions.DependencyInjection;
                static class Startup
                {
                    static void Register(IServiceCollection services) => services.ConfigureHttpJsonOptions(o => o.SerializerOptions.IncludeFields = true);
                }
            }
            """);

    [Fact]
    public Task MVC_options_configured_to_include_fields_make_controller_results_write_them() => Application(["contact", "{|PII002:contact|}", "{|PII002:contact|}", "{|PII002:contact|}", "contact"], """
            namespace App
            {
                using Microsoft.Extensions.DependencyInjection;
                static class Startup
                {
                    static void Register(IMvcBuilder mvc) => mvc.AddJsonOptions(options =>
                    {
                        options.JsonSerializerOptions.WriteIndented = true;
                        options.JsonSerializerOptions.IncludeFields = true;
                    });
                }
            }
            """);

    [Fact]
    public Task Options_not_configured_for_the_application_leave_results_skipping_fields() => Application(["contact", "contact", "contact", "contact", "contact"], """
            namespace App
            {
                using Microsoft.Extensions.DependencyInjection;
                public class Holder { public System.Text.Json.JsonSerializerOptions SerializerOptions { get; } = new(); }
                static class Startup
                {
                    static void Register(IServiceCollection services, Holder holder)
                    {
                        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.IncludeFields = false);
                        holder.SerializerOptions.IncludeFields = true;
                    }
                }
            }
            """);

    /// <summary>The endpoints with each result's value marked as given, and a startup file configuring the application.</summary>
    private static Task Application(string[] values, string startup)
    {
        var endpoints = SerializationModel.With(Endpoints + Types);
        for (var i = 0; i < values.Length; i++)
        {
            endpoints = endpoints.Replace("{|#" + i + ":contact|}", values[i]);
        }

        var test = new Verify.Test();
        test.TestState.Sources.Add(endpoints);
        test.TestState.Sources.Add(Configuration + startup);
        return test.RunAsync();
    }
}
