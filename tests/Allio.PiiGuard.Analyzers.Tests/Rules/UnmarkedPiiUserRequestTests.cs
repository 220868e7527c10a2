using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.UnmarkedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// PII006 on requests about a user and on a user's sessions and devices: an abbreviated password, the name of a user
/// to create, a session's remote end point, one device's options; and on the same words in a server's, a disk's and
/// an item's types.
/// </summary>
public sealed class UnmarkedPiiUserRequestTests
{
    [Fact]
    public Task Abbreviated_passwords_of_a_user_s_request_are_reported() => Verify.VerifyAsync(
        """
        public class AuthenticateUserByName
        {
            public string? {|PII006:Username|} { get; set; }
            public string? {|PII006:Pw|} { get; set; }
        }
        public class UpdateUserPassword
        {
            public string? {|PII006:CurrentPw|} { get; set; }
            public string? {|PII006:NewPw|} { get; set; }
        }
        """);

    [Fact]
    public Task Pw_elsewhere_stays_quiet() => Verify.VerifyAsync(
        """
        public class PowerReading
        {
            public string? Pw { get; set; }
            public string? NewPw { get; set; }
        }
        """);

    [Fact]
    public Task The_name_of_a_user_to_create_is_reported() => Verify.VerifyAsync(
        """
        public class CreateUserByName
        {
            public required string {|PII006:Name|} { get; set; }
        }
        public class AddMemberRequest
        {
            public string {|PII006:Name|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task The_name_of_a_group_or_a_job_to_create_stays_quiet() => Verify.VerifyAsync(
        """
        public class CreateUserGroup
        {
            public string Name { get; set; } = "";
        }
        public class CreateJobRequest
        {
            public string Name { get; set; } = "";
        }
        """);

    [Fact]
    public Task A_user_s_session_end_point_and_a_device_s_own_options_are_reported() => Verify.VerifyAsync(
        """
        public class SessionInfoDto
        {
            public string? {|PII006:RemoteEndPoint|} { get; set; }
            public System.Guid {|PII006:UserId|} { get; set; }
        }
        public class DeviceOptions
        {
            public int Id { get; private set; }
            public string {|PII006:DeviceId|} { get; private set; } = "";
            public string? CustomName { get; set; }
        }
        public class Document
        {
            public System.Guid? {|PII006:OwnerId|} { get; set; }
            public Account? Owner { get; set; }
        }
        public class Account
        {
        }
        """);

    [Fact]
    public Task A_server_s_end_point_a_disk_s_device_and_an_item_s_owner_item_stay_quiet() => Verify.VerifyAsync(
        """
        public class ServerConnection
        {
            public string? RemoteEndPoint { get; set; }
            public System.Net.EndPoint? LocalEndPoint { get; set; }
        }
        public class PeerSocket
        {
            public System.Net.EndPoint? RemoteEndPoint { get; set; }
        }
        public record FolderStorageDto
        {
            public required string Path { get; init; }
            public string? DeviceId { get; init; }
        }
        public class LoggingOptions
        {
            public string DeviceId { get; set; } = "";
        }
        public class BaseItemEntity
        {
            public System.Guid? OwnerId { get; set; }
            public BaseItemEntity? Owner { get; set; }
        }
        """);

    [Fact]
    public Task Who_did_something_as_text_is_reported() => Verify.VerifyAsync(
        """
        public class BlockedOrganisationSummary
        {
            public string {|PII006:BlockedByUser|} { get; set; } = "";
            public string {|PII006:ApprovedByCustomer|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task Who_did_something_as_an_object_or_a_flag_and_what_is_sorted_by_stay_quiet() => Verify.VerifyAsync(
        """
        public class User { }
        public class Summary
        {
            public User? BlockedByUser { get; set; }
            public bool IsBlockedByUser { get; set; }
            public string SortByUser { get; set; } = "";
            public string GroupedByUserAndDate { get; set; } = "";
        }
        """);
}
