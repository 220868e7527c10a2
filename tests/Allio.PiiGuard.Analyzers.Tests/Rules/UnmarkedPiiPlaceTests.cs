using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.UnmarkedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII006 on places, on records that name whom they hold by their members, and on members a base type declares.</summary>
public sealed class UnmarkedPiiPlaceTests
{
    [Fact]
    public Task A_place_and_a_table_of_postal_codes_locate_no_one() => Verify.VerifyAsync(
        """
        public class Location
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            public string Address1 { get; set; } = "";
            public string City { get; set; } = "";
            public string State { get; set; } = "";
            public string PostalCode { get; set; } = "";
            public string Country { get; set; } = "";
            public string PhoneNumber { get; set; } = "";
        }

        public class Itinerary
        {
            public double StartLatitude { get; set; }
            public double EndLongitude { get; set; }
        }

        public class PostalCodeGeo
        {
            public string PostalCode { get; set; } = "";
            public string City { get; set; } = "";
            public string State { get; set; } = "";
        }
        """);

    [Fact]
    public Task A_person_s_city_town_and_region_are_reported_as_parts_of_an_address() => Verify.VerifyAsync(
        """
        public class Contact
        {
            public int Id { get; set; }
            public string {|PII006:Street|} { get; set; } = "";
            public string {|PII006:City|} { get; set; } = "";
            public string {|PII006:Town|} { get; set; } = "";
            public string {|PII006:Region|} { get; set; } = "";
            public string {|PII006:Country|} { get; set; } = "";
        }

        public class Game
        {
            public string Town { get; set; } = "";
            public string Region { get; set; } = "";
        }
        """);

    [Fact]
    public Task A_place_that_refers_to_a_person_is_that_person_s() => Verify.VerifyAsync(
        """
        public class LocationHistory
        {
            public string {|PII006:UserId|} { get; set; } = "";
            public double {|PII006:Latitude|} { get; set; }
            public double {|PII006:Longitude|} { get; set; }
        }
        """);

    [Fact]
    public Task A_record_with_its_own_email_holds_a_person_s_name_and_another_s_contact_does_not() => Verify.VerifyAsync(
        """
        public class Request
        {
            public string {|PII006:Name|} { get; set; } = "";
            public string {|PII006:Email|} { get; set; } = "";
            public string {|PII006:Phone|} { get; set; } = "";
        }

        public class Campaign
        {
            public string Name { get; set; } = "";
            public string {|PII006:PrimaryContactFirstName|} { get; set; } = "";
            public string {|PII006:PrimaryContactEmail|} { get; set; } = "";
        }

        public class Team
        {
            public string Name { get; set; } = "";
            public string {|PII006:Email|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task Members_a_base_type_declares_are_neighbours() => Verify.VerifyAsync(
        """
        public class RequestListViewModel
        {
            public string {|PII006:Address|} { get; set; } = "";
            public string {|PII006:PostalCode|} { get; set; } = "";
        }

        public class RequestSummaryViewModel : RequestListViewModel
        {
            public string {|PII006:State|} { get; set; } = "";
        }

        public class WorkflowViewModel : System.Exception
        {
            public string State { get; set; } = "";
        }
        """);
}
