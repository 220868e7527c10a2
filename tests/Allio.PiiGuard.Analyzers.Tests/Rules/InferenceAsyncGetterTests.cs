using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>Under inference an asynchronous interface getter named like personal data (<c>GetEmailAsync</c>) is a source through <c>await</c>.</summary>
public sealed class InferenceAsyncGetterTests
{
    private const string GlobalOn = "is_global = true\nbuild_property.PiiGuardInference = names\n";

    private static Task Log(string source)
    {
        var test = new LogTest { TestCode = source };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", GlobalOn));
        return test.RunAsync();
    }

    [Fact]
    public Task Awaited_interface_getters_named_like_personal_data_are_reported() => Log("""
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        public interface ICustomerDirectory
        {
            Task<string> GetEmailAsync(int id);
            ValueTask<string> GetPhoneNumberAsync(int id);
        }
        class Service
        {
            async Task Run(ILogger logger, ICustomerDirectory store, int id)
            {
                var mail = await store.GetEmailAsync(id);
                logger.LogInformation("{Mail}", {|PII001:mail|});
                logger.LogInformation("{Phone}", await {|PII001:store.GetPhoneNumberAsync(id)|});
            }
        }
        """);

    [Fact]
    public Task Awaited_getters_of_other_names_are_quiet() => Log("""
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        public interface ICustomerDirectory
        {
            Task<string> GetEmailTemplateIdAsync(int id);
            Task<int> GetEmailCountAsync(int id);
        }
        class Service
        {
            async Task Run(ILogger logger, ICustomerDirectory store, int id)
            {
                var template = await store.GetEmailTemplateIdAsync(id);
                logger.LogInformation("{Template}", template);
                logger.LogInformation("{Count}", await store.GetEmailCountAsync(id));
            }
        }
        """);
}
