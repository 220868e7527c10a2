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
                logger.LogInformation("{Lat}", Math.Round(p.Latitude, 2));
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

    [Fact]
    public Task The_text_before_the_first_space_is_an_area() => LogVerify.VerifyAsync("""
        using Allio.PiiGuard;
        using Microsoft.Extensions.Logging;
        public class Customer
        {
            [Pii(Kind = PiiKind.PostalAddress)] public string Postcode { get; set; } = "";
            [Pii(Kind = PiiKind.FullName)] public string Name { get; set; } = "";
        }
        class Service
        {
            void Run(ILogger logger, Customer c, int cut)
            {
                logger.LogInformation("{Area}", c.Postcode[..c.Postcode.IndexOf(' ')]);
                logger.LogInformation("{Area}", c.Postcode.Substring(0, c.Postcode.IndexOf(' ')));
                var space = c.Postcode.IndexOf(' ');
                logger.LogInformation("{Area}", c.Postcode[..space]);
                logger.LogInformation("{Area}", {|PII001:c.Postcode|}[..c.Postcode.IndexOf('-')]);
                logger.LogInformation("{Area}", {|PII001:c.Postcode|}[..cut]);
                logger.LogInformation("{First}", {|PII001:c.Name|}[..c.Name.IndexOf(' ')]);
                var other = c.Name.IndexOf(' ');
                logger.LogInformation("{Area}", {|PII001:c.Postcode|}[..other]);
            }
        }
        """);

    [Fact]
    public Task Helpers_that_coarsen_their_parameter_pass_on_the_rest()
    {
        var test = new LogVerify.Test();
        test.TestState.Sources.Add("""
            using System.Linq;
            using Allio.PiiGuard;
            using Microsoft.Extensions.Logging;
            public class Parcel
            {
                [Pii(Kind = PiiKind.PostalAddress)] public string Postcode { get; set; } = "";
                [Pii(Kind = PiiKind.FullName)] public string RecipientName { get; set; } = "";
                [Pii(Kind = PiiKind.Location)] public double Latitude { get; set; }
            }
            class Service
            {
                static string Area(string postcode) { var i = postcode.IndexOf(' '); return i > 0 ? postcode[..i] : ""; }
                static double Region(double degrees) => System.Math.Round(degrees, 1);
                static double Fine(double degrees) => System.Math.Round(degrees, 4);

                void Run(ILogger logger, Parcel p, Parcel[] parcels)
                {
                    logger.LogInformation("{Area}", Area(p.Postcode));
                    logger.LogInformation("{Area}", Places.OutwardCode(p.Postcode));
                    logger.LogInformation("{Area}", Places.FirstWord(p.Postcode));
                    logger.LogInformation("{Lat}", Region(p.Latitude));
                    logger.LogInformation("{Lat}", Places.Coarse(p.Latitude));
                    foreach (var (area, count) in parcels.GroupBy(x => Places.OutwardCode(x.Postcode)).ToDictionary(g => g.Key, g => g.Count()))
                    {
                        logger.LogInformation("{Area}: {Count}", area, count);
                    }

                    logger.LogInformation("{First}", Places.FirstWord({|PII001:p.RecipientName|}));
                    logger.LogInformation("{First}", Area({|PII001:p.RecipientName|}));
                    logger.LogInformation("{Lat}", Fine({|PII001:p.Latitude|}));
                    logger.LogInformation("{Code}", Places.Trimmed({|PII001:p.Postcode|}));
                }
            }
            """);
        test.TestState.Sources.Add("""
            public static class Places
            {
                public static string OutwardCode(string? postcode)
                {
                    if (string.IsNullOrWhiteSpace(postcode)) return "";
                    var space = postcode.IndexOf(' ');
                    return space > 0 ? postcode[..space] : postcode[..System.Math.Min(2, postcode.Length)];
                }

                public static string FirstWord(string text) => text.Split(' ')[0];
                public static double Coarse(double degrees) => System.Math.Round(degrees, 1);
                public static string Trimmed(string text) => text.Trim();
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task The_domain_of_an_e_mail_names_no_one() => LogVerify.VerifyAsync(TestModel.With("""
        using System.Linq;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User user, User? maybe)
            {
                logger.LogInformation("{Domain}", user.Email.Split('@').Last());
                logger.LogInformation("{Domain}", maybe?.Email?.Split('@').LastOrDefault());
                logger.LogInformation("{Domain}", user.Email.Split('@')[1]);
                logger.LogInformation("{Domain}", user.Email.Split("@")[^1]);
                logger.LogInformation("{Domain}", user.Email[(user.Email.IndexOf('@') + 1)..]);
                logger.LogInformation("{Domain}", user.Email.Substring(user.Email.IndexOf('@') + 1));
                logger.LogInformation("{Mailbox}", {|PII001:user.Email|}.Split('@').First());
                logger.LogInformation("{Mailbox}", {|PII001:user.Email|}.Split('@')[0]);
                logger.LogInformation("{Part}", {|PII001:user.Phone|}.Split('@').Last());
                logger.LogInformation("{Rest}", {|PII001:user.Email|}.Substring(user.Phone.IndexOf('@') + 1));
            }
        }
        """));

    [Fact]
    public Task Helpers_that_take_an_e_mail_s_domain_pass_on_the_rest()
    {
        var test = new LogVerify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            using System.Linq;
            using Microsoft.Extensions.Logging;
            class Service
            {
                static string DomainOf(string email) => email.Split('@').Last();

                void Run(ILogger logger, User user)
                {
                    logger.LogInformation("{Domain}", DomainOf(user.Email));
                    logger.LogInformation("{Domain}", Mail.Domain(user.Email));
                    logger.LogInformation("{Domain}", Mail.Provider(user.Email));
                    logger.LogInformation("{Domain}", Mail.Suffix(user.Email));
                    logger.LogInformation("{Domain}", Mail.Host(user.Email));
                    var at = user.Email.LastIndexOf('@');
                    logger.LogInformation("{Domain}", user.Email[(at + 1)..].ToLowerInvariant());
                    logger.LogInformation("{Mailbox}", {|PII001:user.Email|}[..at]);
                    logger.LogInformation("{Domain}", user.Email[at..]);
                    logger.LogInformation("{Domain}", Mail.AtDomain(user.Email));
                    logger.LogInformation("{Mailbox}", Mail.Mailbox({|PII001:user.Email|}));
                    logger.LogInformation("{Part}", Mail.Domain({|PII001:user.Phone|}));
                }
            }
            """));
        test.TestState.Sources.Add("""
            using System.Linq;
            public static class Mail
            {
                public static string Domain(string email) => email[(email.IndexOf('@') + 1)..];
                public static string Provider(string email) => email.Substring(email.IndexOf('@') + 1).ToLowerInvariant();
                public static string Suffix(string email) => email.Split('@')[1];
                public static string Mailbox(string email) => email.Split('@').First();
                public static string AtDomain(string email)
                {
                    var at = email.IndexOf('@');
                    return at < 0 ? "" : email[at..];
                }

                public static string Host(string email)
                {
                    var at = email.LastIndexOf('@');
                    return at < 0 ? string.Empty : email[(at + 1)..].ToLowerInvariant();
                }
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task An_IP_address_cut_to_its_network_names_no_one()
    {
        var test = new LogVerify.Test();
        test.TestState.Sources.Add("""
            using System.Linq;
            using Allio.PiiGuard;
            using Microsoft.Extensions.Logging;
            public class Visit
            {
                [Pii(Kind = PiiKind.OnlineIdentifier)] public string IpAddress { get; set; } = "";
                [Pii(Kind = PiiKind.FullName)] public string Name { get; set; } = "";
                [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
            }
            class Service
            {
                void Run(ILogger logger, Visit v, int cut)
                {
                    logger.LogInformation("{Net}", v.IpAddress[..v.IpAddress.LastIndexOf('.')]);
                    logger.LogInformation("{Net}", v.IpAddress.Substring(0, v.IpAddress.LastIndexOf(':')));
                    var dot = v.IpAddress.LastIndexOf('.');
                    logger.LogInformation("{Net}", v.IpAddress[..dot] + ".0");
                    logger.LogInformation("{Net}", string.Join(".", v.IpAddress.Split('.').Take(3)) + ".0");
                    logger.LogInformation("{Net}", Network.Of(v.IpAddress));
                    logger.LogInformation("{Net}", Network.Octets(v.IpAddress));
                    logger.LogInformation("{Ip}", string.Join(".", {|PII001:v.IpAddress|}.Split('.').Take(4)));
                    logger.LogInformation("{Ip}", string.Join(".", {|PII001:v.IpAddress|}.Split('.').Skip(1)));
                    logger.LogInformation("{Ip}", {|PII001:v.IpAddress|}[..cut]);
                    logger.LogInformation("{Ip}", {|PII001:v.IpAddress|}[..v.IpAddress.IndexOf('.')]);
                    logger.LogInformation("{Name}", {|PII001:v.Name|}[..v.Name.LastIndexOf('.')]);
                    logger.LogInformation("{Mail}", {|PII001:v.Email|}[..v.Email.LastIndexOf('.')]);
                    logger.LogInformation("{Mail}", Network.Of({|PII001:v.Email|}));
                }
            }
            """);
        test.TestState.Sources.Add("""
            using System.Linq;
            public static class Network
            {
                public static string Of(string ip)
                {
                    var last = ip.LastIndexOf('.');
                    return last < 0 ? "" : ip[..last] + ".0";
                }

                public static string Octets(string ip) => string.Join(".", ip.Split('.').Take(2)) + ".0.0";
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task A_distance_between_places_computed_through_an_angle_locates_no_one()
    {
        var test = new LogVerify.Test();
        test.TestState.Sources.Add("""
            using System;
            using Allio.PiiGuard;
            using Microsoft.Extensions.Logging;
            public class Home
            {
                [Pii(Kind = PiiKind.Location)] public double Latitude { get; set; }
                [Pii(Kind = PiiKind.Location)] public double Longitude { get; set; }
                [Pii(Kind = PiiKind.SalaryExpectation)] public double Salary { get; set; }
            }
            class Matching
            {
                static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
                {
                    var dLat = (lat2 - lat1) * Math.PI / 180;
                    var dLon = (lon2 - lon1) * Math.PI / 180;
                    var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
                    return 6371 * 2 * Math.Atan2(Math.Sqrt(a), Math.Sqrt(1 - a));
                }

                static double Offset(double lat1, double lat2) => lat2 - lat1;

                void Run(ILogger logger, Home child, Home carer)
                {
                    logger.LogInformation("{Km}", DistanceKm(child.Latitude, child.Longitude, carer.Latitude, carer.Longitude));
                    logger.LogInformation("{Km}", Geo.Km(child.Latitude, child.Longitude, carer.Latitude, carer.Longitude));
                    logger.LogInformation("{Offset}", Offset({|PII001:child.Latitude|}, carer.Latitude));
                    logger.LogInformation("{Angle}", Math.Atan2({|PII001:child.Salary|}, 1));
                }
            }
            """);
        test.TestState.Sources.Add("""
            using System;
            static class Geo
            {
                public static double Km(double lat1, double lon1, double lat2, double lon2) =>
                    6371 * Math.Acos(Math.Sin(lat1) * Math.Sin(lat2) + Math.Cos(lat1) * Math.Cos(lat2) * Math.Cos(lon2 - lon1));
            }
            """);
        return test.RunAsync();
    }
}
