using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>A user-defined conversion of the compilation is a call to its operator: it carries what the operator returns.</summary>
public sealed class UserDefinedConversionTests
{
    [Fact]
    public Task A_conversion_carries_what_its_operator_returns() => LogVerify.VerifyAsync("""
        using Microsoft.Extensions.Logging;
        using Allio.PiiGuard;
        public readonly struct PhoneNumber
        {
            public PhoneNumber(string value) => Value = value;
            [Pii(Kind = PiiKind.Phone)] public string Value { get; }
            public static implicit operator string(PhoneNumber p) => p.Value;
            public static explicit operator int(PhoneNumber p) => p.Value.Length;
            public static explicit operator Country(PhoneNumber p) => new Country("RU");
        }
        public readonly record struct Country(string Code)
        {
            public static implicit operator string(Country c) => c.Code;
        }
        public class Courier
        {
            public PhoneNumber Phone { get; set; }
        }
        class Service
        {
            void Run(ILogger logger, Courier c)
            {
                string asText = c.Phone;
                logger.LogInformation("Phone {Phone}", {|PII001:asText|});
                logger.LogInformation("Phone {Phone}", {|PII001:(string)c.Phone|});
                logger.LogInformation("Digits {Digits}", (int)c.Phone);
                string country = (Country)c.Phone;
                logger.LogInformation("Country {Country}", country);
            }
        }
        """);
}
