using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// A coordinate rounded to a region's precision (whole degrees, one decimal) locates no one; finer rounding, rounding by
/// a computed number of digits, and rounding of anything but a location still carry personal data. The first word of an
/// address (a postcode's outward code) is an area too; other parts, other separators and other data are not.
/// </summary>
public sealed class CoarsenedPlaceTests
{
    [Fact]
    public Task Coordinates_rounded_to_a_region_are_clean() => LogVerify.VerifyAsync("""
        using System;
        using Allio.PiiGuard;
        using Microsoft.Extensions.Logging;
        public class Ping
        {
            [Pii(Kind = PiiKind.Location)] public double Latitude { get; set; }
            [Pii(Kind = PiiKind.Location)] public double Longitude { get; set; }
            [Pii(Kind = PiiKind.SalaryExpectation)] public decimal Salary { get; set; }
        }
        class Service
        {
            static string Coarsen(Ping p) => $"{Math.Round(p.Latitude, 0)},{Math.Round(p.Longitude, 0)}";

            void Run(ILogger logger, Ping p, int digits)
            {
                logger.LogInformation("{Lat}", Math.Round(p.Latitude));
                logger.LogInformation("{Lat}", Math.Round(p.Latitude, 1));
                logger.LogInformation("{Lat}", Math.Round(p.Latitude, 0, MidpointRounding.AwayFromZero));
                logger.LogInformation("{Lon}", Math.Floor(p.Longitude));
                logger.LogInformation("{Lon}", (int)p.Longitude);
                logger.LogInformation("{Region}", Coarsen(p));
                logger.LogInformation("{Lat}", Math.Round({|PII001:p.Latitude|}, 3));
                logger.LogInformation("{Lat}", Math.Round({|PII001:p.Latitude|}, digits));
                logger.LogInformation("{Lat}", {|PII001:p.Latitude|});
                logger.LogInformation("{Salary}", Math.Round({|PII001:p.Salary|}));
                logger.LogInformation("{Salary}", (long){|PII001:p.Salary|});
            }
        }
        """);

    [Fact]
    public Task The_first_word_of_an_address_is_an_area() => LogVerify.VerifyAsync("""
        using Allio.PiiGuard;
        using Microsoft.Extensions.Logging;
        public class Customer
        {
            [Pii(Kind = PiiKind.PostalAddress)] public string Postcode { get; set; } = "";
            [Pii(Kind = PiiKind.FullName)] public string Name { get; set; } = "";
        }
        class Service
        {
            void Run(ILogger logger, Customer c)
            {
                logger.LogInformation("{Area}", c.Postcode.Split(' ')[0]);
                logger.LogInformation("{Area}", c.Postcode.Split(" ")[0]);
                var outward = c.Postcode.Split(' ')[0];
                logger.LogInformation("{Area}", outward);
                logger.LogInformation("{Inward}", {|PII001:c.Postcode|}.Split(' ')[1]);
                logger.LogInformation("{Line}", {|PII001:c.Postcode|}.Split(',')[0]);
                logger.LogInformation("{First}", {|PII001:c.Name|}.Split(' ')[0]);
            }
        }
        """);
}
