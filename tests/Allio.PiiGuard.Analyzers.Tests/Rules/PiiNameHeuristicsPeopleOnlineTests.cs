using Allio.PiiGuard.Analyzers.Model;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// The name table on people's online presence: aliases, keys of their records, their phones' push ids, the recipients
/// of messages to them, where they signed in, their pictures; and which of those are sources for inference.
/// </summary>
public sealed class PiiNameHeuristicsPeopleOnlineTests
{
    [Theory]
    // The name a person goes by.
    [InlineData("OmbiUser", "public string Alias { get; set; }", "Alias", "OnlineIdentifier")]
    [InlineData("RequestViewModel", "public string UserAlias { get; set; }", "UserAlias", "OnlineIdentifier")]
    [InlineData("MovieRequest", "public string RequestedByAlias { get; set; }", "RequestedByAlias", "OnlineIdentifier")]
    [InlineData("Profile", "public string Nickname { get; set; }", "Nickname", "OnlineIdentifier")]
    [InlineData("TwitterUser", "public string ScreenName { get; set; }", "ScreenName", "OnlineIdentifier")]
    // Keys of people's records and of their accounts elsewhere.
    [InlineData("Issue", "public string UserReportedId { get; set; }", "UserReportedId", "OnlineIdentifier")]
    [InlineData("UserManagementSettings", "public System.Collections.Generic.List<string> BannedUserIds { get; set; }", "BannedUserIds", "OnlineIdentifier")]
    [InlineData("NewsletterSettings", "public System.Collections.Generic.List<string> ExcludedUserIds { get; set; }", "ExcludedUserIds", "OnlineIdentifier")]
    [InlineData("PlexServer", "public string PlexUserId { get; set; }", "PlexUserId", "OnlineIdentifier")]
    // A person's phone, by its push service's ids.
    [InlineData("NotificationUserId", "public string PlayerId { get; set; }", "PlayerId", "OnlineIdentifier")]
    [InlineData("MobileDevice", "public string PlayerId { get; set; }", "PlayerId", "OnlineIdentifier")]
    [InlineData("MobileDevices", "public string Token { get; set; }", "Token", "OnlineIdentifier")]
    [InlineData("Subscription", "public string FcmToken { get; set; }", "FcmToken", "OnlineIdentifier")]
    [InlineData("Device", "public string ApnsToken { get; set; }", "ApnsToken", "OnlineIdentifier")]
    [InlineData("Subscription", "public string DeviceToken { get; set; }", "DeviceToken", "OnlineIdentifier")]
    [InlineData("NotificationService", "public System.Collections.Generic.List<string> GetAdminPlayerIds() => null!;", "GetAdminPlayerIds", "OnlineIdentifier")]
    // Whom a message goes to.
    [InlineData("NotificationMessage", "public string Recipient { get; set; }", "Recipient", "Email")]
    [InlineData("Notification", "public string To { get; set; }", "To", "Email")]
    [InlineData("SmsMessage", "public string Recipient { get; set; }", "Recipient", "Phone")]
    // Where a person signed in.
    [InlineData("LoginLocation", "public string City { get; set; }", "City", "City")]
    [InlineData("Location", "public string Ip { get; set; } public string City { get; set; }", "City", "City")]
    [InlineData("Location", "public string Ip { get; set; } public double[] Coordinates { get; set; }", "Coordinates", "Location")]
    [InlineData("UserLocation", "public string Coordinates { get; set; }", "Coordinates", "Location")]
    // Where a trip or a ride went: where its passengers were.
    [InlineData("TripLocation", "public double Latitude { get; set; }", "Latitude", "Location")]
    [InlineData("RideLocation", "public string Address { get; set; }", "Address", "PostalAddress")]
    // A person's picture and title.
    [InlineData("PlexUser", "public string Thumb { get; set; }", "Thumb", "Other")]
    [InlineData("UserViewModel", "public string ThumbnailUrl { get; set; }", "ThumbnailUrl", "Other")]
    [InlineData("PlexUser", "public string Title { get; set; }", "Title", "Other")]
    [InlineData("Member", "public string Avatar { get; set; }", "Avatar", "Other")]
    public void People_online_are_classified(string owner, string member, string name, string kind) =>
        Assert.Equal(kind, PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name))?.Kind);

    [Theory]
    [InlineData("TripLocationHub", 1, "Location")]
    [InlineData("TripLocationHub", 3, "PostalAddress")]
    [InlineData("StoreLocationService", 1, null)]
    [InlineData("StoreLocationService", 3, null)]
    public void A_trips_place_sent_to_a_service_is_where_people_were(string owner, int parameter, string? kind)
    {
        var method = (Microsoft.CodeAnalysis.IMethodSymbol)DeclaredMember.Of(
            owner, "public void Push(System.Guid tripId, double latitude, double longitude, string pickupAddress) { }", "Push");
        Assert.Equal(kind, PiiNameHeuristics.ClassifySymbol(method.Parameters[parameter])?.Kind);
    }

    [Theory]
    [InlineData("SqlTable", "public string Alias { get; set; }", "Alias")]
    [InlineData("Domain", "public string Alias { get; set; }", "Alias")]
    [InlineData("Query", "public string ColumnAlias { get; set; }", "ColumnAlias")]
    [InlineData("AnalyticsEvent", "public string ScreenName { get; set; }", "ScreenName")]
    [InlineData("QueryBuilder", "public string OrderByAlias { get; set; }", "OrderByAlias")]
    [InlineData("SessionLocation", "public string City { get; set; }", "City")]
    [InlineData("Order", "public int Id { get; set; }", "Id")]
    [InlineData("UserDto", "public string Id { get; set; }", "Id")]
    [InlineData("CustomerViewModel", "public int Id { get; set; }", "Id")]
    [InlineData("UserSearchCriteria", "public string Id { get; set; }", "Id")]
    [InlineData("UserCreatedEvent", "public System.Guid Id { get; set; }", "Id")]
    [InlineData("Order", "public string ItemSelectedId { get; set; }", "ItemSelectedId")]
    [InlineData("Query", "public bool SortedById { get; set; }", "SortedById")]
    [InlineData("Report", "public string GroupBy { get; set; }", "GroupBy")]
    [InlineData("Settings", "public long DefaultCreatedById { get; set; }", "DefaultCreatedById")]
    [InlineData("GameSession", "public string PlayerId { get; set; }", "PlayerId")]
    [InlineData("MediaPlayerNotification", "public string PlayerId { get; set; }", "PlayerId")]
    [InlineData("Score", "public System.Guid PlayerId { get; set; }", "PlayerId")]
    [InlineData("MobileDeviceAuth", "public string Token { get; set; }", "Token")]
    [InlineData("Payment", "public string Recipient { get; set; }", "Recipient")]
    [InlineData("NotificationSettings", "public string Recipient { get; set; }", "Recipient")]
    [InlineData("Location", "public string City { get; set; } public string PostalCode { get; set; }", "City")]
    [InlineData("Shape", "public double[] Coordinates { get; set; }", "Coordinates")]
    [InlineData("Movie", "public string Thumb { get; set; }", "Thumb")]
    [InlineData("Movie", "public string Title { get; set; }", "Title")]
    [InlineData("UserNotification", "public string Title { get; set; }", "Title")]
    [InlineData("VolunteerTaskSignupSummaryViewModel", "public string Title { get; set; }", "Title")]
    [InlineData("VolunteerTaskSignupViewModel", "public int Id { get; set; }", "Id")]
    // A media catalogue's people are public figures it describes, not its users.
    [InlineData("CastMember", "public string Name { get; set; }", "Name")]
    [InlineData("BandMember", "public string Name { get; set; }", "Name")]
    [InlineData("CastMember", "public string FirstName { get; set; }", "FirstName")]
    // A theme's names and a connection's address are no person's.
    [InlineData("Theme", "public string FullName { get; set; } public string DisplayName { get; set; }", "FullName")]
    [InlineData("Theme", "public string FullName { get; set; } public string DisplayName { get; set; }", "DisplayName")]
    [InlineData("Connection", "public string Address { get; set; }", "Address")]
    [InlineData("ServerEndpoint", "public string Address { get; set; } public int Port { get; set; }", "Address")]
    [InlineData("Resource", "public string Address { get; set; } public string Protocol { get; set; }", "Address")]
    public void Their_distractors_stay_unclassified(string owner, string member, string name) =>
        Assert.Null(PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name)));

    [Theory]
    [InlineData("Customer", "public string Address { get; set; } public int Port { get; set; } public string Street { get; set; }", "Address")]
    [InlineData("TeamMember", "public string Name { get; set; }", "Name")]
    public void A_street_or_a_team_keeps_them_personal(string owner, string member, string name) =>
        Assert.NotNull(PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name)));

    [Theory]
    [InlineData("Order", "public string CustomerId { get; set; }", "CustomerId")]
    [InlineData("Employee", "public System.Guid EmployeeId { get; set; }", "EmployeeId")]
    [InlineData("Issue", "public string UserReportedId { get; set; }", "UserReportedId")]
    [InlineData("Order", "public long CreatedById { get; set; }", "CreatedById")]
    [InlineData("Order", "public long? LatestUpdatedById { get; set; }", "LatestUpdatedById")]
    [InlineData("Organization", "public string OwnerId { get; set; }", "OwnerId")]
    [InlineData("Member", "public string OuterId { get; set; }", "OuterId")]
    [InlineData("OrganizationUser", "public string ExternalId { get; set; }", "ExternalId")]
    [InlineData("Team", "public System.Collections.Generic.List<string> AssignedUsers { get; set; }", "AssignedUsers")]
    [InlineData("Customer", "public string Street { get; set; } public string Country { get; set; }", "Country")]
    [InlineData("Customer", "public string BillingCountryCode { get; set; }", "BillingCountryCode")]
    [InlineData("AddressEntity", "public string RegionId { get; set; }", "RegionId")]
    [InlineData("Customer", "public string Street { get; set; } public string City { get; set; }", "City")]
    [InlineData("Contact", "public string Street { get; set; } public string Town { get; set; }", "Town")]
    [InlineData("Customer", "public string ShippingState { get; set; }", "ShippingState")]
    [InlineData("Customer", "public string Street { get; set; } public string Province { get; set; }", "Province")]
    public void Keys_of_people_and_areas_are_for_discovery_only(string owner, string member, string name) =>
        Assert.True(PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name)) is { DiscoveryOnly: true });

    [Theory]
    [InlineData("Customer", "public string Email { get; set; }", "Email")]
    [InlineData("Order", "public string CustomerEmail { get; set; }", "CustomerEmail")]
    [InlineData("ApplicationUser", "public string UserName { get; set; }", "UserName")]
    [InlineData("OmbiUser", "public string Alias { get; set; }", "Alias")]
    [InlineData("Subscription", "public string DeviceToken { get; set; }", "DeviceToken")]
    [InlineData("Visit", "public string IpAddress { get; set; }", "IpAddress")]
    [InlineData("Customer", "public string Street { get; set; } public string City { get; set; }", "Street")]
    [InlineData("Customer", "public string PostalCode { get; set; }", "PostalCode")]
    [InlineData("Customer", "public string Street { get; set; } public string Zip { get; set; }", "Zip")]
    [InlineData("Customer", "public string HomeAddress { get; set; }", "HomeAddress")]
    public void What_identifies_or_reaches_a_person_is_a_source(string owner, string member, string name) =>
        Assert.True(PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name)) is { DiscoveryOnly: false });
}
