using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.UnmarkedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// PII006 on a dwelling's reference number and grid coordinates, on the keys of people of schools and training, and on
/// the key a sign-in service gives a person.
/// </summary>
public sealed class UnmarkedPiiPropertyAndAccountTests
{
    [Fact]
    public Task A_property_reference_number_and_grid_coordinates_of_an_address_are_reported() => Verify.VerifyAsync(
        """
        public class AddressEntity
        {
            public string {|PII006:Uprn|} { get; set; } = "";
            public string {|PII006:AddressLine1|} { get; set; } = "";
        }
        public class GetAddressApiResponse
        {
            public long? {|PII006:Uprn|} { get; set; }
            public string {|PII006:Postcode|} { get; set; } = "";
        }
        public class GeopointEntity
        {
            public string {|PII006:Latitude|} { get; set; } = "";
            public string {|PII006:Easting|} { get; set; } = "";
            public string {|PII006:Northing|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task A_reference_number_or_an_easting_of_anything_else_stays_quiet() => Verify.VerifyAsync(
        """
        public class ImportBatch
        {
            public string Uprn { get; set; } = "";
            public int Rows { get; set; }
        }
        public class MapTile
        {
            public double Easting { get; set; }
            public int Zoom { get; set; }
        }
        public class Store
        {
            public double Easting { get; set; }
            public double Northing { get; set; }
        }
        """);

    [Fact]
    public Task Keys_of_teachers_pupils_and_learners_and_of_a_sign_in_account_are_reported() => Verify.VerifyAsync(
        """
        public class Candidate
        {
            public string {|PII006:TeacherId|} { get; set; } = "";
            public string {|PII006:GovUkIdentifier|} { get; set; } = "";
            public System.Guid? {|PII006:AzureAdObjectId|} { get; set; }
        }
        public class Enrolment
        {
            public System.Guid {|PII006:PupilId|} { get; set; }
            public long {|PII006:LearnerId|} { get; set; }
        }
        public class Teacher
        {
            public string {|PII006:Name|} { get; set; } = "";
            public string {|PII006:OneLoginId|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task A_sign_in_service_s_key_of_anything_else_stays_quiet() => Verify.VerifyAsync(
        """
        public class Place
        {
            public string GoogleId { get; set; } = "";
        }
        public class Tenant
        {
            public string AzureAdObjectId { get; set; } = "";
        }
        public class Course
        {
            public string Name { get; set; } = "";
            public string TeacherIdFormat { get; set; } = "";
        }
        """);

    [Fact]
    public Task Accounts_in_settings_nested_types_and_the_environment_are_the_application_s() => Verify.VerifyAsync(
        """
        public class DbConfiguration
        {
            public string ConnectionName { get; set; } = "";
            internal sealed class VcapCredentials
            {
                public string Username { get; set; } = "";
                public string Password { get; set; } = "";
            }
        }
        public interface IEnv
        {
            string HangfireUsername { get; }
            string HangfirePassword { get; }
        }
        """);

    [Fact]
    public Task A_person_s_credentials_nested_elsewhere_or_a_user_s_key_in_settings_are_reported() => Verify.VerifyAsync(
        """
        public class SignInPage
        {
            public sealed class Credentials
            {
                public string {|PII006:Username|} { get; set; } = "";
                public string {|PII006:Password|} { get; set; } = "";
            }
        }
        public class NotificationSettings
        {
            public sealed class Muted
            {
                public System.Guid[] {|PII006:BannedUserIds|} { get; set; } = [];
            }
        }
        """);
}
