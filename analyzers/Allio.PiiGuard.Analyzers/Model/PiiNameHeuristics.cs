using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// Guesses from a member's name and type whether it holds personal data that nobody marked (rule PII006,
/// the CLI inventory). Names are split into words (camel, Pascal, snake case); a word run that spells an
/// entry of <see cref="Entries"/> matches when the words after it only refine it (<c>PhoneNumber</c>,
/// <c>AddressLine1</c>) and the words before it do not say "flag", "network" or "action".
/// </summary>
/// <remarks>
/// The head noun of an English compound is its last word: <c>EmailTemplateId</c> is an id, <c>EmailSubject</c>
/// a subject, <c>AddressFamily</c> a family. So anything after the matched run that is not a refinement
/// turns the match off; this one rule replaces most of the exclusion lists of name-based scanners.
/// </remarks>
internal static partial class PiiNameHeuristics
{
    /// <summary>Which value types a kind is plausibly stored in.</summary>
    [System.Flags]
    public enum Shapes
    {
        /// <summary><c>string</c>, <c>char[]</c>.</summary>
        Text = 1,
        /// <summary><c>DateTime</c>, <c>DateTimeOffset</c>, <c>DateOnly</c>.</summary>
        Date = 2,
        /// <summary>Integral numbers and <c>decimal</c> (phones and tax numbers are sometimes stored as <c>long</c>).</summary>
        Number = 4,
        /// <summary><c>System.Net.IPAddress</c>.</summary>
        IpAddress = 8,
        /// <summary><c>System.Net.Mail.MailAddress</c>.</summary>
        MailAddress = 16,
        /// <summary><c>double</c>, <c>float</c>: coordinates.</summary>
        Real = 32,
        /// <summary><c>System.Guid</c>: identifiers of people (<c>UserId</c>, <c>CustomerId</c>).</summary>
        Guid = 64,
        /// <summary>An enum: only a person's gender is stored as one (<c>Gender? Gender</c>); other entries never take it.</summary>
        Enum = 128,
    }

    /// <summary>
    /// Which neighbouring words (before the match, or in the containing type's name) make the same spelling
    /// mean something else: <c>HostAddress</c>, <c>MetadataAddress</c>, <c>TypeFullName</c>, <c>SshKey.Fingerprint</c>.
    /// </summary>
    public enum Context
    {
        /// <summary>The spelling means personal data wherever it appears.</summary>
        Any,
        /// <summary>A bare "address": network, memory and metadata addresses share the word.</summary>
        PostalAddress,
        /// <summary>A person's name: types, assemblies, files and categories have names too.</summary>
        PersonName,
        /// <summary>A fingerprint: keys and certificates have fingerprints too.</summary>
        Biometric,
        /// <summary>A bare <c>Name</c> or <c>Id</c>: a person's only in a type that names a person (<c>Customer</c>, <c>ApplicationUser</c>).</summary>
        PersonType,
        /// <summary>
        /// <c>Country</c>, <c>State</c>, <c>Region</c>: part of a postal address only next to another address member
        /// (<c>Street</c>, <c>City</c>, <c>ZipCode</c>) or in a type that names a person or an address.
        /// </summary>
        AddressPart,
        /// <summary><c>SecurityNumber</c>, <c>Expiration</c>: a card's only next to a card number or in a card or payment type.</summary>
        CardPart,
        /// <summary>A bare <c>Identifier</c>: a device's (and so its owner's) only in a type named after a device.</summary>
        DeviceType,
        /// <summary>An IP address: a visitor's, unless a server, a host or a machine is named (<c>ServerIp</c>, <c>SystemInfo.IpAddress</c>).</summary>
        HostAddress,
        /// <summary>
        /// <c>CardName</c>, <c>CardCode</c>: the holder's name and the card's security code only next to a card number; a card
        /// type's <c>CardName</c> is a brand, a gift card's or a discount's code is no card's secret.
        /// </summary>
        NextToCard,
        /// <summary><c>ExternalId</c>: a person's account elsewhere only in a person's or a login's type, not a product's or a group's.</summary>
        ExternalAccount,
        /// <summary>A bare <c>Line1</c>: an address line only in a type named after an address (<c>ShippingAddress.Line1</c>).</summary>
        AddressType,
        /// <summary>
        /// A bare <c>Given</c>, <c>Family</c>, <c>First</c> or <c>Last</c>: a part of a person's name only in a type named after a
        /// name (<c>PartyName.Given</c>, <c>PersonName.Last</c>), not a type's, a file's or a host's name.
        /// </summary>
        NameType,
        /// <summary>A password: a person's, unless a system or a service is named (<c>SmtpPassword</c>, <c>DatabaseConnection.Password</c>).</summary>
        Credential,
        /// <summary>
        /// A bare <c>To</c>, <c>Cc</c>, <c>Bcc</c>, <c>ReplyTo</c>, <c>ToName</c>, <c>SenderName</c>: a recipient's address or a
        /// person's name only in a type whose head noun is a message (<c>QueuedEmail.To</c>, <c>MailMessage.Cc</c>).
        /// </summary>
        MessageType,
        /// <summary>A bare <c>Token</c>: a device's push token only in a push-notification type (<c>PushRegistration.Token</c>), not an auth token.</summary>
        PushType,
        /// <summary>
        /// An <c>OwnerId</c>: the person who owns a record, unless a thread, a process, a window or another part of a
        /// running program owns it, or a neighbour says what kind of owner it is (<c>OwnerType</c>: an organization as often).
        /// </summary>
        Owner,
        /// <summary>
        /// A bare <c>Salutation</c> or <c>JobTitle</c>: a person's only in a person's type that is no search (a search's
        /// job title is a criterion, a vacancy's describes a job).
        /// </summary>
        PersonAttribute,
        /// <summary>
        /// An <c>Alias</c> or <c>ScreenName</c>: the name a person goes by, in a person's type or after a person or an
        /// agent (<c>UserAlias</c>, <c>RequestedByAlias</c>); a column's, a host's or an app screen's otherwise.
        /// </summary>
        PersonAlias,
        /// <summary>
        /// A <c>PlayerId</c>: a push service's id of a person's phone in a notification's, a device's or a mobile type
        /// (<c>NotificationUserId.PlayerId</c>), a game's or a media player's otherwise.
        /// </summary>
        PushDevice,
        /// <summary>
        /// <c>Coordinates</c>: a place's only beside other parts of a location (a city, a latitude) or in a type about a
        /// person or a location; a shape's or a grid's otherwise.
        /// </summary>
        Geo,
        /// <summary>
        /// A <c>Subject</c> (the OpenID Connect <c>sub</c> claim): a person's sign-in account's key after a user, login or
        /// account word (<c>OneLoginUserSubject</c>) or bare in a sign-in type (<c>ExternalLoginInfo.Subject</c>); a message's,
        /// a course's or a certificate's subject otherwise.
        /// </summary>
        AccountSubject,
        /// <summary>
        /// A <c>GraduationYear</c>, a <c>DegreeSubject</c> or an <c>EmployerName</c>: a person's education or work only in
        /// a record about a person (a person's type or sign-up, a person noun in the type's name, or beside a person's
        /// key that is no actor's, name or e-mail) or, for an employer, a job the person held; a course catalogue's or a
        /// vacancy's otherwise.
        /// </summary>
        PersonRecord,
        /// <summary>
        /// An abbreviation of a password (<c>Pw</c>, <c>NewPw</c>): a person's only in a type about a person or a sign-in
        /// (<c>AuthenticateUserByName.Pw</c>, <c>UpdateUserPassword.CurrentPw</c>); too short to trust elsewhere.
        /// </summary>
        PersonPassword,
        /// <summary>
        /// A <c>RemoteEndPoint</c> held as text: the address a person's session connects from only beside that person's
        /// key or name or in a person's type (<c>SessionInfoDto.RemoteEndPoint</c> next to <c>UserId</c>); a server's or a
        /// socket's peer otherwise.
        /// </summary>
        PersonsConnection,
        /// <summary>
        /// A <c>DocumentNumber</c>: an identity document's (a passport's, an id card's) in a type about identity checks or
        /// beside the document's holder (<c>UploadDocumentCommand.DocumentNumber</c> next to <c>HolderName</c>); an invoice's
        /// or a shipment's otherwise.
        /// </summary>
        IdentityDocument,
    }

    /// <summary>One name the heuristic knows: the words spelled together, lower case, no separators.</summary>
    /// <param name="Spelling">The word run, e.g. <c>dateofbirth</c> for <c>DateOfBirth</c>, <c>date_of_birth</c>, <c>dob</c>'s long form.</param>
    /// <param name="Kind">The <c>PiiKind</c> member name.</param>
    /// <param name="Shapes">The value types that make the guess plausible.</param>
    /// <param name="Context">Which neighbouring words rule the spelling out.</param>
    /// <param name="DiscoveryOnly">
    /// Reported by PII006 for marking, but no source for the flow rules under inference: see <see cref="Match.DiscoveryOnly"/>.
    /// </param>
    /// <param name="Sensitive">A special category of personal data (152-FZ art. 10, GDPR art. 9 and 10) besides health: religion, ethnic origin, political opinions, sex life, criminal convictions, trade-union membership.</param>
    public readonly record struct Entry(string Spelling, string Kind, Shapes Shapes, Context Context = Context.Any, bool DiscoveryOnly = false, bool Sensitive = false);

    /// <summary>A successful guess.</summary>
    /// <param name="Kind">The <c>PiiKind</c> member name.</param>
    /// <param name="Spelling">The entry that matched, for reports.</param>
    /// <param name="DiscoveryOnly">
    /// True for a person's key (<c>CustomerId</c>, <c>BannedUserIds</c>, <c>ExternalId</c>) and an area of an address
    /// (<c>Country</c>, <c>State</c>, <c>Region</c>, <c>City</c>, <c>Town</c>): personal data PII006 asks to mark, but
    /// inference does not make them sources for the flow rules. Logging an id instead of the e-mail is the very
    /// alternative the rules recommend, and a city or a country alone identifies no one.
    /// A mark written on them makes them sources like any other.
    /// </param>
    /// <param name="Sensitive">A special category: the mark to write is <c>[SensitivePii]</c>, whatever the kind.</param>
    public readonly record struct Match(string Kind, string Spelling, bool DiscoveryOnly = false, bool Sensitive = false);

    /// <summary>The longest entry spans five words (<c>social_security_number</c> spans three).</summary>
    private const int MaxWordsPerEntry = 5;

    private const Shapes TextOnly = Shapes.Text;
    private const Shapes TextOrNumber = Shapes.Text | Shapes.Number;
    private const Shapes Vital = Shapes.Text | Shapes.Number | Shapes.Real;
    private const Shapes TextOrDate = Shapes.Text | Shapes.Date;
    private const Shapes Identifier = Shapes.Text | Shapes.Number | Shapes.Guid;
    private const Shapes TextNumberOrDate = Shapes.Text | Shapes.Number | Shapes.Date;

    /// <summary>
    /// Nouns that name a data subject. A type whose head noun is one of them holds a person (<c>Buyer.Name</c>,
    /// <c>ApplicationUser.LastName</c>); a name made of one and an identifier word is that person's id (<c>BuyerId</c>).
    /// </summary>
    private static readonly HashSet<string> PersonNouns =
    [
        "user", "customer", "buyer", "person", "people", "employee", "contact", "member", "patient", "applicant",
        "candidate", "cardholder", "holder", "subscriber", "student", "recipient", "visitor", "guest", "passenger",
        "shopper", "consumer", "individual", "citizen", "participant", "attendee", "payer", "beneficiary",
        "grantee", "grantor", "assignee", "author", "requester", "requestor", "invitee", "inviter", "commenter",
        "reviewer", "replier", "submitter", "creator", "organizer", "organiser", "liker", "follower", "volunteer",
        "donor", "resident", "traveler", "traveller",
        // People of schools, training and benefits (a tenant is a SaaS customer's organisation as often; a delegate a C# type).
        "teacher", "pupil", "learner", "apprentice", "tutor", "trainee", "claimant", "jobseeker",
        // People of public services and payments: who registers, is evacuated, is paid, buys, approves or owes.
        "registrant", "evacuee", "payee", "purchaser", "approver", "debtor",
        // People of care, lending libraries, councils and events: who cares, borrows, complains or comes along.
        "carer", "caregiver", "borrower", "complainant", "companion",
        // People of therapy, sport and children's activities: who treats, coaches, referees, competes or looks after a child
        // (a player is a media player's as often: see the player's name entry).
        "therapist", "counsellor", "counselor", "coach", "referee", "athlete", "guardian",
        // A canvass's voters; the people a funeral is arranged for.
        "voter", "deceased",
        // People of incidents: who was hurt, harmed or saw it.
        "injured", "casualty", "victim", "witness",
        // People of emergency services, instruction and the courts: who serves, teaches or represents.
        "officer", "firefighter", "instructor", "lawyer", "solicitor",
    ];

    /// <summary>
    /// Clinicians named by their profession (<c>TreatingVetName</c>, <c>DoctorName</c>): a name after one is that person's, while
    /// a type named after one is as often the practice (a GP's <c>Doctor.Phone</c> is the surgery's), so they are no person nouns.
    /// </summary>
    private static readonly string[] ClinicianNouns =
    [
        "doctor", "surgeon", "physician", "nurse", "clinician", "vet", "veterinarian", "dentist", "optometrist", "optician",
        "paramedic", "pharmacist", "midwife", "gp", "consultant",
    ];

    /// <summary>
    /// Nouns that name a person within a member's own name (<c>driverMobile</c>, <c>RiderEmail</c>), though a type named
    /// after them is as often a program's part (a database's driver, an insurance policy's rider).
    /// </summary>
    private static readonly HashSet<string> MemberPersonNouns = ["driver", "drivers", "rider", "riders"];

    /// <summary>
    /// Person nouns whose compound with "name" is also something else: <c>UserName</c> is a login, <c>MemberName</c> a
    /// code member's, <c>ConsumerName</c> and <c>SubscriberName</c> a message handler's; <c>ContactName</c> and
    /// <c>HolderName</c> have their own entries.
    /// </summary>
    private static readonly HashSet<string> NounsWithoutPersonName = ["user", "member", "consumer", "subscriber", "people", "contact", "holder"];

    /// <summary>Words after a person noun that make its identifier: <c>UserId</c>, <c>BuyerIdentityGuid</c>, <c>CustomerUuid</c>.</summary>
    private static readonly string[] IdentifierWords = ["id", "identifier", "identity", "identityguid", "guid", "uuid"];

    /// <summary>
    /// Records a person has exactly one of, whose id names the person: <c>UserRegistrationId</c>, <c>CustomerAccountId</c>,
    /// <c>MemberProfileId</c>.
    /// </summary>
    private static readonly string[] OwnRecordWords = ["registration", "account", "profile"];

    /// <summary>
    /// Sign-in services that give each person a key: <c>GovUkIdentifier</c>, <c>OneLoginId</c>, <c>AzureAdObjectId</c>,
    /// <c>GoogleId</c> name the person's account there, in a person's or a login's type (like an <c>ExternalId</c>).
    /// </summary>
    private static readonly string[] IdentityProviders =
    [
        "govuk", "onelogin", "azuread", "aad", "entra", "b2c", "okta", "auth0", "cognito", "keycloak", "google", "facebook",
        "apple", "microsoft", "github", "twitter", "linkedin",
    ];

    /// <summary>Words after a sign-in service that make its key for an account: <c>GovUkIdentifier</c>, <c>AzureAdObjectId</c>, <c>OktaUserId</c>.</summary>
    private static readonly string[] ProviderKeyWords = ["id", "identifier", "userid", "subject", "subjectid", "objectid", "accountid"];

    /// <summary>The name table: English, Russian transliteration (as developers write it) and Cyrillic.</summary>
    public static ImmutableArray<Entry> Entries { get; } =
    [
        // Email.
        new("email", "Email", TextOnly | Shapes.MailAddress),
        new("emailaddress", "Email", TextOnly | Shapes.MailAddress),
        new("mailaddress", "Email", TextOnly | Shapes.MailAddress),
        // Message headers: the sender's and recipients' addresses are emails, not postal addresses.
        new("fromaddress", "Email", TextOnly | Shapes.MailAddress),
        new("toaddress", "Email", TextOnly | Shapes.MailAddress),
        new("replytoaddress", "Email", TextOnly | Shapes.MailAddress),
        new("senderaddress", "Email", TextOnly | Shapes.MailAddress),
        new("ccaddress", "Email", TextOnly | Shapes.MailAddress),
        new("bccaddress", "Email", TextOnly | Shapes.MailAddress),
        // Whom a message goes to, by the channel: EmailRecipients, SmsRecipients (their addresses and numbers).
        new("emailrecipient", "Email", TextOnly | Shapes.MailAddress),
        new("mailrecipient", "Email", TextOnly | Shapes.MailAddress),
        // A message's recipients, bare: QueuedEmail.To, MailMessage.Cc (the sender, From, is the operator's mailbox).
        new("to", "Email", TextOnly | Shapes.MailAddress, Context.MessageType),
        new("cc", "Email", TextOnly | Shapes.MailAddress, Context.MessageType),
        new("bcc", "Email", TextOnly | Shapes.MailAddress, Context.MessageType),
        new("replyto", "Email", TextOnly | Shapes.MailAddress, Context.MessageType),
        new("pochta", "Email", TextOnly),
        new("почта", "Email", TextOnly),

        // Phone.
        new("phone", "Phone", TextOrNumber),
        new("telephone", "Phone", TextOrNumber),
        new("tel", "Phone", TextOrNumber),
        new("mobile", "Phone", TextOrNumber),
        new("mobilephone", "Phone", TextOrNumber),
        new("cellphone", "Phone", TextOrNumber),
        new("msisdn", "Phone", TextOrNumber),
        // The two ends of a call in a call detail record: both are subscribers' numbers.
        new("callernumber", "Phone", TextOrNumber),
        new("callednumber", "Phone", TextOrNumber),
        new("callingnumber", "Phone", TextOrNumber),
        new("calleenumber", "Phone", TextOrNumber),
        new("dialednumber", "Phone", TextOrNumber),
        new("diallednumber", "Phone", TextOrNumber),
        new("callerid", "Phone", TextOrNumber),
        new("fax", "Phone", TextOrNumber),
        new("pagernumber", "Phone", TextOrNumber),
        new("telefax", "Phone", TextOrNumber),
        new("telefon", "Phone", TextOrNumber),
        new("telefona", "Phone", TextOrNumber),
        new("smsrecipient", "Phone", TextOrNumber),
        // The number text messages go to (NotificationSettings.SmsNumber, Profile.TextNumber).
        new("smsnumber", "Phone", TextOrNumber),
        new("textnumber", "Phone", TextOrNumber),
        new("phonerecipient", "Phone", TextOrNumber),
        new("телефон", "Phone", TextOrNumber),

        // Government identifiers: passport, SNILS, INN, SSN, national and tax ids, driving licence.
        new("passport", "GovernmentId", TextOrNumber),
        // A passport's machine-readable zone: its holder's name, number, nationality and birth date in two lines.
        new("mrz", "GovernmentId", TextOnly),
        new("mrzline", "GovernmentId", TextOnly),
        new("pasport", "GovernmentId", TextOrNumber),
        new("паспорт", "GovernmentId", TextOrNumber),
        new("snils", "GovernmentId", TextOrNumber),
        new("снилс", "GovernmentId", TextOrNumber),
        new("inn", "GovernmentId", TextOrNumber),
        new("инн", "GovernmentId", TextOrNumber),
        new("ssn", "GovernmentId", TextOrNumber),
        new("socialsecuritynumber", "GovernmentId", TextOrNumber),
        new("nationalid", "GovernmentId", TextOrNumber),
        new("taxid", "GovernmentId", TextOrNumber),
        new("taxpayerid", "GovernmentId", TextOrNumber),
        new("taxnumber", "GovernmentId", TextOrNumber),
        new("taxidentificationnumber", "GovernmentId", TextOrNumber),
        new("vatnumber", "GovernmentId", TextOrNumber),
        new("vatid", "GovernmentId", TextOrNumber),
        new("vatidentificationnumber", "GovernmentId", TextOrNumber),
        new("vatregistrationnumber", "GovernmentId", TextOrNumber),
        new("nationalinsurancenumber", "GovernmentId", TextOrNumber),
        new("nationalinsurance", "GovernmentId", TextOnly),
        // The numbers England's schools and colleges give a pupil or a learner for life (UPN, ULN).
        new("uniquepupilnumber", "GovernmentId", TextOnly),
        new("uniquelearnernumber", "GovernmentId", TextOrNumber),
        new("ninumber", "GovernmentId", TextOnly),
        // Its short form in UK payroll and benefits code (the HMRC NINO).
        new("nino", "GovernmentId", TextOnly),
        new("iddocumentnumber", "GovernmentId", TextOrNumber),
        new("identitydocumentnumber", "GovernmentId", TextOrNumber),
        new("polis", "GovernmentId", TextOrNumber),
        // Health and social insurance numbers a state gives each person: a province's personal health number (PHN),
        // the NHS number, Medicare and Medicaid numbers, Canada's social insurance number (SIN). A bare Sin is a sine as
        // often, so only in a record about a person.
        new("personalhealthnumber", "GovernmentId", TextOrNumber),
        new("healthnumber", "GovernmentId", TextOrNumber),
        new("healthcardnumber", "GovernmentId", TextOrNumber),
        new("healthinsurancenumber", "GovernmentId", TextOrNumber),
        new("insurancenumber", "GovernmentId", TextOrNumber),
        new("phn", "GovernmentId", TextOrNumber),
        new("nhsnumber", "GovernmentId", TextOrNumber),
        // The number a prison service gives a person in its custody (a NOMS number): it tells that they were convicted.
        new("prisonernumber", "GovernmentId", TextOrNumber, Sensitive: true),
        new("prisonerno", "GovernmentId", TextOrNumber, Sensitive: true),
        new("inmatenumber", "GovernmentId", TextOrNumber, Sensitive: true),
        new("offendernumber", "GovernmentId", TextOrNumber, Sensitive: true),
        new("nomsnumber", "GovernmentId", TextOrNumber, Sensitive: true),
        new("medicarenumber", "GovernmentId", TextOrNumber),
        new("medicaidnumber", "GovernmentId", TextOrNumber),
        new("socialinsurancenumber", "GovernmentId", TextOrNumber),
        new("sin", "GovernmentId", TextOnly, Context.PersonRecord),
        new("driverlicense", "GovernmentId", TextOrNumber),
        new("driverslicense", "GovernmentId", TextOrNumber),
        new("drivinglicence", "GovernmentId", TextOrNumber),
        new("driverslicence", "GovernmentId", TextOrNumber),
        new("driverlicence", "GovernmentId", TextOrNumber),
        new("drivinglicense", "GovernmentId", TextOrNumber),
        // A bare licence number in a record about a person is their driving or professional licence (a driver's sign-up);
        // a business's licence (a liquor licence, a trade licence) is the business's.
        new("licencenumber", "GovernmentId", TextOrNumber, Context.PersonRecord),
        new("licensenumber", "GovernmentId", TextOrNumber, Context.PersonRecord),
        // A driving licence's number stays a person's wherever it is kept, as the licence does.
        new("driverlicensenumber", "GovernmentId", TextOrNumber),
        new("driverslicensenumber", "GovernmentId", TextOrNumber),
        new("drivinglicensenumber", "GovernmentId", TextOrNumber),
        new("driverlicencenumber", "GovernmentId", TextOrNumber),
        new("driverslicencenumber", "GovernmentId", TextOrNumber),
        new("drivinglicencenumber", "GovernmentId", TextOrNumber),
        // An identity number or card in a record about a person (Contact.PrimaryIdNumber, Worker.IdCardNumber).
        new("idnumber", "GovernmentId", TextOrNumber, Context.PersonRecord),
        new("idcard", "GovernmentId", TextOrNumber, Context.PersonRecord),
        new("idcardnumber", "GovernmentId", TextOrNumber, Context.PersonRecord),
        // Where a person was born.
        new("birthplace", "Other", TextOnly),
        new("placeofbirth", "Other", TextOnly),
        new("countryofbirth", "Other", TextOnly),
        new("cityofbirth", "Other", TextOnly),
        new("documentnumber", "GovernmentId", TextOrNumber, Context.IdentityDocument),
        new("docnumber", "GovernmentId", TextOrNumber, Context.IdentityDocument),
        new("documentno", "GovernmentId", TextOrNumber, Context.IdentityDocument),
        // A vehicle's registration plate names its keeper wherever it is kept (a fine, a parking session, a driver's record).
        new("licenseplate", "Other", TextOnly),
        new("licenceplate", "Other", TextOnly),
        new("numberplate", "Other", TextOnly),
        // A pet's microchip number is registered to its keeper and names them, as a plate does.
        new("microchipnumber", "Other", TextOrNumber),
        new("microchipid", "Other", TextOrNumber),
        new("microchip", "Other", TextOnly),
        new("vehicleplate", "Other", TextOnly),
        new("platenumber", "Other", TextOnly),
        new("registrationplate", "Other", TextOnly),
        new("vehicleregistration", "Other", TextOnly),
        new("vehicleregistrationnumber", "Other", TextOnly),
        new("vehicleregistrationmark", "Other", TextOnly),
        new("carregistration", "Other", TextOnly),
        new("vrm", "Other", TextOnly),
        // A frequent flyer's or a loyalty scheme's member number identifies the member to the airline or the shop.
        new("frequentflyer", "Other", TextOrNumber),
        new("frequentflier", "Other", TextOrNumber),
        new("loyaltynumber", "Other", TextOrNumber),
        new("loyaltycardnumber", "Other", TextOrNumber),

        // Birth date.
        new("birthdate", "BirthDate", TextOrDate),
        // Also its parts, often stored as numbers: BirthDay, BirthMonth, DateOfBirthYear.
        new("birthday", "BirthDate", TextNumberOrDate),
        new("birthmonth", "BirthDate", TextNumberOrDate),
        // The year alone is a birth date coarsened to an age band's precision, as dob.Year is: to mark, no source.
        new("birthyear", "BirthDate", TextNumberOrDate, DiscoveryOnly: true),
        new("dayofbirth", "BirthDate", TextNumberOrDate),
        new("monthofbirth", "BirthDate", TextNumberOrDate),
        new("yearofbirth", "BirthDate", TextNumberOrDate, DiscoveryOnly: true),
        new("dateofbirthday", "BirthDate", TextNumberOrDate),
        new("dateofbirthmonth", "BirthDate", TextNumberOrDate),
        new("dateofbirthyear", "BirthDate", TextNumberOrDate, DiscoveryOnly: true),
        new("dateofbirth", "BirthDate", TextOrDate),
        new("dob", "BirthDate", TextOrDate),
        new("datarozhdeniya", "BirthDate", TextOrDate),
        new("datarozhdenia", "BirthDate", TextOrDate),
        new("datarojdeniya", "BirthDate", TextOrDate),
        new("датарождения", "BirthDate", TextOrDate),

        // Postal address.
        new("address", "PostalAddress", TextOnly, Context.PostalAddress),
        new("adres", "PostalAddress", TextOnly, Context.PostalAddress),
        new("адрес", "PostalAddress", TextOnly, Context.PostalAddress),
        new("postaladdress", "PostalAddress", TextOnly),
        new("homeaddress", "PostalAddress", TextOnly),
        new("streetaddress", "PostalAddress", TextOnly),
        new("street", "PostalAddress", TextOnly),
        new("zipcode", "PostalAddress", TextOrNumber),
        new("postcode", "PostalAddress", TextOrNumber),
        new("postalcode", "PostalAddress", TextOrNumber),
        // A bare zip is an archive as often as a postal code: an address part only beside an address or a person.
        new("zip", "PostalAddress", TextOrNumber, Context.AddressPart),
        // The key of an address record (Order.ShippingAddressId, UserAddress.AddressId): it points at where someone lives.
        // For discovery only, like a person's key: a row's key is what applications log instead of the address.
        new("addressid", "PostalAddress", Identifier, DiscoveryOnly: true),
        // An area shared by thousands (a country, a state, a region, a district; a city and a town below) identifies no
        // one alone: PII006 asks about it as part of an address, inference makes it no source. The street, the house,
        // the whole address, the postal code and coordinates stay sources: a postal code narrows a person down to a
        // few streets, and with a birth date most people to one.
        new("country", "PostalAddress", TextOnly, Context.AddressPart, DiscoveryOnly: true),
        new("countrycode", "PostalAddress", TextOnly, Context.AddressPart, DiscoveryOnly: true),
        new("state", "PostalAddress", TextOnly, Context.AddressPart, DiscoveryOnly: true),
        new("statecode", "PostalAddress", TextOnly, Context.AddressPart, DiscoveryOnly: true),
        new("province", "PostalAddress", TextOnly, Context.AddressPart, DiscoveryOnly: true),
        new("region", "PostalAddress", TextOnly, Context.AddressPart, DiscoveryOnly: true),
        new("county", "PostalAddress", TextOnly, Context.AddressPart, DiscoveryOnly: true),
        new("district", "PostalAddress", TextOnly, Context.AddressPart, DiscoveryOnly: true),
        new("neighborhood", "PostalAddress", TextOnly, Context.AddressPart, DiscoveryOnly: true),
        new("neighbourhood", "PostalAddress", TextOnly, Context.AddressPart, DiscoveryOnly: true),
        new("suburb", "PostalAddress", TextOnly, Context.AddressPart, DiscoveryOnly: true),
        // A community (a town or a First Nation's reserve, as Canadian registers name it) beside an address or a person.
        new("community", "City", TextOnly, Context.AddressPart, DiscoveryOnly: true),
        // A municipality (a town or a rural district, as land registers and Canadian addresses name it) beside an address.
        new("municipality", "City", TextOnly, Context.AddressPart, DiscoveryOnly: true),
        new("communitycode", "City", TextOnly, Context.AddressPart, DiscoveryOnly: true),
        new("line", "PostalAddress", TextOnly, Context.AddressType),
        // A property's unique reference number (the UK's UPRN): one dwelling, as precise as the street and house, but a
        // bare acronym: an address part only beside an address or in a person's or an address's type.
        new("uprn", "PostalAddress", TextOrNumber, Context.AddressPart),
        // A bare postal code and a province-or-state, as address records shorten them (Address.Postal, Address.ProvState).
        new("postal", "PostalAddress", TextOrNumber, Context.AddressPart),
        new("provstate", "PostalAddress", TextOnly, Context.AddressPart, DiscoveryOnly: true),

        // Names. A first, last or middle name is a person's wherever it appears (a type, a file or a category has a
        // name or a full name, never a first name).
        new("lastname", "LastName", TextOnly),
        new("surname", "LastName", TextOnly),
        new("familyname", "LastName", TextOnly, Context.PersonName),
        new("familiya", "LastName", TextOnly, Context.PersonName),
        new("familia", "LastName", TextOnly, Context.PersonName),
        new("фамилия", "LastName", TextOnly, Context.PersonName),
        new("firstname", "FirstName", TextOnly),
        new("givenname", "FirstName", TextOnly),
        new("forename", "FirstName", TextOnly),
        new("given", "FirstName", TextOnly, Context.NameType),
        new("first", "FirstName", TextOnly, Context.NameType),
        new("family", "LastName", TextOnly, Context.NameType),
        new("last", "LastName", TextOnly, Context.NameType),
        new("middle", "MiddleName", TextOnly, Context.NameType),
        new("imya", "FirstName", TextOnly, Context.PersonName),
        new("имя", "FirstName", TextOnly, Context.PersonName),
        new("middlename", "MiddleName", TextOnly),
        new("patronymic", "MiddleName", TextOnly),
        new("otchestvo", "MiddleName", TextOnly),
        // Further given names and an initial: a legal name's SecondName and ThirdName, a MiddleInitial.
        new("secondname", "MiddleName", TextOnly, Context.PersonName),
        new("thirdname", "MiddleName", TextOnly, Context.PersonName),
        new("middleinitial", "MiddleName", TextOnly),
        // The part after or before a person's name (Jr., III; Dr.), in a person's type: a file's or a key's suffix is no one's.
        new("namesuffix", "FullName", TextOnly, Context.PersonAttribute),
        new("suffix", "FullName", TextOnly, Context.PersonAttribute),
        new("nameprefix", "Other", TextOnly, Context.PersonAttribute),
        new("prefix", "Other", TextOnly, Context.PersonAttribute),
        new("отчество", "MiddleName", TextOnly),
        new("fullname", "FullName", TextOnly, Context.PersonName),
        new("fio", "FullName", TextOnly),
        // A person's initials, in a person's type (a product's or a column's initials are no one's): to mark, but what a
        // name is masked to (Redact.Initials(name)), so no source.
        new("initials", "FullName", TextOnly, Context.PersonType, DiscoveryOnly: true),
        // A name qualified by the person's role in a purchase or an account (a person noun and "name" is the index's:
        // BuyerName, CardholderName).
        new("contactname", "FullName", TextOnly),
        new("holdername", "FullName", TextOnly),
        new("cardholder", "FullName", TextOnly),
        new("nameoncard", "FullName", TextOnly),
        // The name a signer prints under a signature (a delivery's proof, a consent form).
        new("printedname", "FullName", TextOnly),
        new("accountholder", "FullName", TextOnly),
        new("cardname", "FullName", TextOnly, Context.NextToCard),
        // A message's recipient and a person who sends one (a gift's sender writing to a friend), bare: QueuedEmail.ToName.
        new("toname", "FullName", TextOnly, Context.MessageType),
        new("replytoname", "FullName", TextOnly, Context.MessageType),
        new("sendername", "FullName", TextOnly, Context.MessageType),
        new("фио", "FullName", TextOnly),
        // A bare name, or the person noun itself as text (a checkout's Buyer), in a type that names a person.
        new("name", "FullName", TextOnly, Context.PersonType),
        // What the application shows for a person: User.DisplayName (a bare one, in a person's type or next to the full name).
        new("displayname", "FullName", TextOnly, Context.PersonType),
        new("buyer", "FullName", TextOnly),
        new("customer", "FullName", TextOnly),
        new("payer", "FullName", TextOnly),
        new("payee", "FullName", TextOnly),
        new("purchaser", "FullName", TextOnly),
        new("approver", "FullName", TextOnly),

        // A person's picture: a profile's or an avatar always, a bare image or photo in a person's type (User.ImageUrl).
        new("avatar", "Other", TextOnly),
        new("avatarurl", "Other", TextOnly),
        new("profilepicture", "Other", TextOnly),
        new("profilepictureurl", "Other", TextOnly),
        new("profileimage", "Other", TextOnly),
        new("profileimageurl", "Other", TextOnly),
        new("profilephoto", "Other", TextOnly),
        new("profilephotourl", "Other", TextOnly),
        new("photo", "Other", TextOnly, Context.PersonType),
        new("photourl", "Other", TextOnly, Context.PersonType),
        new("picture", "Other", TextOnly, Context.PersonType),
        new("pictureurl", "Other", TextOnly, Context.PersonType),
        new("image", "Other", TextOnly, Context.PersonType),
        new("imageurl", "Other", TextOnly, Context.PersonType),
        // A person's icon is their picture (Member.IconUrl); a product's or an organization's icon is a logo.
        new("icon", "Other", TextOnly, Context.PersonType),
        new("iconurl", "Other", TextOnly, Context.PersonType),
        // A person's thumbnail is their picture (PlexUser.Thumb); a movie's is a poster.
        new("thumb", "Other", TextOnly, Context.PersonType),
        new("thumburl", "Other", TextOnly, Context.PersonType),
        new("thumbnail", "Other", TextOnly, Context.PersonType),
        new("thumbnailurl", "Other", TextOnly, Context.PersonType),

        // A form of address reveals the gender (Mr, Mrs), a job title the person's work: personal in a person's type
        // (Contact.Salutation, Employee.JobTitle), a vacancy's or a search's job title describes nobody.
        new("salutation", "Other", TextOnly, Context.PersonAttribute),
        new("jobtitle", "Other", TextOnly, Context.PersonAttribute),
        new("jobposition", "Other", TextOnly, Context.PersonAttribute),
        new("position", "Other", TextOnly, Context.PersonAttribute),
        // What a person does for a living, in a record about a person (a land title's owner: TitleOwner.OccupationDescription).
        new("occupation", "Other", TextOnly, Context.PersonRecord),
        new("occupationdescription", "Other", TextOnly, Context.PersonRecord),
        // What someone wrote about the person in the person's own record (Person.Comment, User.Note): free text, so for
        // discovery only, not a source.
        new("comment", "Other", TextOnly, Context.PersonAttribute, DiscoveryOnly: true),
        new("comments", "Other", TextOnly, Context.PersonAttribute, DiscoveryOnly: true),
        new("note", "Other", TextOnly, Context.PersonAttribute, DiscoveryOnly: true),
        new("notes", "Other", TextOnly, Context.PersonAttribute, DiscoveryOnly: true),
        new("remarks", "Other", TextOnly, Context.PersonAttribute, DiscoveryOnly: true),
        new("content", "Other", TextOnly, Context.PersonAttribute, DiscoveryOnly: true),
        new("aboutme", "Other", TextOnly, Context.PersonAttribute, DiscoveryOnly: true),
        new("bio", "Other", TextOnly, Context.PersonAttribute, DiscoveryOnly: true),
        new("biography", "Other", TextOnly, Context.PersonAttribute, DiscoveryOnly: true),
        new("message", "Other", TextOnly, Context.PersonAttribute, DiscoveryOnly: true),
        // The browser a person's visit or session came from, in their own record (Visitor.UserAgent).
        new("useragent", "OnlineIdentifier", TextOnly, Context.PersonAttribute),
        // A way to reach someone held as one text (a phone or an e-mail: ContactMethodValue, ContactInfo).
        new("contactmethodvalue", "Other", TextOnly),
        new("contactinfo", "Other", TextOnly),
        new("contactinformation", "Other", TextOnly),
        new("contactdetails", "Other", TextOnly),
        // A person's title is a form of address, a job title or the name an account shows (PlexUser.Title); a
        // document's, a movie's or a notification's title is theirs.
        new("title", "Other", TextOnly, Context.PersonAttribute),

        // The user recorded on a record by name: who created or last changed it (NoteEntity.ModifierName).
        new("modifiername", "FullName", TextOnly),
        // The name a user's account shows, recorded as who last changed a record (with "by", see ActorTextEntry).
        new("lastmodifieddisplayname", "FullName", TextOnly),
        // A game's or a team's player by name (a gamer tag or an athlete's name).
        new("playername", "FullName", TextOnly),
        // A ride's driver and rider by name (a database's or a printer's driver is no person).
        new("drivername", "FullName", TextOnly, Context.PersonName),
        new("ridername", "FullName", TextOnly, Context.PersonName),
        new("updatedbyname", "FullName", TextOnly),

        // Seed-policy kinds of job applicants (§1.1.2).
        new("salary", "SalaryExpectation", TextOrNumber),
        new("desiredsalary", "SalaryExpectation", TextOrNumber),
        new("expectedsalary", "SalaryExpectation", TextOrNumber),
        new("salaryexpectation", "SalaryExpectation", TextOrNumber),
        new("zarplata", "SalaryExpectation", TextOrNumber),
        new("зарплата", "SalaryExpectation", TextOrNumber),
        new("maritalstatus", "FamilyStatus", TextOnly),
        // What a person earns (a rental or a loan application's Income, AnnualIncome), in a record about a person: a
        // company's income is its revenue.
        new("income", "Other", TextOrNumber, Context.PersonRecord),
        // A credit bureau's score of a person (a loan applicant's); a company's is its credit rating.
        new("creditscore", "Other", TextOrNumber),
        // What a school or a carer records about a child's or an adult's protection.
        new("safeguardingnotes", "Other", TextOnly),
        new("safeguardingnote", "Other", TextOnly),
        new("safeguardingconcern", "Other", TextOnly),
        new("safeguardingconcerns", "Other", TextOnly),
        new("safeguardingdetails", "Other", TextOnly),
        // A gender is a person's only in a person's type: a product feed's Gender is the clothes' target group.
        // Stored as text, a number or an enum (Gender? Gender): the type or its neighbours say whether a person's.
        new("gender", "Other", TextOnly | Shapes.Number | Shapes.Enum, Context.PersonType),
        // A person's sex, as a gender is stored (an animal's sex is no one's: only in a person's type or beside a special
        // category); a gender identity names nothing else. SexOffender, SexAtBirth are no entry: nothing refines them.
        new("sex", "Other", TextOnly | Shapes.Number | Shapes.Enum, Context.PersonType),
        new("genderidentity", "Other", TextOnly | Shapes.Enum),
        // The date a person died: a register's record of the dead is still about a person (and their relatives).
        new("dateofdeath", "Other", TextOrDate),
        new("deathdate", "Other", TextOrDate),
        // Why a person died, as a death certificate says it.
        new("causeofdeath", "Health", TextOnly),
        new("familystatus", "FamilyStatus", TextOnly),
        // A city or a town is an area, like a country (see the address parts above): discovery only.
        new("city", "City", TextOnly, Context.PostalAddress, DiscoveryOnly: true),
        new("gorod", "City", TextOnly, DiscoveryOnly: true),
        new("town", "City", TextOnly, Context.AddressPart, DiscoveryOnly: true),

        // Special categories (152-FZ art. 10, 11): the fix writes [SensitivePii] or [BiometricPii] for these kinds.
        new("diagnosis", "Health", TextOnly),
        new("medicalhistory", "Health", TextOnly),
        // What a clinician writes of a patient and why the patient came (a dentist's, a therapist's notes).
        new("clinicalnotes", "Health", TextOnly),
        new("clinicalnote", "Health", TextOnly),
        new("medicalnotes", "Health", TextOnly),
        new("treatmentnotes", "Health", TextOnly),
        new("therapynotes", "Health", TextOnly),
        new("consultationnotes", "Health", TextOnly),
        new("presentingissue", "Health", TextOnly),
        new("presentingproblem", "Health", TextOnly),
        new("presentingcomplaint", "Health", TextOnly),
        // What a caller or a patient says is wrong, first (an ambulance call's, an emergency department's).
        new("chiefcomplaint", "Health", TextOnly),
        // How a person rates their own mood, asked by a therapist or a well-being app.
        new("moodscore", "Health", TextOrNumber),
        new("moodrating", "Health", TextOrNumber),
        new("bloodtype", "Health", TextOnly),
        new("bloodgroup", "Health", TextOnly),
        new("disability", "Health", TextOnly),
        new("disabilities", "Health", TextOnly),
        new("diagnoz", "Health", TextOnly),
        new("диагноз", "Health", TextOnly),
        new("fingerprint", "Biometric", TextOnly, Context.Biometric),
        // What a biometric reader keeps of a finger, a face or a voice to match it again.
        new("fingerprinttemplate", "Biometric", TextOnly),
        new("biometrictemplate", "Biometric", TextOnly),
        new("facetemplate", "Biometric", TextOnly),
        new("faceprint", "Biometric", TextOnly),
        new("voiceprint", "Biometric", TextOnly),
        // The vector a face recognizer matches a face by (float[] FaceEmbedding, a face encoding or descriptor).
        new("faceembedding", "Biometric", TextOnly | Shapes.Real),
        new("faceencoding", "Biometric", TextOnly | Shapes.Real),
        new("facedescriptor", "Biometric", TextOnly | Shapes.Real),
        new("facevector", "Biometric", TextOnly | Shapes.Real),
        new("medical", "Health", TextOnly),
        new("medicalrecord", "Health", TextOrNumber),
        new("medicalcondition", "Health", TextOnly),
        new("medicalconditions", "Health", TextOnly),
        new("healthcondition", "Health", TextOnly),
        new("healthconditions", "Health", TextOnly),
        new("healthneeds", "Health", TextOnly),
        // Help a passenger or a visitor needs for a condition (an airline's special assistance).
        new("medicalassistance", "Health", TextOnly),
        new("medicalneeds", "Health", TextOnly),
        new("medicalrecordnumber", "Health", TextOrNumber),
        new("mrn", "Health", TextOrNumber),
        new("prescription", "Health", TextOnly),
        // The drugs a person takes and what they were diagnosed with (Patient.Medications, Patient.Diagnoses): a drug
        // catalogue's MedicationName is a name, not the entry.
        new("medication", "Health", TextOnly),
        new("diagnoses", "Health", TextOnly),
        // What a person reports feeling, and a diagnosis named by its disease (HivStatus: "status" only says how it is recorded).
        new("symptom", "Health", TextOnly),
        new("hiv", "Health", TextOnly),
        new("healthstatus", "Health", TextOnly),
        new("allergies", "Health", TextOnly),
        new("allergy", "Health", TextOnly),
        // What a person needs because of a disability (an attendee's AccessibilityNeedsForEvent): a venue states its access.
        new("accessibilityneeds", "Health", TextOnly),
        new("accessibilityrequirements", "Health", TextOnly),
        new("specialneeds", "Health", TextOnly),
        // A pupil's special educational needs (SEN, SEND): a learning difficulty or a disability.
        new("specialeducationalneeds", "Health", TextOnly),
        new("specialeducationalneed", "Health", TextOnly),
        new("senneed", "Health", TextOnly),
        new("senneeds", "Health", TextOnly),
        new("sendneeds", "Health", TextOnly),
        // What a person may not eat: it tells an allergy or a condition, or a faith.
        new("dietaryrequirements", "Health", TextOnly),
        new("dietaryneeds", "Health", TextOnly),
        new("dietaryrestrictions", "Health", TextOnly),
        new("dietarynotes", "Health", TextOnly),
        new("dietaryinfo", "Health", TextOnly),
        // The care a person receives at home or in a home, as written down for their carers.
        new("careplan", "Health", TextOnly),
        // The code of the key safe at a person's door: who has it can walk into their home.
        new("keysafecode", "Other", TextOrNumber),
        new("keysafe", "Other", TextOnly),
        // Vital signs and body measures: a reading says how a person's body is (HeartRate, Systolic, BloodGlucose). A bare
        // Pulse, Temperature or Weight is as often a service's or a parcel's: no entry.
        new("heartrate", "Health", Vital),
        new("pulserate", "Health", Vital),
        new("bloodpressure", "Health", Vital),
        new("systolic", "Health", Vital),
        new("diastolic", "Health", Vital),
        new("bloodglucose", "Health", Vital),
        new("bloodsugar", "Health", Vital),
        new("oxygensaturation", "Health", Vital),
        new("spo2", "Health", Vital),
        new("respiratoryrate", "Health", Vital),
        new("bodytemperature", "Health", Vital),
        new("bodymassindex", "Health", Vital),
        new("bmi", "Health", Vital),
        // How a person slept, as a wearable records it.
        new("sleepminutes", "Health", Vital),
        new("sleephours", "Health", Vital),
        new("sleepscore", "Health", Vital),
        new("sleepquality", "Health", Vital),
        // An injury, an illness, a sick leave: what a claim or an absence says of a person's body.
        new("injury", "Health", TextOnly),
        new("injuries", "Health", TextOnly),
        new("illness", "Health", TextOnly),
        new("sickness", "Health", TextOnly),
        new("sickleave", "Health", TextOnly),
        // Why a pupil or an employee was away: an illness as often as not.
        new("absencereason", "Other", TextOnly),

        // The other special categories (152-FZ art. 10, GDPR art. 9 and 10): words that name nothing else in code. A
        // race is a contest's as often, a nationality a country's demonym: those two only in a person's type. Stored as
        // text or as an enum named after them (Religion? Religion).
        new("religion", "Other", TextOnly | Shapes.Enum, Sensitive: true),
        new("religiousbelief", "Other", TextOnly, Sensitive: true),
        new("religiousbeliefs", "Other", TextOnly, Sensitive: true),
        new("faith", "Other", TextOnly, Context.PersonAttribute, Sensitive: true),
        new("veroispovedanie", "Other", TextOnly, Sensitive: true),
        new("вероисповедание", "Other", TextOnly, Sensitive: true),
        new("ethnicity", "Other", TextOnly | Shapes.Enum, Sensitive: true),
        // An ethnic group, sub group or background (EthnicGroup, EthnicSubGroup, OtherEthnicBackground): the words
        // after it only refine it (see CategoryRefinements).
        new("ethnic", "Other", TextOnly | Shapes.Enum, Sensitive: true),
        new("ethnicorigin", "Other", TextOnly | Shapes.Enum, Sensitive: true),
        new("racialorigin", "Other", TextOnly | Shapes.Enum, Sensitive: true),
        new("race", "Other", TextOnly | Shapes.Enum, Context.PersonAttribute, Sensitive: true),
        new("nationality", "Other", TextOnly | Shapes.Enum, Context.PersonAttribute, Sensitive: true),
        new("natsionalnost", "Other", TextOnly, Sensitive: true),
        new("национальность", "Other", TextOnly, Sensitive: true),
        new("politicalview", "Other", TextOnly, Sensitive: true),
        new("politicalviews", "Other", TextOnly, Sensitive: true),
        new("politicalopinion", "Other", TextOnly, Sensitive: true),
        new("politicalopinions", "Other", TextOnly, Sensitive: true),
        new("politicalaffiliation", "Other", TextOnly, Sensitive: true),
        new("politicalparty", "Other", TextOnly, Context.PersonAttribute, Sensitive: true),
        // How a person says they will vote, or which party they back: a political opinion.
        new("votingintention", "Other", TextOnly | Shapes.Enum, Sensitive: true),
        new("votingintentions", "Other", TextOnly, Sensitive: true),
        new("voteintention", "Other", TextOnly | Shapes.Enum, Sensitive: true),
        new("partyaffiliation", "Other", TextOnly | Shapes.Enum, Sensitive: true),
        new("politicalleaning", "Other", TextOnly | Shapes.Enum, Sensitive: true),
        new("sexualorientation", "Other", TextOnly | Shapes.Enum, Sensitive: true),
        // Genetic data (GDPR art. 9): what a person's DNA test found.
        new("haplogroup", "Other", TextOnly, Sensitive: true),
        new("haplogroups", "Other", TextOnly, Sensitive: true),
        new("genotype", "Other", TextOnly, Sensitive: true),
        new("genotypes", "Other", TextOnly, Sensitive: true),
        new("geneticdata", "Other", TextOnly, Sensitive: true),
        new("geneticprofile", "Other", TextOnly, Sensitive: true),
        new("geneticmarkers", "Other", TextOnly, Sensitive: true),
        new("dnaprofile", "Other", TextOnly, Sensitive: true),
        new("dnasequence", "Other", TextOnly, Sensitive: true),
        new("rawdna", "Other", TextOnly, Sensitive: true),
        new("geneticscreening", "Other", TextOnly, Sensitive: true),
        new("genetictest", "Other", TextOnly, Sensitive: true),
        new("genetictesting", "Other", TextOnly, Sensitive: true),
        new("sexlife", "Other", TextOnly, Sensitive: true),
        new("criminalrecord", "Other", TextOnly, Sensitive: true),
        new("criminalhistory", "Other", TextOnly, Sensitive: true),
        new("criminalconvictions", "Other", TextOnly, Sensitive: true),
        // A criminal record check and its certificate (the UK's DBS check): what it found, its number, when it was issued.
        new("criminalrecordcheck", "Other", TextNumberOrDate, Sensitive: true),
        new("dbscheck", "Other", TextNumberOrDate, Sensitive: true),
        new("dbscertificate", "Other", TextNumberOrDate, Sensitive: true),
        new("convictions", "Other", TextOnly, Context.PersonAttribute, Sensitive: true),
        new("sudimost", "Other", TextOnly, Sensitive: true),
        new("судимость", "Other", TextOnly, Sensitive: true),
        new("tradeunion", "Other", TextOnly, Sensitive: true),
        new("tradeunionmembership", "Other", TextOnly, Sensitive: true),
        new("unionmembership", "Other", TextOnly, Sensitive: true),
        // Whose citizen a person is and whether they may stay and work: a person's standing with a state (stored as text or
        // an option's number). No special category: no [SensitivePii].
        new("citizenship", "Other", TextOrNumber),
        new("visastatus", "Other", TextOrNumber),
        new("immigrationstatus", "Other", TextOrNumber),

        // A person's life as a résumé or a personnel file states it (the seed policy's kinds of job applicants): the
        // plural and compound forms name nothing else; a bare education or a single hobby only in a person's type (a
        // shop's category is a hobby too).
        new("hobbies", "Hobbies", TextOnly),
        new("hobby", "Hobbies", TextOnly, Context.PersonAttribute),
        new("workhistory", "WorkHistory", TextOnly),
        new("employmenthistory", "WorkHistory", TextOnly),
        new("workexperience", "WorkHistory", TextOnly, Context.PersonAttribute),
        new("previousemployers", "WorkHistory", TextOnly),
        new("education", "Education", TextOnly, Context.PersonAttribute),
        // When a person graduated and in what: a cohort's or a course catalogue's otherwise (see Context.PersonRecord).
        new("graduationyear", "Education", TextNumberOrDate, Context.PersonRecord),
        new("graduationdate", "Education", TextNumberOrDate, Context.PersonRecord),
        new("yearofgraduation", "Education", TextNumberOrDate, Context.PersonRecord),
        new("degreesubject", "Education", TextOnly, Context.PersonRecord),
        new("childrennames", "Children", TextOnly),
        new("childnames", "Children", TextOnly),
        new("numberofchildren", "Children", TextOrNumber),
        new("childrencount", "Children", TextOrNumber, Context.PersonAttribute),
        // The people close to a person, named: a spouse's, a next of kin's, a mother's maiden name (a security answer).
        new("spousename", "FullName", TextOnly),
        new("nextofkin", "FullName", TextOnly),
        new("maidenname", "LastName", TextOnly),
        // A person's own name where a profile also has a shown one (a dating profile's RealName beside its Nickname).
        new("realname", "FullName", TextOnly),
        // Who wrote a post or a comment, as text: a person's name or user name. A theme's, a package's or a module's author
        // is a program artifact's attribution.
        new("author", "FullName", TextOnly, Context.PersonName),
        new("authors", "FullName", TextOnly, Context.PersonName),
        new("authorname", "FullName", TextOnly, Context.PersonName),
        new("mothersmaidenname", "LastName", TextOnly),

        // Geolocation: where the person is or was.
        new("latitude", "Location", Shapes.Real | Shapes.Text | Shapes.Number),
        new("longitude", "Location", Shapes.Real | Shapes.Text | Shapes.Number),
        new("geolocation", "Location", TextOnly),
        new("geoposition", "Location", TextOnly),
        // Where a person lives, as a point (a smart home's geofence centre, a carer's client).
        new("homelocation", "Location", TextOnly),
        new("homecoordinates", "Location", Shapes.Real | Shapes.Text),
        new("altitude", "Location", Shapes.Real | Shapes.Text | Shapes.Number),
        new("coordinates", "Location", Shapes.Real | Shapes.Text, Context.Geo),
        // Their short forms (Position.Lat, Lng, Lon): beside another part of a location or in a type about a place.
        new("lat", "Location", Shapes.Real | Shapes.Text | Shapes.Number, Context.Geo),
        new("lng", "Location", Shapes.Real | Shapes.Text | Shapes.Number, Context.Geo),
        new("lon", "Location", Shapes.Real | Shapes.Text | Shapes.Number, Context.Geo),
        // Grid coordinates (a national grid's easting and northing): a place's only beside other parts of a location or in
        // a type about a person or a position, like Coordinates.
        new("easting", "Location", Shapes.Real | Shapes.Text | Shapes.Number, Context.Geo),
        new("northing", "Location", Shapes.Real | Shapes.Text | Shapes.Number, Context.Geo),

        // Work: the employer or workplace identifies the person together with a name, in a record about a person or a job they held;
        // a vacancy's, a listing's or an organisation's employer is the organisation itself (see Context.PersonRecord).
        // A person's CV or résumé as text, in a record about a person (Candidate.CvText); a job's resume is something else.
        new("cv", "WorkHistory", TextOnly, Context.PersonRecord),
        new("resume", "WorkHistory", TextOnly, Context.PersonRecord),
        new("employer", "Company", TextOnly, Context.PersonRecord),
        new("workplace", "Company", TextOnly, Context.PersonRecord),
        new("employername", "Company", TextOnly, Context.PersonRecord),
        new("mestoraboty", "Company", TextOnly, Context.PersonRecord),

        // Online identifiers.
        new("ip", "OnlineIdentifier", TextOnly | Shapes.IpAddress, Context.HostAddress),
        new("ipaddress", "OnlineIdentifier", TextOnly | Shapes.IpAddress, Context.HostAddress),
        new("clientip", "OnlineIdentifier", TextOnly | Shapes.IpAddress),
        new("remoteip", "OnlineIdentifier", TextOnly | Shapes.IpAddress),
        new("remoteendpoint", "OnlineIdentifier", TextOnly, Context.PersonsConnection),
        new("cookieid", "OnlineIdentifier", TextOnly),
        new("deviceid", "OnlineIdentifier", TextOnly),
        new("deviceidentifier", "OnlineIdentifier", TextOnly),
        // What a fraud or fair-play check fingerprints a visitor's browser or device by: it singles the person out.
        new("devicefingerprint", "OnlineIdentifier", TextOnly),
        new("browserfingerprint", "OnlineIdentifier", TextOnly),
        // A network card's hardware address: a phone's or a home device's identifies its owner to every network it joins
        // (a server's or a network's, named like an IP address of one, does not).
        new("macaddress", "OnlineIdentifier", TextOnly, Context.HostAddress),
        // A wearable's or a phone's Bluetooth address is a device's, and so its owner's, wherever it is kept.
        new("bluetoothmac", "OnlineIdentifier", TextOnly),
        new("bluetoothaddress", "OnlineIdentifier", TextOnly),
        // A paired device's serial number is as much its owner's as its id (a storage disk's is a machine's, below).
        new("deviceserial", "OnlineIdentifier", TextOrNumber),
        new("deviceserialnumber", "OnlineIdentifier", TextOrNumber),
        // A door key card's or an access card's number opens the holder's room or desk and names them at every door.
        new("keycardnumber", "Other", TextOrNumber),
        new("keycarduid", "Other", TextOrNumber),
        new("accesscardnumber", "Other", TextOrNumber),
        new("carduid", "Other", TextOrNumber),
        // What a person read, searched, watched or where they went, recorded over time: a profile of their life.
        new("browsinghistory", "Other", TextOnly),
        new("searchhistory", "Other", TextOnly),
        new("readinghistory", "Other", TextOnly),
        new("borrowinghistory", "Other", TextOnly),
        new("viewinghistory", "Other", TextOnly),
        new("watchhistory", "Other", TextOnly),
        new("listeninghistory", "Other", TextOnly),
        new("locationhistory", "Location", TextOnly),
        new("pushtoken", "OnlineIdentifier", TextOnly),
        new("devicetoken", "OnlineIdentifier", TextOnly),
        new("deviceregistrationtoken", "OnlineIdentifier", TextOnly),
        // A push service's address of a person's phone: Firebase's, Apple's and Google's tokens, OneSignal's player id.
        new("fcmtoken", "OnlineIdentifier", TextOnly),
        new("apnstoken", "OnlineIdentifier", TextOnly),
        new("gcmtoken", "OnlineIdentifier", TextOnly),
        new("playerid", "OnlineIdentifier", TextOnly | Shapes.Guid, Context.PushDevice),
        new("token", "OnlineIdentifier", TextOnly, Context.PushType),
        new("identifier", "OnlineIdentifier", TextOnly, Context.DeviceType),
        new("externalid", "OnlineIdentifier", TextOnly, Context.ExternalAccount, DiscoveryOnly: true),
        new("externalidentifier", "OnlineIdentifier", TextOnly, Context.ExternalAccount, DiscoveryOnly: true),
        // The id of a person's record in an outer system (an ERP's, a CRM's): Member.OuterId.
        new("outerid", "OnlineIdentifier", TextOnly, Context.ExternalAccount, DiscoveryOnly: true),
        // Who owns a record: a user (Organization.OwnerId, Document.OwnerId).
        new("ownerid", "OnlineIdentifier", TextOnly | Shapes.Guid, Context.Owner, DiscoveryOnly: true),
        // The name of whoever owns a record (a pet's owner), unless a program's part owns it or a neighbour says what kind.
        new("ownername", "FullName", TextOnly, Context.Owner),
        // What an external login shows of the person (an account name or an email at the provider).
        new("externaldisplayidentifier", "OnlineIdentifier", TextOnly, Context.ExternalAccount),
        // The person's key at an external login provider (ASP.NET Core Identity's UserLoginInfo.ProviderKey).
        new("providerkey", "OnlineIdentifier", TextOnly, Context.ExternalAccount, DiscoveryOnly: true),
        new("advertisingid", "OnlineIdentifier", TextOnly),
        new("imei", "OnlineIdentifier", TextOrNumber),
        // The subscriber identity a SIM card carries: a phone line's, so its subscriber's.
        new("imsi", "OnlineIdentifier", TextOrNumber),
        // A person's profile on a social network.
        new("linkedin", "OnlineIdentifier", TextOnly),
        new("linkedinurl", "OnlineIdentifier", TextOnly),
        new("linkedinprofile", "OnlineIdentifier", TextOnly),
        new("linkedinprofileurl", "OnlineIdentifier", TextOnly),
        new("twitterhandle", "OnlineIdentifier", TextOnly),
        new("instagramhandle", "OnlineIdentifier", TextOnly),
        new("username", "OnlineIdentifier", TextOnly, Context.PersonName),
        new("login", "OnlineIdentifier", TextOnly, Context.PersonName),
        new("userlogin", "OnlineIdentifier", TextOnly),
        // The name a person goes by instead of their own: a nickname anywhere but in code, an alias or a screen name
        // in a person's type or after a person or an agent (UserAlias, RequestedByAlias).
        new("nickname", "OnlineIdentifier", TextOnly, Context.PersonName),
        new("alias", "OnlineIdentifier", TextOnly, Context.PersonAlias),
        new("screenname", "OnlineIdentifier", TextOnly, Context.PersonAlias),
        new("handle", "OnlineIdentifier", TextOnly, Context.PersonAlias),

        // Financial accounts.
        new("cardnumber", "FinancialAccount", TextOrNumber),
        new("creditcard", "FinancialAccount", TextOrNumber),
        new("creditcardnumber", "FinancialAccount", TextOrNumber),
        new("iban", "FinancialAccount", TextOnly),
        new("accountnumber", "FinancialAccount", TextOrNumber),
        new("bankaccount", "FinancialAccount", TextOrNumber),
        // An insurance policy's number names the policyholder's contract: in a record that names a person (InsuranceForm
        // beside HolderName), or said outright. It is the insurer's reference for the holder, used as a customer number
        // is (on every letter, claim and log line), not an account that pays: the person's key, to mark only.
        new("insurancepolicynumber", "FinancialAccount", TextOrNumber, DiscoveryOnly: true),
        new("policynumber", "FinancialAccount", TextOrNumber, Context.PersonRecord, DiscoveryOnly: true),
        new("cvv", "FinancialAccount", TextOrNumber),
        new("cvc", "FinancialAccount", TextOrNumber),
        new("cvv2", "FinancialAccount", TextOrNumber),
        new("securitycode", "FinancialAccount", TextOrNumber),
        new("cardsecuritycode", "FinancialAccount", TextOrNumber),
        new("cardexpiration", "FinancialAccount", TextOrDate, DiscoveryOnly: true),
        new("nomerkarty", "FinancialAccount", TextOrNumber),
        new("cardsecuritynumber", "FinancialAccount", TextOrNumber),
        new("cardcode", "FinancialAccount", TextOrNumber, Context.NextToCard),
        new("securitynumber", "FinancialAccount", TextOrNumber, Context.CardPart),
        // A card's expiry is cardholder data to protect beside its number, but alone (beside a masked number) it
        // identifies no one: discovery only, no source for inference, like a city.
        new("expiration", "FinancialAccount", TextNumberOrDate, Context.CardPart, DiscoveryOnly: true),
        new("expirationdate", "FinancialAccount", TextNumberOrDate, Context.CardPart, DiscoveryOnly: true),
        new("expirationmonth", "FinancialAccount", TextNumberOrDate, Context.CardPart, DiscoveryOnly: true),
        new("expirationyear", "FinancialAccount", TextNumberOrDate, Context.CardPart, DiscoveryOnly: true),
        new("expiry", "FinancialAccount", TextNumberOrDate, Context.CardPart, DiscoveryOnly: true),
        new("expirydate", "FinancialAccount", TextNumberOrDate, Context.CardPart, DiscoveryOnly: true),
        new("expmonth", "FinancialAccount", TextNumberOrDate, Context.CardPart, DiscoveryOnly: true),
        new("expiremonth", "FinancialAccount", TextNumberOrDate, Context.CardPart, DiscoveryOnly: true),
        new("expireyear", "FinancialAccount", TextNumberOrDate, Context.CardPart, DiscoveryOnly: true),
        new("expyear", "FinancialAccount", TextNumberOrDate, Context.CardPart, DiscoveryOnly: true),

        // The identity-provider subject of a person's type (Buyer.IdentityGuid). A bare Id is the row's key, which
        // the application logs and links by: too common to be a useful source.
        new("identityguid", "OnlineIdentifier", Identifier, Context.PersonType, DiscoveryOnly: true),
        // The id of a person's signed-in session (UserSession.SessionId): an online identifier of theirs, to mark; a
        // session id is logged to correlate requests, so it is no source for the flow rules.
        new("sessionid", "OnlineIdentifier", TextOnly | Shapes.Guid, Context.PersonsConnection, DiscoveryOnly: true),
        // What a person is known by to the application, as text (an error report's UserInfo.Identity: an e-mail or a login).
        new("identity", "OnlineIdentifier", TextOnly, Context.PersonType),
        // The subject (sub claim) an identity provider gives a person's account: OneLoginUser.Subject, UserSubject.
        new("subject", "OnlineIdentifier", TextOnly | Shapes.Guid, Context.AccountSubject, DiscoveryOnly: true),
        new("subjectid", "OnlineIdentifier", TextOnly | Shapes.Guid, Context.AccountSubject, DiscoveryOnly: true),

        // A person's secret: relates to the person and opens their account (a database's or a mail server's does not).
        new("password", "Other", TextOnly, Context.Credential),
        new("passwd", "Other", TextOnly, Context.Credential),
        new("pwd", "Other", TextOnly, Context.Credential),
        new("pw", "Other", TextOnly, Context.PersonPassword),
        new("currentpw", "Other", TextOnly, Context.PersonPassword),
        new("newpw", "Other", TextOnly, Context.PersonPassword),
        new("oldpw", "Other", TextOnly, Context.PersonPassword),
        new("passphrase", "Other", TextOnly, Context.Credential),
        new("passcode", "Other", TextOnly, Context.Credential),
        // A PIN a person opens something of theirs with (a keycard's, a card's): a secret, like a password. A bare one only in
        // a person's or a sign-in's type; a pin code is a postal code in India, so it stays out.
        new("pin", "Other", TextOnly, Context.PersonPassword),
        new("pinnumber", "Other", TextOnly, Context.Credential),
        new("accesspin", "Other", TextOnly, Context.Credential),
        // A secret a person chose to prove who they are: the answer to a security question, a security phrase.
        new("securityanswer", "Other", TextOnly, Context.Credential),
        new("secretanswer", "Other", TextOnly, Context.Credential),
        new("securityphrase", "Other", TextOnly, Context.Credential),
        new("secretphrase", "Other", TextOnly, Context.Credential),
        new("passwordhash", "Other", TextOnly, Context.Credential),
        new("passwordsalt", "Other", TextOnly, Context.Credential),
        // A second factor a person receives or holds (User.TwoFactorCode, a TOTP secret).
        new("twofactorcode", "Other", TextOnly, Context.Credential),
        new("twofactorsecret", "Other", TextOnly, Context.Credential),
        new("totpsecret", "Other", TextOnly, Context.Credential),
        // A one-time code sent to a person, or the seed of their authenticator app: opens their account for a while.
        new("otp", "Other", TextOnly, Context.Credential),
        new("otpcode", "Other", TextOnly, Context.Credential),
        new("otpkey", "Other", TextOnly, Context.Credential),
        new("otpsecret", "Other", TextOnly, Context.Credential),
        new("onetimecode", "Other", TextOnly, Context.Credential),
        new("onetimepassword", "Other", TextOnly, Context.Credential),
        // A person's refresh token (or its hash) keeps their session alive: it opens their account like a password.
        // Only in a person's own type: an OAuth grant's or an integration's refresh token is a system's.
        new("refreshtoken", "Other", TextOnly, Context.PersonAttribute),
        new("refreshtokenhash", "Other", TextOnly, Context.PersonAttribute),
        new("parol", "Other", TextOnly, Context.Credential),
        new("пароль", "Other", TextOnly, Context.Credential),
    ];

    /// <summary>Words after a match that only refine it: <c>PhoneNumber</c>, <c>AddressLine1</c>, <c>PassportSeries</c>.</summary>
    private static readonly HashSet<string> Refinements =
    [
        "number", "num", "no", "nr", "value", "raw", "text", "str", "string", "line", "full", "series",
        "digits", "primary", "secondary", "personal", "private", "home", "work", "mobile", "normalized", "main",
        // Numbered lines of an address spelled out: StreetOne, AddressLineTwo.
        "one", "two", "three", "four",
        "formatted", "nomer", "seriya", "seria", "номер", "серия", "prozhivaniya", "registracii", "registratsii",
        // The E.164 form of a phone number (PhoneNumberE164 splits into phone, number, e, 164).
        "e",
    ];

    /// <summary>The entries of a person's picture, which a file's name or path only refines.</summary>
    private static readonly HashSet<string> PictureEntries =
    [
        "avatar", "profilepicture", "profileimage", "profilephoto", "photo", "picture", "image", "icon", "thumb", "thumbnail",
    ];

    /// <summary>
    /// Words after a special category that say how it is recorded, not what it is (<c>DisabilityStatus</c>,
    /// <c>EthnicityAnswer</c>, <c>DbsCertificateIssuedAt</c>, <c>DisabilityDetails</c>).
    /// </summary>
    private static readonly HashSet<string> CategoryRefinements =
    [
        "status", "details", "detail", "answer", "answers", "issued", "at", "on", "date",
        // What was written about it (InjuryDescription, SickLeaveReason, MedicalNotes, CriminalRecordNotes).
        "description", "reason", "note", "notes", "comment", "comments",
        // What a test of it found (GeneticScreeningResult, GenotypeResults).
        "result", "results", "outcome",
    ];

    /// <summary>Words that make a figure a statistic over many readings: <c>AvgSystolic</c>, <c>MeanHeartRate</c>, <c>MaxBmi</c>.</summary>
    private static readonly HashSet<string> StatisticWords = ["avg", "average", "mean", "median", "min", "max", "minimum", "maximum", "total", "sum"];

    /// <summary>Cards that pay for nothing: a gift card's number is a voucher, a delivery card's a parcel's reference.</summary>
    private static readonly HashSet<string> NonPaymentCardWords = ["gift", "loyalty", "membership", "sim", "business", "id", "delivery", "calling", "key", "access"];

    /// <summary>True when a member names a company (<c>CompanyName</c>, <c>BusinessName</c>, <c>TradingName</c>, <c>LegalName</c>).</summary>
    private static bool BesideCompanyName(IEnumerable<string>? neighbours)
    {
        foreach (var neighbour in neighbours ?? [])
        {
            var words = Words(neighbour);
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if (words[i] is "company" or "business" or "trading" or "legal" or "organisation" or "organization" && words[i + 1] == "name")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when a member is one only a sign-in client's registration has (<c>ClientSecrets</c>, <c>RedirectUris</c>, <c>AllowedGrantTypes</c>).</summary>
    private static bool IsClientRegistration(IEnumerable<string>? neighbours)
    {
        foreach (var neighbour in neighbours ?? [])
        {
            var spelled = string.Concat(Words(neighbour));
            if (spelled.Contains("clientsecret") || spelled.Contains("redirecturi") || spelled.Contains("granttype"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that say how a value is written, not whose it is (<c>User.EncodedPicture</c> is the user's picture).</summary>
    private static readonly HashSet<string> EncodingWords = ["encoded", "base64"];

    /// <summary>Units a vital sign or a body measure is read in.</summary>
    private static readonly HashSet<string> VitalUnits =
        ["bpm", "mm", "hg", "mmhg", "kg", "kgs", "lb", "lbs", "cm", "percent", "pct", "celsius", "fahrenheit", "mg", "dl", "mgdl", "mmol", "min", "mins"];

    /// <summary>Words after a religion or an ethnicity that name one of its groups (<c>EthnicGroup</c>, <c>EthnicSubGroup</c>, <c>EthnicBackground</c>).</summary>
    private static readonly HashSet<string> CategoryGroupWords = ["group", "subgroup", "sub", "background", "origin"];

    /// <summary>
    /// Words before a match that make the name a flag, an action, a setting or an already sanitized form
    /// (<c>IsEmail</c>, <c>SendEmail</c>, <c>MaxPhone</c>, <c>MaskedPhone</c>).
    /// </summary>
    private static readonly HashSet<string> Disqualifiers =
    [
        "is", "has", "can", "should", "allow", "enable", "use", "require", "send", "validate", "verify",
        "max", "min", "default", "sample", "example", "test", "regex", "pattern", "format", "template",
        "masked", "hashed", "redacted", "get", "set", "find", "lookup",
        // A span of time up to or since the match (DaysToBirthday), not the match itself.
        "days", "weeks", "months", "years", "hours", "minutes",
    ];

    /// <summary>Words before a person noun that make it whom the member is for or about (<c>NoteToPayer</c>, <c>MessageForCustomer</c>).</summary>
    private static readonly HashSet<string> Prepositions = ["to", "for", "from", "of", "by", "about", "with"];

    /// <summary>Words before a bare "address" that make it a network or memory address (<c>HostAddress</c>, <c>BaseAddress</c>).</summary>
    private static readonly HashSet<string> NetworkQualifiers =
    [
        "host", "base", "mac", "remote", "local", "server", "proxy", "gateway", "endpoint", "bind", "listen",
        "web", "url", "uri", "memory", "return", "start", "end", "network", "net", "hardware", "physical",
        "broadcast", "multicast", "source", "destination", "target", "wallet", "contract", "virtual", "relative",
        "ip", "socket", "peer", "node", "bus", "register", "smtp", "dns", "email", "mail", "metadata", "callback",
        "redirect", "authority", "service", "api", "site", "blob", "storage", "queue", "endpoint", "device",
        // A country or a region of something else: a phone's dialling code, a currency, a language, a cloud.
        "phone", "tel", "telephone", "mobile", "dialing", "dialling", "calling", "currency", "language", "locale",
        "origin", "cloud", "aws", "azure", "tax", "time", "zone",
        // A connection's address: a server's, reached over a protocol.
        "connection", "connections", "protocol",
        // A company's registered office (RegisteredAddress): where a company is registered, no one's home.
        "registered",
    ];

    /// <summary>Words around a name that make it the name of a program artifact (<c>TypeFullName</c>, <c>Category.FullName</c>).</summary>
    private static readonly HashSet<string> ArtifactQualifiers =
    [
        "type", "assembly", "class", "namespace", "method", "module", "file", "folder", "directory", "category",
        "path", "member", "property", "field", "table", "column", "schema", "host", "machine", "server", "domain",
        "product", "app", "application", "project", "package", "queue", "topic", "event", "job", "task", "role",
        "group", "claim", "node", "tree", "tag", "catalog", "brand", "item", "service", "database",
        "db", "key", "display", "computer", "workstation", "provider", "scheme", "policy", "resource", "template",
        // The account of a transport or a deployment target: a service account, not a person's login.
        "deployment", "ftp", "sftp", "connection", "proxy", "webhook", "registry", "integrator",
        // The look of an application: a theme's or a skin's name is no person's.
        "theme", "themes", "skin", "skins", "plugin", "widget", "layout", "font",
        // An archive's entries are files: ZipArchiveEntry.FullName, ArchiveService.FindEntry(entryFullNames). An entry
        // alone is a guest book's or a journal's as often, written by a person.
        "archive",
        // What describes a package, a module or a theme (ThemeManifest.DisplayName beside its FullName).
        "manifest", "manifests",
    ];

    /// <summary>Words around a password that make it a system's or a service account's (<c>SmtpPassword</c>, <c>Database.Password</c>).</summary>
    private static readonly HashSet<string> SystemAccountQualifiers =
    [
        "smtp", "imap", "pop", "pop3", "mail", "email", "ftp", "sftp", "db", "database", "sql", "redis", "ldap", "proxy",
        "server", "host", "machine", "service", "app", "application", "api", "client", "connection", "admin", "root",
        "system", "vault", "keystore", "key", "certificate", "cert", "pfx", "wifi", "archive", "zip", "pdf",
        "deployment", "registry", "webhook", "bot",
        // A system that signs in to another one on the application's behalf (a land registry's IntegratorPassword).
        "integrator",
        // A shop's own account at a payment gateway (MerchantPassword, a merchant's API key).
        "merchant",
    ];

    /// <summary>Words around an IP address that make it a machine's (<c>ServerIp</c>, <c>SystemInfo.IpAddress</c>).</summary>
    private static readonly HashSet<string> HostQualifiers =
    [
        "server", "host", "machine", "node", "system", "cluster", "instance", "gateway", "proxy", "router", "pod",
        "network", "subnet", "dns", "smtp", "listener", "listen", "bind", "binding", "local", "loopback", "nic", "adapter",
    ];

    /// <summary>
    /// Words before an email or a phone that make it the operator's desk (<c>SupportEmail</c>, <c>HotlineTelephoneNumber</c>,
    /// <c>DutyDeskEmail</c>, <c>DutyPhone</c>: the phone whoever is on duty carries).
    /// </summary>
    private static readonly HashSet<string> OperatorDeskWords = ["support", "hotline", "helpdesk", "desk", "duty", "noreply", "sales", "service"];

    /// <summary>Parts of a running program that own things too (<c>ThreadOwnerId</c>, <c>DistributedLock.OwnerId</c>): not a person.</summary>
    private static readonly HashSet<string> ProgramOwnerWords =
    [
        "thread", "process", "lock", "locks", "mutex", "semaphore", "window", "control", "handle", "lease", "worker",
        "node", "host", "server", "machine", "shard", "partition", "actor", "grain",
    ];

    /// <summary>Words around a fingerprint that make it a key's or a certificate's (<c>SshKey.Fingerprint</c>).</summary>
    private static readonly HashSet<string> KeyQualifiers =
    [
        "key", "ssh", "certificate", "cert", "public", "host", "gpg", "pgp", "file", "hash", "device", "browser",
        "thumbprint", "signing", "tls", "ssl", "x509", "rsa", "content", "schema", "build",
    ];

    /// <summary>
    /// Last words of types that configure the application (<c>SmtpSettings</c>, <c>SupportOptions</c>): their
    /// email and phone are the operator's own mailbox and hotline, not a data subject's.
    /// </summary>
    private static readonly HashSet<string> SettingsTypeWords =
    [
        "settings", "setting", "options", "option", "configuration", "configurations", "config", "configs",
        // The process's environment, read as settings (IEnv.HangfirePassword, DeploymentEnvironment.AdminEmail).
        "env", "environment",
    ];

    /// <summary>
    /// Words in a type's name that make it premises, not a person (<c>Store.Address</c>, <c>Warehouse.City</c>,
    /// <c>Office.Latitude</c>): their addresses and coordinates belong to a business.
    /// </summary>
    private static readonly HashSet<string> PremisesWords =
    [
        "store", "shop", "warehouse", "branch", "office", "company", "organization", "organisation", "venue",
        "facility", "supplier", "vendor", "merchant", "restaurant", "hotel", "premises", "business", "bank",
        "airport", "station", "depot", "outlet", "plant", "factory", "site", "hostel", "hostels", "hotels", "courthouse",
        // A parking bay where vehicles are left (ParkingBay.Latitude, a car's HomeBayLatitude).
        "bay", "bays",
        // Places of care: a pharmacy's, a clinic's or a hospital's address and phone are theirs.
        "pharmacy", "pharmacies", "clinic", "clinics", "hospital", "hospitals",
        // Centres, clubs and public buildings people visit (DonationCentre.Name beside its phone, a gym Club's AddressLine).
        "centre", "centres", "center", "centers", "club", "clubs", "gym", "gyms", "library", "libraries", "museum", "museums",
        "theatre", "theatres", "theater", "theaters", "cinema", "cinemas", "stadium", "stadiums", "arena", "arenas", "campus",
        "salon", "salons", "studio", "studios", "garage", "garages",
    ];

    /// <summary>
    /// Nouns of organisations (<c>Organization.BillingEmail</c>, <c>Provider.BusinessTaxNumber</c>, <c>CompanyPhone</c>):
    /// their contact data and tax numbers are a business's, not a data subject's, unless a person is named
    /// (<c>Supplier.ContactEmail</c>, <c>CompanyOwnerPhone</c>).
    /// </summary>
    private static readonly HashSet<string> OrganisationWords =
    [
        "company", "organization", "organisation", "business", "corporate", "corporation", "enterprise", "firm",
        "provider", "merchant", "vendor", "supplier", "store", "shop", "tenant", "bank", "institution", "agency",
        // Schools and workplaces a person's record mentions (EmployerPostcode, Establishment.Street): an Employer alone
        // is the person's work data, its address and mailbox are the employer's.
        "establishment", "employer", "school", "academy", "college", "university",
        "pharmacy", "clinic", "hospital", "station",
        // A doctor's or a lawyer's practice, and a bank or a building society that lends (LenderPanelEntry).
        "practice", "lender",
    ];

    /// <summary>
    /// Words before a person's name that say which of their names it is, not whose (<c>StatedFirstName</c>,
    /// <c>VerifiedNames</c>, <c>PreviousNames</c>, <c>VerifiedOrStatedNames</c>).
    /// </summary>
    private static readonly HashSet<string> NameStatusWords =
    [
        "stated", "verified", "previous", "former", "old", "current", "confirmed", "matched", "legal", "preferred",
        "or", "and",
    ];

    /// <summary>Words before a bare subject that make it a person's sign-in account's: <c>OneLoginUserSubject</c>, <c>AccountSubject</c>.</summary>
    private static readonly HashSet<string> AccountSubjectOwners = ["user", "login", "account"];

    /// <summary>Words of X.509 certificates, whose subject is a distinguished name, no sign-in account.</summary>
    private static readonly HashSet<string> CertificateWords = ["cert", "certificate", "certificates", "x509", "tls", "ssl"];

    /// <summary>
    /// Words in a type's name that make it a table of rules by region (<c>TaxRate.PostalCode</c>,
    /// <c>ShippingZone.Country</c>, <c>VatCheckResult.CountryCode</c>): their address parts select a rate, they locate nobody.
    /// </summary>
    private static readonly HashSet<string> RegionalRuleWords = ["tax", "vat", "tariff", "zone", "zones"];

    /// <summary>Words of a type about checking who someone is: its document number is an identity document's.</summary>
    private static readonly HashSet<string> IdentityCheckWords =
        ["kyc", "identity", "passport", "passports", "visa", "identification", "idcard", "onboarding", "aml",
            // An age or identity verification checks a person's document (AgeVerificationService.Verify(client, documentNumber, kind)).
            "verification"];

    /// <summary>A type about checking a person's id (<c>IdCheck</c>, <c>IdCheckRequest</c>, <c>IdDocumentScan</c>): "id" before what is done with it.</summary>
    private static bool ChecksAnId(List<string> container)
    {
        for (var i = 0; i + 1 < container.Count; i++)
        {
            if (container[i] == "id" && container[i + 1] is "check" or "checks" or "document" or "documents" or "scan" or "scans" or "verification")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when another member names a document's holder or bearer (<c>HolderName</c>, <c>BearerFullName</c>).</summary>
    private static bool NamesHolder(string name, IEnumerable<string>? neighbours)
    {
        foreach (var neighbour in neighbours ?? [])
        {
            if (neighbour != name && Words(neighbour).Exists(word => word is "holder" or "bearer"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Words of a price list (<c>PriceAndDestination</c>, <c>ShippingRate</c>): address parts beside them select a price,
    /// unless the type also holds a street, a person's name, contact data or key (a rate request for a customer's address).
    /// </summary>
    private static readonly HashSet<string> PriceListWords = ["price", "prices", "pricing", "rate", "rates", "fee", "fees", "surcharge", "surcharges"];

    /// <summary>Words before <c>Country</c>, <c>State</c>, <c>Region</c> that keep them a postal address's (<c>BillingCountry</c>, <c>StateProvince</c>).</summary>
    private static readonly HashSet<string> AddressPartPrefixes =
    [
        "billing", "shipping", "delivery", "mailing", "mail", "postal", "post", "home", "residence", "residential", "birth",
        "current", "primary", "secondary", "permanent", "registered", "registration", "legal", "invoice", "pickup",
        "address", "street", "city", "zip", "state", "country", "province", "region", "county",
        // Alternatives joined into one name: StateOrProvince, CityAndRegion.
        "or", "and",
    ];

    /// <summary>
    /// Places a business runs for its customers to collect parcels (<c>PickupPoint</c>, <c>ServicePoint</c>,
    /// <c>ShippingPoint</c>, <c>ParcelLocker</c>): premises, whose addresses are not a customer's. A point needs one of these words before it.
    /// </summary>
    private static readonly HashSet<string> CollectionPointWords = ["pickup", "service", "parcel", "shipping", "collection"];

    /// <summary>Head nouns of a message (<c>QueuedEmail</c>, <c>MailMessage</c>, <c>Envelope</c>): their bare <c>To</c> and <c>Cc</c> are recipients.</summary>
    private static readonly HashSet<string> MessageWords =
    [
        "email", "emails", "mail", "mails", "message", "messages", "letter", "letters", "envelope", "envelopes",
        "notification", "notifications", "sms",
    ];

    /// <summary>Words of a push-notification type (<c>PushRegistration</c>): its bare <c>Token</c> addresses a person's device.</summary>
    private static readonly HashSet<string> PushWords = ["push", "fcm", "apns", "gcm"];

    /// <summary>Words of a type that make its token a credential, not a device's address (<c>PushApiAuthToken</c>).</summary>
    private static readonly HashSet<string> AuthTokenWords =
    [
        "auth", "authentication", "authorization", "access", "refresh", "bearer", "api", "jwt", "oauth", "session",
        "csrf", "security", "login", "id",
    ];

    /// <summary>Head nouns of a type that takes a person's sign-up (<c>RegisterModel</c>, <c>CustomerRegistrationRequest</c>).</summary>
    private static readonly HashSet<string> SignUpWords = ["register", "registration", "signup"];

    /// <summary>Last words of a sign-up type that carry the person's answers (<c>RegisterModel</c>, <c>SignUpCommand</c>).</summary>
    private static readonly HashSet<string> SignUpShapeWords = ["model", "request", "command", "dto"];

    /// <summary>Words of a type's name that make it a person's login with another provider (<c>ExternalAuthenticationRecord</c>, <c>ExternalLogin</c>).</summary>
    private static readonly HashSet<string> LoginWords = ["auth", "authentication", "login", "logins", "logon", "signin"];

    /// <summary>Words of a type's name that make it the application's mail transport (<c>EmailAccount</c>, <c>SmtpServer</c>).</summary>
    private static readonly HashSet<string> MailTransportWords = ["smtp", "imap", "pop", "pop3"];

    /// <summary>Head nouns that, after a mail word, make a type the application's mailbox (<c>EmailAccount</c>, <c>MailSender</c>).</summary>
    private static readonly HashSet<string> MailboxHeads = ["account", "accounts", "server", "sender", "transport", "relay"];

    /// <summary>
    /// Words in a type's or member's name that make an expiry or a security number a card's (a payment is not enough:
    /// a payment request's <c>ExpiryDate</c> is the request's).
    /// </summary>
    private static readonly HashSet<string> CardWords = ["card", "cardholder", "credit", "debit"];

    /// <summary>
    /// Trailing words of a type name that say what shape the type has, not what it holds: <c>UserInfo</c> and
    /// <c>CustomerViewModel</c> hold a user and a customer, <c>SettingsViewModel</c> settings.
    /// </summary>
    private static readonly HashSet<string> TypeShapeWords =
    [
        "info", "information", "model", "view", "dto", "data", "details", "detail", "entity", "record", "request",
        "response", "command", "event", "summary", "base", "vm", "input", "output", "result", "form",
        // What describes its head (AuthorProfile, UserProfile: the author's, the user's).
        "profile",
    ];

    /// <summary>Words of reflection and metadata, whose members are a program's wherever they stand (<c>SymbolInfo.MemberId</c>).</summary>
    private static readonly HashSet<string> ReflectionWords =
    [
        "reflection", "reflected", "metadata", "symbol", "symbols", "syntax", "expression", "accessor", "serializer",
        "binder",
    ];

    /// <summary>
    /// Words of code that business types use too: a program's only right beside "member" (<c>PropertyMember</c>,
    /// <c>MemberBinding</c>, a serializer's <c>DataMember</c>, an export's <c>ExportedMember</c>).
    /// </summary>
    private static readonly HashSet<string> CodeWords =
    [
        "type", "types", "property", "properties", "field", "fields", "method", "methods", "attribute", "attributes",
        "class", "struct", "interface", "enum", "binding", "mapping", "mapper", "serialization", "info", "access",
        "data", "exported", "serialized", "declared", "generated", "public", "private", "static",
    ];

    /// <summary>Shape words that make a type an event: its name says what happened to whom (<c>PayerCreatedDomainEvent</c>).</summary>
    private static readonly HashSet<string> EventWords = ["event", "events", "notification"];

    /// <summary>Words before "event" that say where an event travels, not what it is about (<c>DomainEvent</c>, <c>IntegrationEvent</c>).</summary>
    private static readonly HashSet<string> EventKindWords = ["domain", "integration"];

    /// <summary>
    /// Gatherings and the places they are held (<c>MeetingLocation.City</c>, <c>VenueAddress</c>, <c>EventDto.PostalCode</c>):
    /// their addresses and coordinates locate an occasion, not a person.
    /// </summary>
    private static readonly HashSet<string> VenueWords =
    [
        "meeting", "meetings", "meetup", "meetups", "venue", "venues", "conference", "conferences", "event", "events",
        "seminar", "seminars",
        // A facility people are sent to (a group lodging's FacilityAddress, FacilityCity) is a place, not where they live.
        "facility", "facilities",
    ];

    /// <summary>
    /// Words of a type about a place as such, not anyone at it (<c>Location</c>, <c>Itinerary</c>, <c>Route</c>): its address
    /// parts, coordinates and phone are the place's.
    /// </summary>
    private static readonly HashSet<string> PlaceTypeWords =
    [
        "location", "locations", "place", "places", "itinerary", "itineraries", "route", "routes",
    ];

    /// <summary>
    /// Areas that reference tables are keyed by (<c>CityInfo</c>, <c>CountryDto</c>, <c>RegionLookup</c>), and cells of a map
    /// (<c>GridSquare</c>, <c>MapTile</c>, <c>DeliveryZone</c>): no one's address or position.
    /// </summary>
    private static readonly HashSet<string> AreaWords =
    [
        "city", "cities", "country", "countries", "region", "regions", "province", "provinces", "county", "counties",
        "district", "districts", "grid", "grids", "square", "squares", "tile", "tiles", "zone", "zones", "sector", "sectors",
    ];

    /// <summary>Words of an operator's own vehicles and the people who crew them (<c>Crew</c>, <c>FleetVehicle</c>).</summary>
    private static readonly HashSet<string> FleetWords = ["crew", "crews", "fleet", "fleets"];

    /// <summary>An entry that names a vehicle by its registration (<c>NumberPlate</c>, <c>VehicleRegistration</c>).</summary>
    private static bool IsVehicleMark(Entry entry) =>
        entry.Spelling.Contains("plate") || entry.Spelling.StartsWith("vehicleregistration", System.StringComparison.Ordinal)
        || entry.Spelling == "carregistration";

    /// <summary>Groups of people (<c>Team</c>, <c>Department</c>, <c>MailingList</c>): their name and shared mailbox are no one person's.</summary>
    private static readonly HashSet<string> GroupWords =
    [
        "team", "teams", "group", "groups", "department", "departments", "club", "clubs", "community", "channel",
        "list", "lists", "committee",
    ];

    /// <summary>
    /// Words of a type that searches (<c>UserSearchOption</c>, <c>CustomerFilter</c>): when it searches for people it is
    /// about them, and its options are criteria, not the application's settings.
    /// </summary>
    private static readonly HashSet<string> QueryWords = ["search", "filter", "query", "criteria", "lookup"];

    /// <summary>Words of a type or a member about a person's phone and its notifications: a <c>PlayerId</c> there is the phone's.</summary>
    private static readonly HashSet<string> DeviceWords =
    [
        "push", "fcm", "apns", "gcm", "onesignal", "notification", "notifications", "device", "devices", "mobile",
    ];

    /// <summary>Words of games and media players: their <c>PlayerId</c> is a player's in a game or a playback device.</summary>
    private static readonly HashSet<string> PlayerWords =
    [
        "game", "games", "match", "matches", "team", "score", "scores", "media", "video", "audio", "music", "stream",
        "playback", "movie", "track", "song", "round", "lobby", "tournament",
    ];

    /// <summary>Words of a type about a position on earth: its <c>Coordinates</c> are a place's.</summary>
    private static readonly HashSet<string> GeoWords = ["location", "geo", "geolocation", "position", "gps", "coordinates"];

    /// <summary>Words of a type about a sign-in, a visit or a trip (<c>LoginLocation</c>, <c>IpLocation</c>, <c>TripLocation</c>): its place is where the person was.</summary>
    private static readonly HashSet<string> VisitWords =
    [
        "auth", "authentication", "login", "logins", "logon", "signin", "visit", "visits", "ip", "geoip",
        // A trip's or a ride's location is where its passengers and driver are.
        "trip", "trips", "ride", "rides", "journey", "journeys",
    ];

    /// <summary>Groups of a media catalogue whose members are public figures (<c>CastMember</c>, <c>BandMember</c>).</summary>
    private static readonly HashSet<string> MediaCreditWords = ["cast", "band", "bands"];

    /// <summary>Animals a record may be about (<c>Pet.Name</c>, <c>Dog.DateOfBirth</c>).</summary>
    private static readonly HashSet<string> AnimalWords =
    [
        "pet", "pets", "animal", "animals", "dog", "dogs", "cat", "cats", "horse", "horses", "puppy", "kitten", "livestock",
        "cattle", "herd", "breed", "species", "canine", "feline", "equine",
    ];

    /// <summary>Members of a past job: <c>JobTitle</c>, <c>Role</c>, <c>Description</c>, <c>Organisation</c> (an <c>Employer</c> is an entry of its own).</summary>
    private static readonly HashSet<string> JobWords =
    [
        "jobtitle", "title", "role", "position", "description", "jobdescription", "organisation", "organization", "company",
        "companyname",
    ];

    /// <summary>Members of a course taken or a school attended: <c>Title</c>, <c>CourseName</c>, <c>Provider</c>, <c>Institution</c>.</summary>
    private static readonly HashSet<string> CourseWords =
    [
        "title", "coursename", "coursetitle", "provider", "providername", "institution", "institutionname", "school",
        "schoolname",
    ];

    /// <summary>Members that say when a person finished a course: <c>YearAchieved</c>, <c>ToYear</c>, <c>DateCompleted</c>.</summary>
    private static readonly HashSet<string> AttendedWords =
    [
        "yearachieved", "achievedyear", "dateachieved", "achieveddate", "yearawarded", "dateawarded", "yearcompleted",
        "datecompleted", "toyear", "fromyear",
    ];

    /// <summary>Members that make a history one of jobs: <c>JobTitle</c>, <c>Employer</c>, <c>Organisation</c>.</summary>
    private static readonly HashSet<string> JobNamingWords =
    [
        "jobtitle", "role", "employer", "employername", "organisation", "organization", "company", "companyname",
    ];

    /// <summary>Members that say a person achieved a qualification: when (<c>Year</c>, <c>ToYear</c>) or that it is predicted.</summary>
    private static readonly HashSet<string> AchievedWords =
    [
        "year", "yearachieved", "achievedyear", "dateachieved", "achieveddate", "yearawarded", "dateawarded", "yearcompleted",
        "datecompleted", "toyear", "ispredicted", "predicted", "predictedgrade",
    ];

    /// <summary>Words of disks and file systems, whose device is a machine's (<c>FolderStorageDto.DeviceId</c>).</summary>
    private static readonly HashSet<string> StorageWords =
    [
        "storage", "disk", "disks", "drive", "drives", "volume", "volumes", "folder", "folders", "partition", "mount",
        "filesystem",
    ];

    /// <summary>A qualification's grade, the other half of its subject.</summary>
    private static readonly HashSet<string> GradeWords = ["grade"];

    /// <summary>A qualification's subject, the other half of its grade.</summary>
    private static readonly HashSet<string> QualificationSubjectWords = ["subject"];

    private static readonly Dictionary<string, Entry> BySpelling = Index();

    /// <summary>
    /// The personal-data kind a member of this name and type probably holds, or null.
    /// Only value types personal data is stored in qualify: flags, enums, counts and objects never do.
    /// </summary>
    /// <param name="name">The member or parameter name.</param>
    /// <param name="type">Its type.</param>
    /// <param name="containerName">The containing type's name: a bare <c>Address</c> of <c>SmtpServer</c> is a network address.</param>
    /// <param name="neighbours">
    /// The names of the other members of the type (or of the method's other parameters): a <c>Country</c> next to a
    /// <c>Street</c> is part of an address, an <c>Expiration</c> next to a <c>CardNumber</c> a card's.
    /// </param>
    /// <param name="inSettings">
    /// The containing type is nested in a settings type (<c>DbConfiguration.VcapCredentials</c>): the application's own
    /// accounts and mailboxes, like the settings type's members.
    /// </param>
    /// <param name="ofMethod">
    /// The name is a method's parameter and the container the method's type: a service class's name (<c>AuthService</c>)
    /// says what the class does, not that its parameters are a system's (<c>ChangePassword(string newPassword)</c>).
    /// </param>
    public static Match? Classify(
        string name, ITypeSymbol? type, string? containerName = null, IEnumerable<string>? neighbours = null, bool inSettings = false,
        bool ofMethod = false) =>
        (inSettings ? null : PersonalMatterText(name, type, containerName) ?? PersonsOwnWords(name, type))
        ?? ClassifyByName(name, type, containerName, neighbours, inSettings, ofMethod)
        ?? (inSettings ? null : CareRecordContent(name, type, containerName, neighbours));

    private static Match? ClassifyByName(
        string name, ITypeSymbol? type, string? containerName, IEnumerable<string>? neighbours, bool inSettings, bool ofMethod)
    {
        if (type is null || Shape(type) is not { } shape
            || (ContactRecordEntry(name, containerName) ?? ResumeEntry(name, containerName, neighbours)
                ?? (MatchName(name) is { } named && (named.Shapes & shape) != 0
                    ? named
                    : TypedIdEntry(name, type) ?? PeopleListEntry(name, type) ?? ActorIdEntry(name) ?? ActorTextEntry(name)
                        ?? RoleNameEntry(name, neighbours))) is not { } entry
            || (entry.Shapes & shape) == 0
            || (shape == Shapes.Enum && !NamesGender(ValueType(type)) && !(entry.Sensitive && NamesEntry(ValueType(type), entry))))
        {
            return null;
        }

        var container = containerName is null ? [] : Words(containerName);
        if (NamesCodeMember(name, entry, container) || (IsAddressKey(entry) && IsOwnKey(name, container)))
        {
            return null;
        }

        var head = HeadNoun(container);
        var personHead = head is not null && PersonNouns.Contains(head);
        var personType = personHead || IsSignUp(container) || IsPersonsProfile(name, container, head, neighbours);
        // A person named in the member besides the match (InvoiceMetadata.BuyerCity, not ProxyConnection.UserName)
        // counts like a person's type.
        var holdsPerson = personType
            || Words(name).Exists(word => (PersonNouns.Contains(word) || MemberPersonNouns.Contains(word)) && !entry.Spelling.Contains(word));
        if ((inSettings && !IsPersonKey(entry)) || HoldsNoSubjectsData(name, entry, container, head, holdsPerson, neighbours, ofMethod))
        {
            return null;
        }

        var fits = entry.Context switch
        {
            Context.PersonType => personType || NamesPersonByNeighbours(name, entry, container, head, neighbours)
                || (entry.Spelling == "name" && CreatesPerson(container))
                || (entry.Spelling is "gender" or "sex" && HasBareNeighbour(name, neighbours ?? [], neighbour => neighbour.Kind is "FirstName" or "LastName" or "BirthDate"))
                // A gender beside an ethnicity or a disability: an equal-opportunities monitoring form's answers (a
                // product feed's target gender or a pet's sex sits beside no special category).
                || (entry.Spelling is "gender" or "sex" && HasNeighbour(name, neighbours, IsSpecialCategory)),
            Context.AccountSubject => IsAccountSubject(Words(name), container, head),
            // A sign-up's title is what is signed up for (VolunteerTaskSignupSummaryViewModel.Title): a title is the
            // person's only in a type named after the person.
            Context.PersonAttribute => (entry.Spelling != "title" || personHead) && personType && !container.Exists(QueryWords.Contains),
            Context.PersonAlias => holdsPerson || NamesAgent(Words(name)),
            Context.PushDevice => (container.Exists(DeviceWords.Contains) || Words(name).Exists(DeviceWords.Contains))
                && !container.Exists(PlayerWords.Contains) && !Words(name).Exists(PlayerWords.Contains),
            Context.PersonPassword => holdsPerson || container.Exists(word => PersonNouns.Contains(word) || LoginWords.Contains(word)
                || word is "authenticate" or "password"),
            Context.PersonsConnection => holdsPerson || HasNeighbour(name, neighbours, IsPersonKey)
                || HasBareNeighbour(name, neighbours ?? [], neighbour => neighbour.Spelling is "username" or "fullname"),
            Context.PersonRecord => holdsPerson || IsPersonRecord(name, container, neighbours)
                || (entry.Kind == "Company" && NamesEmployment(container)),
            Context.Geo => holdsPerson || HasNeighbour(name, neighbours, IsPlace) || container.Exists(GeoWords.Contains),
            // A gift card's or voucher's sender and recipient are people writing to each other (GiftVoucher.SenderName).
            // So are a transfer's parties beside their own e-mail (ResaleTransfer.ToName beside ToEmail).
            Context.MessageType => head is not null && MessageWords.Contains(head) || container.Contains("gift")
                || RoleNameEntry(name, neighbours) is not null,
            Context.PushType => (container.Exists(PushWords.Contains) || (container.Contains("mobile") && container.Exists(word => word is "device" or "devices")))
                && !container.Exists(AuthTokenWords.Contains),
            Context.DeviceType => head is "device",
            Context.AddressType => head is "address",
            Context.NameType => head is "name" or "names" && !container.Exists(ArtifactQualifiers.Contains),
            Context.NextToCard => HasNeighbour(name, neighbours, IsCard),
            Context.ExternalAccount => holdsPerson || container.Exists(LoginWords.Contains),
            Context.Owner => !NamesOwnerKind(name, neighbours),
            // ShippingAddressCountryId names its address as an address's type would.
            Context.AddressPart => (holdsPerson && !IsBareCountry(name)) || head is "address" || Words(name).Contains("address")
                || HasNeighbour(name, neighbours, IsAddress),
            Context.CardPart => Words(name).Exists(CardWords.Contains) || container.Exists(CardWords.Contains)
                || HasNeighbour(name, neighbours, IsCard),
            Context.IdentityDocument => container.Exists(IdentityCheckWords.Contains) || ChecksAnId(container) || NamesHolder(name, neighbours),
            // A module's, a theme's or a resource's fingerprint is a hash of its content: a finger's is a person's.
            Context.Biometric => holdsPerson || IsPersonRecord(name, container, neighbours)
                || container.Exists(word => word is "biometric" or "biometrics" or "finger" or "enrollment" or "enrolment"),
            _ => true,
        };
        return fits ? new Match(entry.Kind, entry.Spelling, entry.DiscoveryOnly, entry.Sensitive || entry.Kind == "Health") : null;
    }

    /// <summary>
    /// True when a "member" is a program's (<c>PropertyMember.Name</c>, <c>SymbolInfo.MemberId</c>): the member noun
    /// with a word of reflection or metadata anywhere in the member's or its type's name, or beside a word of code
    /// that business types use too (<c>MemberBinding</c>, but not <c>ChangeMeetingMainAttributesRequest.HostMemberIds</c>).
    /// </summary>
    private static bool NamesCodeMember(string name, Entry entry, List<string> container)
    {
        var words = Words(name);
        var inName = entry.Spelling.StartsWith("member", System.StringComparison.Ordinal);
        var inType = container.Exists(IsMemberWord);
        return (inName || inType)
            && (words.Exists(ReflectionWords.Contains) || container.Exists(ReflectionWords.Contains)
                || (inName && BesideMember(words, CodeWords)) || (inType && BesideMember(container, CodeWords)));
    }

    private static bool IsMemberWord(string word) => word is "member" or "members";

    /// <summary>
    /// True for an enum of genders (<c>Gender</c>, <c>Sex</c>, <c>GenderType</c>): an enum member named <c>Gender</c> of
    /// another enum says where a gender comes from or whether it is shown (<c>PersonAttributeSource? Gender</c>).
    /// </summary>
    private static bool NamesGender(ITypeSymbol enumType) => Words(enumType.Name).Exists(word => word is "gender" or "genders" or "sex");

    /// <summary>True for an enum named after a special category's entry (<c>Religion</c>, <c>EthnicityType</c>): a person's religion stored as one.</summary>
    private static bool NamesEntry(ITypeSymbol enumType, Entry entry) =>
        string.Concat(Words(enumType.Name)).Contains(entry.Spelling);

    /// <summary>
    /// True when a subject is a person's sign-in account's: after a user, login or account word (<c>OneLoginUserSubjects</c>),
    /// or bare in a type named after a sign-in or an identity (<c>ExternalLoginInfo.Subject</c>); never in a message's or a
    /// certificate's type (<c>LoginNotificationEmail.Subject</c>).
    /// </summary>
    private static bool IsAccountSubject(List<string> words, List<string> container, string? head)
    {
        if (container.Exists(word => MessageWords.Contains(word) || CertificateWords.Contains(word)) || (head is not null && MessageWords.Contains(head)))
        {
            return false;
        }

        var subject = words.FindIndex(word => word is "subject" or "subjects");
        return subject > 0
            ? AccountSubjectOwners.Contains(words[subject - 1])
            : subject == 0 && container.Exists(word => LoginWords.Contains(word) || word is "identity" or "oidc" or "openid");
    }

    /// <summary>
    /// True when a type is a record about a person though its head noun is not one: a person noun in its name
    /// (<c>CandidateQualification</c>), a sign-up anywhere in it (<c>TeacherTrainingAdviserSignUp</c>), or a person's key
    /// or a person's own name or e-mail beside the member (<c>CandidateId</c>, <c>FirstName</c>).
    /// </summary>
    private static bool IsPersonRecord(string name, List<string> container, IEnumerable<string>? neighbours)
    {
        for (var i = 0; i < container.Count; i++)
        {
            // A driver's or a rider's record counts too (DriverSummary.LicenceNo): a database's driver has no licence
            // number, income or employer.
            if (PersonNouns.Contains(container[i]) || MemberPersonNouns.Contains(container[i]) || SignUpWords.Contains(container[i])
                || (container[i] == "sign" && i + 1 < container.Count && container[i + 1] == "up"))
            {
                return true;
            }
        }

        return HasSubjectKeyNeighbour(name, neighbours)
            || HasBareNeighbour(name, neighbours ?? [], neighbour => neighbour.Kind is "FirstName" or "LastName" or "Email" || IsPersonsOwnId(neighbour))
            || HasPersonsNameNeighbour(name, neighbours)
            || (neighbours is not null && BesidePersonsBirthDate(name, container, neighbours));
    }

    /// <summary>
    /// The record's own birth date beside the member (<c>FoodBankClient.DateOfBirth</c>): organisations, venues and
    /// programs have none, so the record is about a person whatever its type is named after; an animal's is not.
    /// </summary>
    private static bool BesidePersonsBirthDate(string name, List<string> container, IEnumerable<string> neighbours) =>
        !IsAnimalRecord(container) && HasBareNeighbour(name, neighbours, neighbour => neighbour.Kind == "BirthDate");

    /// <summary>A type named after an animal (<c>Pet</c>, <c>RescueDog</c>; not a <c>PetOwner</c>): its name and birth date are the animal's.</summary>
    private static bool IsAnimalRecord(List<string> container) => HeadNoun(container) is { } head && AnimalWords.Contains(head);

    /// <summary>Another member that starts with an animal (<c>PetName</c>, <c>AnimalId</c>, <c>Species</c>, <c>Breed</c>).</summary>
    private static bool NamesAnimalBeside(string name, IEnumerable<string>? neighbours)
    {
        foreach (var neighbour in neighbours ?? [])
        {
            if (neighbour != name && Words(neighbour) is { Count: > 0 } words && AnimalWords.Contains(words[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Another member that names a person and their name or their contact (<c>HolderName</c>, <c>PatientFullName</c>,
    /// <c>DebtorEmail</c>).
    /// </summary>
    private static bool HasPersonsNameNeighbour(string name, IEnumerable<string>? neighbours)
    {
        foreach (var neighbour in neighbours ?? [])
        {
            var words = Words(neighbour);
            if (neighbour != name && words.Count > 1 && words[words.Count - 1] is "name" or "email" or "phone" && words.Exists(PersonNouns.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when another member is a person's key that is not an actor's: whoever archived or created a record
    /// (<c>Vacancy.ArchivedByUserId</c>, <c>CreatedById</c>) is its audit trail, not the person the record is about.
    /// </summary>
    private static bool HasSubjectKeyNeighbour(string name, IEnumerable<string>? neighbours)
    {
        foreach (var neighbour in neighbours ?? [])
        {
            if (neighbour != name && MatchName(neighbour) is { } entry && IsPersonKey(entry) && !NamesAgent(Words(neighbour)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the other members are a person's own: a bare first or last name or birth date (<c>FirstName</c>,
    /// <c>DateOfBirth</c>), or a person's key (<c>CandidateId</c>). An e-mail alone is not enough: an application's or a
    /// product's support mailbox sits beside its name.
    /// </summary>
    private static bool HoldsPersonsOwnData(string name, IEnumerable<string>? neighbours) =>
        neighbours is not null
        && (HasBareNeighbour(name, neighbours, neighbour => neighbour.Kind is "FirstName" or "LastName" or "BirthDate")
            || HasNeighbour(name, neighbours, IsPersonKey));

    /// <summary>
    /// True when a settings type is one subject's own, keyed by that subject's id (<c>DeviceOptions.DeviceId</c>): the
    /// options of one device, no setting of the application's.
    /// </summary>
    private static bool IsSubjectsOwnKey(Entry entry, List<string> container, string head)
    {
        var at = container.LastIndexOf(head);
        return entry.Kind == "OnlineIdentifier" && at > 0 && entry.Spelling == container[at - 1] + "id";
    }

    /// <summary>
    /// True when a type is a request to create or register a person (<c>CreateUserByName</c>, <c>AddMemberRequest</c>,
    /// <c>RegisterCustomerCommand</c>): its bare name is the new person's. Nothing but "by name" and shape words may
    /// follow the person (<c>CreateUserGroup</c> creates a group).
    /// </summary>
    private static bool CreatesPerson(List<string> container)
    {
        if (container.Count < 2 || container[0] is not ("create" or "add" or "register" or "invite") || !PersonNouns.Contains(container[1]))
        {
            return false;
        }

        for (var i = 2; i < container.Count; i++)
        {
            if (!TypeShapeWords.Contains(container[i]) && !(container[i] == "by" && i + 1 < container.Count && container[i + 1] == "name")
                && !(container[i] == "name" && container[i - 1] == "by"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when a type is a job a person held: an employment (<c>Employment</c>, <c>EmploymentDetails</c>) or a work
    /// history or experience (<c>WorkHistoryRequest</c>, <c>GetVolunteeringOrWorkExperienceItemQueryResult</c>).
    /// </summary>
    private static bool NamesEmployment(List<string> container)
    {
        for (var i = 0; i < container.Count; i++)
        {
            if (container[i] is "employment" or "employments"
                || (container[i] is "work" or "job" or "career" && i + 1 < container.Count
                    && container[i + 1] is "history" or "histories" or "experience" or "experiences"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a word of <paramref name="set"/> stands right before or after "member" (<c>PropertyMember</c>, <c>MemberType</c>).</summary>
    private static bool BesideMember(List<string> words, HashSet<string> set)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (IsMemberWord(words[i]) && ((i > 0 && set.Contains(words[i - 1])) || (i + 1 < words.Count && set.Contains(words[i + 1]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the containing type makes the member the application's or a business's, whatever it is called:
    /// settings and mail transports, network and artifact types, premises and tax tables, organisations.
    /// </summary>
    private static bool HoldsNoSubjectsData(
        string name, Entry entry, List<string> container, string? head, bool holdsPerson, IEnumerable<string>? neighbours, bool ofMethod)
    {
        // Settings hold the operator's own mailbox and hotline, but a list of users' ids there names users
        // (NotificationSettings.BannedUserIds).
        if ((head is not null && SettingsTypeWords.Contains(head) && !IsPersonKey(entry) && !IsSubjectsOwnKey(entry, container, head))
            || IsMailTransport(container, head))
        {
            return true;
        }

        // A storage device's id (FolderStorageDto.DeviceId, DiskInfo.DeviceId) is a machine's disk, not a person's phone.
        if (entry.Spelling is "deviceid" or "deviceidentifier" or "deviceserial" or "deviceserialnumber" && container.Exists(StorageWords.Contains))
        {
            return true;
        }

        // A statistic of readings (SiteAverage.AvgSystolic, a dashboard's MeanHeartRate) describes many people, unless the
        // record is a person's or names one (UserStats, or a user's own average beside their UserId).
        if (entry.Shapes == Vital && !holdsPerson && !container.Exists(PersonNouns.Contains) && StatisticWords.Contains(Words(name)[0])
            && !HasNeighbour(name, neighbours, IsPersonId))
        {
            return true;
        }

        // A vehicle of a crew, a team or a fleet (Crew.VehicleRegistration, FleetVan.NumberPlate) is the operator's, not
        // a keeper's: no person is named in the record.
        if (IsVehicleMark(entry) && SubjectWords(container).Exists(word => GroupWords.Contains(word) || FleetWords.Contains(word) || OrganisationWords.Contains(word))
            && !holdsPerson)
        {
            return true;
        }

        // A VAT number beside a company's name is the company's tax registration (Client.VatNumber beside CompanyName).
        if (entry.Spelling.StartsWith("vat", System.StringComparison.Ordinal) && BesideCompanyName(neighbours))
        {
            return true;
        }

        // A record about an organisation that names it (VendorReminder.BookingsEmail beside CompanyName) holds the
        // organisation's mailbox, phone and bank account, unless it names a person too.
        if ((IsContact(entry) || entry.Kind == "FinancialAccount") && container.Exists(OrganisationWords.Contains) && BesideCompanyName(neighbours)
            && !HasBareNeighbour(name, neighbours ?? [], neighbour => neighbour.Kind is "FirstName" or "LastName" or "FullName"))
        {
            return true;
        }

        // A customer that is a business (Customer.Address beside OrganisationName, naming no person): its bare contact data
        // are the business's; a named contact's (BookingContactEmail) stays a person's.
        if ((IsPlace(entry) || entry.Kind is "Email" or "Phone") && BesideCompanyName(neighbours) && Words(name) is { Count: > 0 } own && entry.Spelling.StartsWith(own[0], System.StringComparison.Ordinal)
            && !HasBareNeighbour(name, neighbours ?? [], neighbour => neighbour.Kind is "FirstName" or "LastName" or "FullName"))
        {
            return true;
        }

        // A sign-in client's registration (an OpenID Connect client with its secrets, redirect URIs or grant types) is an
        // application's: its contacts and its certificate's e-mail or IP are its maker's business, not a data subject's.
        if (head is "client" or "application" && IsClientRegistration(neighbours))
        {
            return true;
        }

        // A media catalogue's people (CastMember.Name, BandMember.Name) are public figures the catalogue describes, not
        // data subjects whose data the operator processes.
        if (SubjectWords(container).Exists(MediaCreditWords.Contains))
        {
            return true;
        }

        // A pet's name and birth date are no person's; nor is its health.
        if (entry.Kind is "BirthDate" or "FullName" or "FirstName" or "Health" && IsAnimalRecord(container))
        {
            return true;
        }

        // A licence's own record (License.LicenseNumber, RelatedLicence.LicenceNumber) is a business's licence.
        if (entry.Spelling is "licencenumber" or "licensenumber" && container.Exists(word => word is "licence" or "license" or "licences" or "licenses"))
        {
            return true;
        }

        // A special category asked for in a search (DonorSearchRequest.BloodGroup, PatientFilter.Diagnosis) is a criterion
        // that names no one; the results of the search (DonorSearchResult.BloodGroup) are the people found.
        if (IsSpecialCategory(entry) && container.Exists(QueryWords.Contains) && container.Count > 0
            && container[container.Count - 1] is "request" or "criteria" or "filter" or "query" or "params" or "parameters" or "options" or "search")
        {
            return true;
        }

        // A card that pays for nothing has a number of its own (FailedDeliveryCard.CardNumber, GiftCard.CardNumber).
        if (entry.Spelling == "cardnumber" && head == "card" && container.IndexOf(head) is > 0 and var cardAt && NonPaymentCardWords.Contains(container[cardAt - 1]))
        {
            return true;
        }

        if (holdsPerson)
        {
            return false;
        }

        // Health beside an animal's own members, in a type named after no person, is the animal's
        // (BookAppointmentRequest.Symptoms beside PetName).
        if (entry.Kind == "Health" && NamesAnimalBeside(name, neighbours))
        {
            return true;
        }

        // SmtpServer.Address is a network address, but a City next to a StreetAddress is postal in any type. A type's
        // shape words say how it is built, not what it holds: PayerCreatedDomainEvent.Login is no event's login.
        var subject = ofMethod ? WithoutServiceWord(SubjectWords(container)) : SubjectWords(container);
        // A type named after an application that holds its applicant's first name, birth date or key is a job
        // application (Application.FullName beside FirstName and CandidateId), no program artifact.
        if (Qualifiers(entry.Context) is { } qualifiers && subject.Exists(qualifiers.Contains)
            && !(entry.Context is Context.PostalAddress or Context.AddressPart && HasNeighbour(name, neighbours, IsStreetOrZip))
            && !(entry.Context is Context.PersonName && HoldsPersonsOwnData(name, neighbours)))
        {
            return true;
        }

        // An address beside a port or a protocol is a network address (a server connection's Address next to its Port).
        if (entry.Context == Context.PostalAddress && HasNetworkNeighbour(neighbours) && !HasNeighbour(name, neighbours, IsStreetOrZip))
        {
            return true;
        }

        // Premises hold no birth date or given name: a FoodBankClient beside its DateOfBirth is a person's record.
        if (IsPlace(entry)
            && (NamesPremises(container, container.Count) || container.Exists(RegionalRuleWords.Contains) || subject.Exists(VenueWords.Contains))
            && !HasBareNeighbour(name, neighbours ?? [], neighbour => neighbour.Kind is "FirstName" or "LastName" or "BirthDate"))
        {
            return true;
        }

        if (IsPlace(entry) && subject.Exists(PriceListWords.Contains) && !HasNeighbour(name, neighbours, LocatesPerson))
        {
            return true;
        }

        // A place as such (Location, Itinerary) and a table of places (PostalCodeGeo) locate no one, unless the type
        // names a person (UserLocation) or refers to one (a LocationHistory's UserId).
        // A sign-in's or a visit's location (LoginLocation, an IP look-up's City beside its Ip) is where a person was.
        if (IsContact(entry) && DescribesPlaces(subject) && !subject.Exists(PersonNouns.Contains) && !subject.Exists(VisitWords.Contains)
            && !HasNeighbour(name, neighbours, IsPersonId) && !HasNeighbour(name, neighbours, IsVisitorIp))
        {
            return true;
        }

        // Organization.BillingEmail and Vendor.PayoutIban are the business's; Supplier.ContactEmail its contact person's;
        // PickupPoint.Phone the point's.
        // An organisation's employer is an organisation too (TpsEstablishment.EmployersName), no person's work data.
        // An organisation's address record (VendorAddressModel.PhoneNumber) is the organisation's too.
        // A type named like an organisation that holds a person's own birth date, given or family name or passport is a
        // person's record (a landlord's Tenant, an agency's Client): organisations have none of those.
        var at = head is null ? -1 : container.LastIndexOf(head);
        return head is not null && (IsContact(entry) || entry.Kind is "Company" or "FinancialAccount" || entry.Spelling is "name" or "displayname") && !IsPersonsOwnId(entry)
            && !HasBareNeighbour(name, neighbours ?? [], neighbour => IsPersonsOwnId(neighbour) || neighbour.Kind is "BirthDate" or "FirstName" or "LastName")
            && ((entry.Spelling is not ("name" or "displayname")
                    && (OrganisationWords.Contains(head) || IsPremises(container, at) || NamesLegalEntity(container)
                        || (head is "address" && at > 0 && (OrganisationWords.Contains(container[at - 1]) || IsPremises(container, at - 1)))))
                || HoldsBusinessRegistration(neighbours));
    }

    /// <summary>
    /// A business's registration beside the member (<c>Account.BusinessNumber</c>, <c>IncorporationNumber</c>,
    /// <c>CompanyNumber</c>, <c>BusinessType</c>): the type is an organisation's record, as a CRM's account is, and its name,
    /// mailbox, phone and addresses are the organisation's.
    /// </summary>
    private static bool HoldsBusinessRegistration(IEnumerable<string>? neighbours)
    {
        foreach (var neighbour in neighbours ?? [])
        {
            var words = Words(neighbour);
            for (var i = 0; i < words.Count; i++)
            {
                if (words[i] is "incorporation" or "duns"
                    || (words[i] is "business" or "company" && i + 1 < words.Count && words[i + 1] is "number" or "type" or "registration"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A type named a legal entity (<c>AccountLegalEntity</c>, <c>LegalEntityViewModel</c>) is an organisation's: "entity"
    /// alone is a shape word, "legal entity" names a company.
    /// </summary>
    private static bool NamesLegalEntity(List<string> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i] == "entity" && words[i - 1] == "legal")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of the first <paramref name="count"/> words names premises (<c>Store</c>, <c>PickupPoint</c>, <c>ParcelLocker</c>).</summary>
    private static bool NamesPremises(List<string> words, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (IsPremises(words, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word at <paramref name="index"/> names premises: a store, a warehouse, a locker, a pickup or service point.</summary>
    private static bool IsPremises(List<string> words, int index) =>
        index >= 0 && (PremisesWords.Contains(words[index]) || IsCollectionPoint(words, index));

    /// <summary>The word at <paramref name="index"/> names a place to collect parcels: a pickup, service or parcel point, a locker.</summary>
    private static bool IsCollectionPoint(List<string> words, int index) =>
        words[index] is "locker" or "lockers"
        || (words[index] is "point" or "points" && index > 0 && CollectionPointWords.Contains(words[index - 1]));

    /// <summary>
    /// A type that takes a person's sign-up: a register, registration or sign-up model, request, command or dto, named
    /// after nobody else (<c>RegisterModel</c>, <c>SignUpViewModel</c>, <c>CustomerRegistrationRequest</c>; not a
    /// <c>DeviceRegistrationRequest</c> or a <c>VendorRegistrationModel</c>).
    /// </summary>
    /// <summary>
    /// A type named only a profile (<c>Profile</c>, <c>ProfileViewModel</c>) that holds a bare first name, last name or birth
    /// date: a person's profile.
    /// </summary>
    private static bool IsPersonsProfile(string name, List<string> container, string? head, IEnumerable<string>? neighbours) =>
        head is null && container.Contains("profile")
        && HasBareNeighbour(name, neighbours ?? [], neighbour => neighbour.Kind is "FirstName" or "LastName" or "BirthDate");

    private static bool IsSignUp(List<string> typeWords)
    {
        if (typeWords.Count < 2 || !SignUpShapeWords.Contains(typeWords[typeWords.Count - 1]))
        {
            return false;
        }

        var last = typeWords.Count - 2;
        while (last >= 0 && TypeShapeWords.Contains(typeWords[last]))
        {
            last--;
        }

        int first;
        if (last >= 0 && SignUpWords.Contains(typeWords[last]))
        {
            first = last;
        }
        else if (last >= 1 && typeWords[last] == "up" && typeWords[last - 1] == "sign")
        {
            first = last - 1;
        }
        else
        {
            return false;
        }

        // A person noun first is the one who signs up, for whatever follows (VolunteerTaskSignupViewModel).
        if (first == 0 || PersonNouns.Contains(typeWords[0]))
        {
            return true;
        }

        for (var i = 0; i < first; i++)
        {
            if (!PersonNouns.Contains(typeWords[i]) && typeWords[i] != "account")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The noun a type is about: its last word before the shape words (<c>UserInfo</c> → user); for a search of
    /// people, the person searched for, in the singular (<c>UserSearchOption</c>, <c>MembersSearchCriteria</c> → user,
    /// member, while <c>ElasticSearchOptions</c> stays options).
    /// </summary>
    private static string? HeadNoun(List<string> typeWords)
    {
        var headIndex = HeadIndex(typeWords);
        var head = headIndex >= 0 ? typeWords[headIndex] : null;
        if (typeWords.Exists(QueryWords.Contains)
            && LastWordExcept(typeWords, word => TypeShapeWords.Contains(word) || QueryWords.Contains(word) || IsNumber(word) || word is "option" or "options") is { } searched)
        {
            if (PersonNouns.Contains(searched))
            {
                return searched;
            }

            var singular = searched.Length > 3 && searched[searched.Length - 1] == 's' ? searched.Substring(0, searched.Length - 1) : null;
            if (singular is not null && PersonNouns.Contains(singular))
            {
                return singular;
            }
        }

        return head;
    }

    /// <summary>
    /// Where a type's head noun stands: the last word before the shape words (<c>UserInfo</c> → user), and in an event
    /// the subject before what happened to it (<c>PayerCreatedDomainEvent</c> → payer, <c>NewUserRegisteredIntegrationEvent</c>
    /// → user); -1 when the type is named by shape words only (<c>Event</c>, <c>EventDto</c>).
    /// </summary>
    private static int HeadIndex(List<string> typeWords)
    {
        var i = typeWords.Count - 1;
        var happening = false;
        // A number after the noun counts versions, not things (Contact2Entity is about a contact).
        while (i >= 0 && (TypeShapeWords.Contains(typeWords[i]) || IsNumber(typeWords[i])))
        {
            happening |= EventWords.Contains(typeWords[i]);
            i--;
        }

        while (happening && i > 0 && (EventKindWords.Contains(typeWords[i]) || IsPastParticiple(typeWords[i])))
        {
            i--;
        }

        return i;
    }

    /// <summary>A verb in the past tense that names an event (<c>Created</c>, <c>Registered</c>), not a noun like <c>Feed</c>.</summary>
    private static bool IsPastParticiple(string word) => word.Length > 4 && word.EndsWith("ed", System.StringComparison.Ordinal) && !word.EndsWith("eed", System.StringComparison.Ordinal);

    /// <summary>
    /// The words of a type's name up to its head noun, which say what it holds (<c>MemberMeetingDto</c> → member, meeting;
    /// <c>PayerCreatedDomainEvent</c> → payer); all of them when the type is named by shape words only (<c>EventDto</c>).
    /// </summary>
    private static List<string> SubjectWords(List<string> typeWords)
    {
        var headIndex = HeadIndex(typeWords);
        return headIndex < 0 ? typeWords : typeWords.GetRange(0, headIndex + 1);
    }

    /// <summary>The words of a class of behaviour's name without its last word "service" (<c>AuthService</c> → auth).</summary>
    private static List<string> WithoutServiceWord(List<string> words) =>
        words.Count > 1 && words[words.Count - 1] is "service" or "services" ? words.GetRange(0, words.Count - 1) : words;

    private static string? LastWordExcept(List<string> words, System.Func<string, bool> skip)
    {
        for (var i = words.Count - 1; i >= 0; i--)
        {
            if (!skip(words[i]))
            {
                return words[i];
            }
        }

        return null;
    }

    /// <summary>
    /// True when a neighbour says what kind of owner the record has (<c>OwnerType</c>, <c>OwnerKind</c>): the owner may be
    /// an organization or anything else as well as a person.
    /// </summary>
    private static bool NamesOwnerKind(string name, IEnumerable<string>? neighbours)
    {
        if (neighbours is null)
        {
            return false;
        }

        foreach (var neighbour in neighbours)
        {
            var words = Words(neighbour);
            var owner = words.IndexOf("owner");
            if (neighbour != name && owner >= 0 && owner + 1 < words.Count && words[owner + 1] is "type" or "kind")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the other members say that a bare <c>Name</c> or <c>DisplayName</c> is a person's although the type's name
    /// does not: a bare first, last or middle name beside it (the person's record: <c>TeamMember.Name</c> next to
    /// <c>FirstName</c>), a bare full name beside a display name (its shown form), or the record's own bare e-mail or
    /// phone (<c>Request.Name</c> next to <c>Request.Email</c>: whoever is written to at that address has that name).
    /// A neighbour with words before it is someone else's (<c>Campaign.PrimaryContactFirstName</c>). Organisations,
    /// premises, places, gatherings, groups and program artifacts have names and mailboxes too: their types never count.
    /// </summary>
    private static bool NamesPersonByNeighbours(string name, Entry entry, List<string> container, string? head, IEnumerable<string>? neighbours)
    {
        if (entry.Kind != "FullName" || neighbours is null || (head is not null && ArtifactQualifiers.Contains(head)))
        {
            return false;
        }

        if (HasBareNeighbour(name, neighbours, neighbour => neighbour.Kind is "FirstName" or "LastName" or "MiddleName")
            || (entry.Spelling == "displayname" && HasBareNeighbour(name, neighbours, neighbour => neighbour.Spelling == "fullname"))
            || BesidePersonsBirthDate(name, container, neighbours))
        {
            return true;
        }

        var subject = SubjectWords(container);
        return !subject.Exists(word => OrganisationWords.Contains(word) || VenueWords.Contains(word) || GroupWords.Contains(word))
            && !NamesPremises(subject, subject.Count) && !DescribesPlaces(subject)
            && HasBareNeighbour(name, neighbours, neighbour => neighbour is { Kind: "Email" or "Phone", Context: Context.Any });
    }

    /// <summary>
    /// A role's name beside the same role's contact data or identity (<c>KeeperName</c> beside <c>KeeperAddress</c>,
    /// <c>AppellantName</c> beside <c>AppellantEmail</c>): whoever has an e-mail, a phone, a home or a birth date is a person.
    /// Not an organisation's, a venue's, a place's or a program part's (<c>CompanyName</c> beside <c>CompanyEmail</c>,
    /// <c>SiteName</c> beside <c>SiteAddress</c>).
    /// </summary>
    private static Entry? RoleNameEntry(string name, IEnumerable<string>? neighbours)
    {
        var words = Words(name);
        return words.Count >= 2 && words[words.Count - 1] == "name" && neighbours is not null && NamesRoleWithContact(name, words, neighbours)
            ? new Entry(string.Concat(words), "FullName", TextOnly)
            : null;
    }

    private static bool NamesRoleWithContact(string name, List<string> words, IEnumerable<string> neighbours)
    {
        var role = words.GetRange(0, words.Count - 1);
        if (role.Exists(word => VenueWords.Contains(word) || GroupWords.Contains(word) || ArtifactQualifiers.Contains(word) || PlaceTypeWords.Contains(word)
                || AreaWords.Contains(word))
            || NamesOrganisation(role)
            || NamesPremises(role, role.Count) || DescribesPlaces(role))
        {
            return false;
        }

        foreach (var neighbour in neighbours)
        {
            var other = Words(neighbour);
            if (other.Count <= role.Count || neighbour == name || !StartsWith(other, role))
            {
                continue;
            }

            if (MatchName(neighbour) is { Kind: "Email" or "Phone" or "PostalAddress" or "BirthDate" or "GovernmentId" }
                && MatchName(string.Join("_", other.GetRange(role.Count, other.Count - role.Count))) is { Kind: "Email" or "Phone" or "PostalAddress" or "BirthDate" or "GovernmentId" })
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWith(List<string> words, List<string> prefix)
    {
        for (var i = 0; i < prefix.Count; i++)
        {
            if (words[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when another member is an entry that passes <paramref name="test"/> with nothing before it (<c>Email</c>,
    /// <c>PhoneNumber</c>, <c>FirstName</c>; not <c>ContactEmail</c> or <c>PrimaryContactFirstName</c>).
    /// </summary>
    private static bool HasBareNeighbour(string name, IEnumerable<string> neighbours, System.Func<Entry, bool> test) =>
        HasNeighbour(name, neighbours, test, bare: true);

    /// <summary>
    /// True when a type describes places rather than anyone at them: a location, a place, an itinerary or a route
    /// (<c>Location.City</c>, <c>Itinerary.StartLatitude</c>), or a table of postal codes or areas (<c>PostalCodeGeo.City</c>,
    /// <c>ZipCodeLookup.Latitude</c>, <c>CityInfo.Latitude</c>).
    /// </summary>
    private static bool DescribesPlaces(List<string> subject)
    {
        for (var i = 0; i < subject.Count; i++)
        {
            var word = subject[i];
            if (PlaceTypeWords.Contains(word) || AreaWords.Contains(word)
                || (word is "zip" or "postcode" or "zipcode" or "postalcode")
                || (word == "code" && i > 0 && subject[i - 1] is "postal" or "zip" or "post"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An IP address that is no machine's by its name (<c>Ip</c>, <c>ClientIp</c>): a location beside it is the visitor's.</summary>
    private static bool IsVisitorIp(Entry entry) => entry is { Kind: "OnlineIdentifier" } && entry.Spelling is "ip" or "ipaddress" or "clientip" or "remoteip";

    /// <summary>True when the name says who did something: a verb in the past tense and "by" (<c>RequestedByAlias</c>, not <c>OrderByAlias</c>).</summary>
    private static bool NamesAgent(List<string> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i] == "by" && IsPastParticiple(words[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when another member is a port, a protocol or a host name: the type describes a network endpoint.</summary>
    private static bool HasNetworkNeighbour(IEnumerable<string>? neighbours)
    {
        if (neighbours is null)
        {
            return false;
        }

        foreach (var neighbour in neighbours)
        {
            var words = Words(neighbour);
            if (words.Count > 0 && words[words.Count - 1] is "port" or "protocol" or "scheme" or "hostname")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An identifier of a person or of their device (<c>UserId</c>, <c>DeviceId</c>): a record that holds one is about them.</summary>
    private static bool IsPersonId(Entry entry) => entry is { Kind: "OnlineIdentifier", Context: Context.Any };

    /// <summary>A bare country (<c>Country</c>, <c>CountryCode</c>, <c>CountryName</c>): shared by millions, it locates a person only as part of an address.</summary>
    private static bool IsBareCountry(string name) => Words(name) is { Count: > 0 } words && words[0] is "country" or "countries";

    /// <summary>
    /// A list of people as text or keys (<c>List&lt;string&gt; AssignedUsers</c>, <c>Guid[] NewlyAssignedVolunteers</c>): their ids
    /// or names. Program parts named like people (consumers, subscribers of a bus) and counts never match.
    /// </summary>
    private static Entry? PeopleListEntry(string name, ITypeSymbol type)
    {
        if (TypeContents.ElementType(type) is null || type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T }
            || Shape(type) is not (Shapes.Text or Shapes.Guid))
        {
            return null;
        }

        var words = Words(name);
        var last = words.Count > 0 ? words[words.Count - 1] : string.Empty;
        var singular = last.Length > 3 && last[last.Length - 1] == 's' ? last.Substring(0, last.Length - 1) : null;
        if (singular is null || !PersonNouns.Contains(singular) || singular is "consumer" or "subscriber" or "holder")
        {
            return null;
        }

        for (var i = 0; i < words.Count - 1; i++)
        {
            if (Disqualifiers.Contains(words[i]) || Prepositions.Contains(words[i]))
            {
                return null;
            }
        }

        return new Entry(last, "OnlineIdentifier", TextOnly | Shapes.Guid, DiscoveryOnly: true);
    }

    /// <summary>
    /// The person who did something, held as text: a past participle, "by" and a person noun, and nothing else
    /// (<c>string BlockedByUser</c>, <c>ApprovedByCustomer</c>), is that person's name or login; the same with "name" or
    /// "display name" after "by" (<c>SignedByName</c>, <c>LastModifiedByDisplayName</c>) is their name.
    /// </summary>
    private static Entry? ActorTextEntry(string name)
    {
        var words = Words(name);
        var by = words.IndexOf("by");
        if (by < 1 || !IsPastParticiple(words[by - 1]))
        {
            return null;
        }

        var actor = string.Concat(words.GetRange(by + 1, words.Count - by - 1));
        return actor is "name" or "fullname" or "displayname" ? new Entry(string.Concat(words), "FullName", TextOnly)
            : words.Count == 3 && by == 1 && PersonNouns.Contains(actor) ? new Entry(string.Concat(words), "OnlineIdentifier", TextOnly)
            : null;
    }

    /// <summary>
    /// The id of a person named before what they did (<c>UserReportedId</c>, <c>MemberInvitedIds</c>): a person noun, then
    /// verbs in the past tense, then id or ids; or of whoever did it, by an audit column's name (<c>CreatedById</c>,
    /// <c>LatestUpdatedById</c>). Not after a flag or setting word.
    /// </summary>
    private static Entry? ActorIdEntry(string name)
    {
        var words = Words(name);
        var last = words.Count - 1;
        if (last < 2 || words[last] is not ("id" or "ids"))
        {
            return null;
        }

        if (words[last - 1] is "by" && IsPastParticiple(words[last - 2]))
        {
            for (var i = 0; i < last - 2; i++)
            {
                if (Disqualifiers.Contains(words[i]))
                {
                    return null;
                }
            }

            return PersonKey(words[last - 2] + "byid");
        }

        var verb = last - 1;
        while (verb > 0 && IsPastParticiple(words[verb]))
        {
            verb--;
        }

        if (verb == last - 1 || !PersonNouns.Contains(words[verb]))
        {
            return null;
        }

        for (var i = 0; i < verb; i++)
        {
            if (Disqualifiers.Contains(words[i]) || Prepositions.Contains(words[i]))
            {
                return null;
            }
        }

        return PersonKey(words[verb] + "id");
    }

    private static bool HasNeighbour(string name, IEnumerable<string>? neighbours, System.Func<Entry, bool> test, bool bare = false)
    {
        if (neighbours is null)
        {
            return false;
        }

        foreach (var neighbour in neighbours)
        {
            if (neighbour != name && MatchName(neighbour) is { } entry && test(entry)
                && (!bare || string.Concat(WithoutNameStatus(Words(neighbour))).StartsWith(entry.Spelling, System.StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words after the leading status words (<c>StatedFirstName</c> → first, name): the record's own name, as stated.</summary>
    private static List<string> WithoutNameStatus(List<string> words)
    {
        var skip = 0;
        while (skip < words.Count - 1 && NameStatusWords.Contains(words[skip]))
        {
            skip++;
        }

        return skip == 0 ? words : words.GetRange(skip, words.Count - skip);
    }

    /// <summary>Where a person lives or is: address parts, cities, coordinates.</summary>
    private static bool IsPlace(Entry entry) => entry.Kind is "PostalAddress" or "City" or "Location";

    /// <summary>
    /// A member that places a person and not only an area: a street or a whole address, a person's name, contact data or
    /// key (a postal code, a district or a country alone names an area).
    /// </summary>
    private static bool LocatesPerson(Entry entry) =>
        (entry.Kind == "PostalAddress" && entry.Context == Context.Any && entry.Spelling is not ("zipcode" or "postalcode" or "zip" or "postcode") && !IsAddressKey(entry))
        || entry.Kind is "FullName" or "FirstName" or "LastName" or "Email" or "Phone" || IsPersonKey(entry);

    /// <summary>Contact data and tax numbers, which organisations have as well as people.</summary>
    /// <summary>
    /// A government id only a natural person has (a passport, a social security or national insurance number, a driving
    /// licence): never an organisation's, unlike a tax or VAT number.
    /// </summary>
    private static bool IsPersonsOwnId(Entry entry) => entry.Kind == "GovernmentId" && PersonsOwnIds.Contains(entry.Spelling);

    /// <summary>The government ids of <see cref="IsPersonsOwnId"/> (a company has a tax, a VAT and an insurance number too).</summary>
    private static readonly HashSet<string> PersonsOwnIds =
    [
        "passport", "pasport", "паспорт", "snils", "снилс", "ssn", "socialsecuritynumber", "nationalid", "nationalinsurancenumber", "nationalinsurance", "uniquepupilnumber", "uniquelearnernumber",
        "driverlicense", "driverslicense", "drivinglicence", "driverslicence", "driverlicence", "drivinglicense", "personalhealthnumber", "healthnumber", "healthcardnumber", "phn",
        "nhsnumber", "medicarenumber", "medicaidnumber", "socialinsurancenumber", "polis",
    ];

    private static bool IsContact(Entry entry) => IsPlace(entry) || entry.Kind is "Email" or "Phone" or "GovernmentId";

    /// <summary>A street or a postal code: an address whatever the type is called (<c>RegisterModel.City</c> next to <c>StreetAddress</c>).</summary>
    private static bool IsStreetOrZip(Entry entry) => entry.Kind is "PostalAddress" && entry.Context == Context.Any && !IsAddressKey(entry);

    /// <summary>
    /// True when the member is its type's own key (<c>Address.AddressId</c>, <c>PersonAddress.PersonAddressId</c>, and
    /// behind an application's prefix <c>PimsAddress.AddressId</c>): the row's key, quiet like a bare <c>Id</c>. A word
    /// before it that names a person or a kind of address makes it a reference (<c>UserAddress.AddressId</c>).
    /// </summary>
    private static bool IsOwnKey(string name, List<string> container)
    {
        var words = Words(name);
        var offset = container.Count - (words.Count - 1);
        if (words.Count < 2 || words[words.Count - 1] != "id" || offset is < 0 or > 1
            || (offset == 1 && (PersonNouns.Contains(container[0]) || AddressPartPrefixes.Contains(container[0]))))
        {
            return false;
        }

        for (var i = 0; i < words.Count - 1; i++)
        {
            if (words[i] != container[offset + i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An address record's key: it says nothing of the address's parts beside it.</summary>
    private static bool IsAddressKey(Entry entry) => entry.Spelling == "addressid";

    /// <summary>The application's own mailbox: <c>SmtpServer</c>, <c>ImapClient</c>, <c>EmailAccount</c>, <c>MailSender</c>.</summary>
    private static bool IsMailTransport(List<string> container, string? head) =>
        container.Exists(MailTransportWords.Contains)
        || (head is not null && MailboxHeads.Contains(head) && container.Exists(word => word is "email" or "mail"));

    /// <summary>A member that is an address on its own: a street, a city, a zip code, an address line.</summary>
    private static bool IsAddress(Entry entry) => entry.Kind is "PostalAddress" or "City" && entry.Context != Context.AddressPart && !IsAddressKey(entry);

    /// <summary>A card number or a card holder's name.</summary>
    private static bool IsCard(Entry entry) =>
        entry.Context is not (Context.CardPart or Context.NextToCard) && entry.Spelling.Contains("card");

    /// <summary>
    /// The guess for a declared symbol: an instance field or property, a parameter, or a method named
    /// <c>GetX</c>/<c>get_X</c> (its return value), judged by its name, its value type and its containing type.
    /// Constants and static state describe the application, not a data subject; compiler-written symbols are skipped.
    /// </summary>
    public static Match? ClassifySymbol(ISymbol symbol)
    {
        switch (symbol)
        {
            case IFieldSymbol { IsImplicitlyDeclared: false, IsConst: false, IsStatic: false } field:
                return OwnedByItsOwnKind(field.Name, field.ContainingType)
                    ? null
                    : Classify(field.Name, field.Type, field.ContainingType?.Name, MemberNames(field.ContainingType), NestedInSettings(field.ContainingType))
                        ?? LearnedPersonKey(field.Name, field.Type, field.ContainingType);
            case IPropertySymbol { IsStatic: false, IsIndexer: false } property:
                return OwnedByItsOwnKind(property.Name, property.ContainingType)
                    ? null
                    : Classify(property.Name, property.Type, property.ContainingType?.Name, MemberNames(property.ContainingType), NestedInSettings(property.ContainingType))
                        ?? LearnedPersonKey(property.Name, property.Type, property.ContainingType);
            // A lambda's parameters are what its caller hands it (a minimal API's request values, a callback's), not its
            // class's: LockerEndpoints' (double lat, double lng) is where the asker stands.
            case IParameterSymbol { IsImplicitlyDeclared: false, ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.LambdaMethod or MethodKind.AnonymousFunction } lambda } parameter:
                return Classify(parameter.Name, parameter.Type, containerName: null, ParameterNames(lambda), ofMethod: true);
            case IParameterSymbol { IsImplicitlyDeclared: false, ContainingSymbol: IMethodSymbol method } parameter
                when method.MethodKind != MethodKind.PropertySet:
                return Classify(parameter.Name, parameter.Type, method.ContainingType?.Name, ParameterNames(method), ofMethod: true)
                    ?? LearnedPersonKey(parameter.Name, parameter.Type, method.ContainingType);
            // A static getter without parameters can only read static state (GetSupportEmail()); one that takes its
            // subject (GetEmail(this User user)) reads a person's data.
            case IMethodSymbol { MethodKind: MethodKind.Ordinary, ReturnsVoid: false, IsImplicitlyDeclared: false } method
                when GetterSubject(method.Name) is { } subject && !(method.IsStatic && method.Parameters.IsEmpty):
                return Classify(subject, Awaited(method.ReturnType), method.ContainingType?.Name, MemberNames(method.ContainingType));
            default:
                return null;
        }
    }

    /// <summary>
    /// True for the <c>OwnerId</c> of a record whose <c>Owner</c> is a record of its own kind (<c>BaseItemEntity.Owner</c>
    /// of type <c>BaseItemEntity</c>): an item owned by another item, no person.
    /// </summary>
    private static bool OwnedByItsOwnKind(string name, INamedTypeSymbol? type)
    {
        if (type is null || !string.Equals(name, "OwnerId", System.StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var member in type.GetMembers())
        {
            var owner = member switch
            {
                IPropertySymbol { Name: "Owner" } property => property.Type,
                IFieldSymbol { Name: "Owner" } field => field.Type,
                _ => null,
            };
            if (owner is not null)
            {
                var value = owner.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
                for (var t = type; t is not null; t = t.BaseType)
                {
                    if (SymbolEqualityComparer.Default.Equals(value.OriginalDefinition, t.OriginalDefinition))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when a type is declared inside a settings type (<c>DbConfiguration.VcapCredentials</c>,
    /// <c>RedisOptions.Endpoint</c>): the credentials it holds are the application's.
    /// </summary>
    private static bool NestedInSettings(INamedTypeSymbol? type)
    {
        for (var outer = type?.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (IsSettingsType(outer))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a type's name ends in a settings word (<c>CompanyOptions</c>, <c>SmtpSettings</c>, <c>AppConfig</c>).</summary>
    private static bool IsSettingsType(ITypeSymbol type) => HeadNoun(Words(type.Name)) is { } head && SettingsTypeWords.Contains(head);

    /// <summary>
    /// True for the application's own settings (<c>CompanyOptions</c>), not a person's preferences named by a person
    /// (<c>UserSettings</c>, <c>CustomerNotificationOptions</c>).
    /// </summary>
    public static bool IsApplicationSettingsType(ITypeSymbol type) => IsSettingsType(type) && !Words(type.Name).Exists(PersonNouns.Contains);

    /// <summary>
    /// The names of a type's members and of its base types' declared in source (<c>RequestSummaryViewModel.State</c> next to
    /// the <c>Address</c> its base <c>RequestListViewModel</c> declares).
    /// </summary>
    private static IEnumerable<string>? MemberNames(INamedTypeSymbol? type)
    {
        if (type?.BaseType is not { DeclaringSyntaxReferences.IsEmpty: false })
        {
            return type?.MemberNames;
        }

        var names = new List<string>(type.MemberNames);
        for (var ancestor = type.BaseType; ancestor is { DeclaringSyntaxReferences.IsEmpty: false }; ancestor = ancestor.BaseType)
        {
            names.AddRange(ancestor.MemberNames);
        }

        return names;
    }

    /// <summary>The names of a method's parameters: a constructor's <c>country</c> next to its <c>street</c>.</summary>
    public static IEnumerable<string> ParameterNames(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            yield return parameter.Name;
        }
    }

    /// <summary>
    /// What a getter method returns by its name: <c>GetTelephone</c>, <c>get_email</c> → <c>Telephone</c>, <c>email</c>;
    /// else null. An <c>Async</c> suffix says how it returns, and a clause from <c>By</c> or <c>For</c> on what it looks
    /// up by: <c>GetUserIdsByRoleAsync</c> returns user ids.
    /// </summary>
    private static string? GetterSubject(string name)
    {
        string subject;
        if (name.Length > 4 && name[3] == '_' && string.Compare(name, 0, "get", 0, 3, System.StringComparison.OrdinalIgnoreCase) == 0)
        {
            subject = name.Substring(4);
        }
        else if (name.Length > 3 && name.StartsWith("Get", System.StringComparison.Ordinal) && char.IsUpper(name[3]))
        {
            subject = name.Substring(3);
        }
        else
        {
            return null;
        }

        var words = Words(subject);
        var end = words.Count;
        if (end > 1 && words[end - 1] == "async")
        {
            end--;
        }

        var clause = end > 1 ? words.FindIndex(1, end - 1, word => word is "by" or "for") : -1;
        if (clause > 0)
        {
            end = clause;
        }

        return end == words.Count ? subject : string.Join("_", words.GetRange(0, end));
    }

    /// <summary>What an asynchronous method's task returns (<c>Task&lt;IList&lt;string&gt;&gt;</c> → <c>IList&lt;string&gt;</c>); other types as they are.</summary>
    internal static ITypeSymbol Awaited(ITypeSymbol type) =>
        type is INamedTypeSymbol { Arity: 1 } task
        && (SymbolNames.Is(task.OriginalDefinition, "System.Threading.Tasks.Task`1") || SymbolNames.Is(task.OriginalDefinition, "System.Threading.Tasks.ValueTask`1"))
            ? task.TypeArguments[0]
            : type;

    private static HashSet<string>? Qualifiers(Context context) => context switch
    {
        Context.PostalAddress or Context.AddressPart => NetworkQualifiers,
        Context.PersonName => ArtifactQualifiers,
        Context.Credential => SystemAccountQualifiers,
        Context.Biometric => KeyQualifiers,
        Context.HostAddress => HostQualifiers,
        Context.Owner => ProgramOwnerWords,
        _ => null,
    };

    /// <summary>The table entry a name spells, ignoring the value type; null when none or when the context words rule it out.</summary>
    public static Entry? MatchName(string name)
    {
        if (Matches.TryGetValue(name, out var known))
        {
            return known;
        }

        var match = MatchWords(name);
        if (Matches.Count < MaxRememberedMatches)
        {
            Matches.TryAdd(name, match);
        }

        return match;
    }

    /// <summary>
    /// The matches of names already read: a type's members are each read as neighbours of all the others, so a name is
    /// matched many times. Names only, so one table serves every compilation; bounded, as an IDE process lives long.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Entry?> Matches = new(System.StringComparer.Ordinal);

    private const int MaxRememberedMatches = 200_000;

    private static Entry? MatchWords(string name)
    {
        var words = Words(name);
        Entry? best = null;
        var bestEnd = -1;
        var bestLength = 0;
        for (var start = 0; start < words.Count; start++)
        {
            var spelling = string.Empty;
            // The run with its first word in the singular: DatesOfBirth spells dateofbirth.
            var singularFirst = Singular(words[start]);
            for (var end = start; end < words.Count && end - start < MaxWordsPerEntry; end++)
            {
                spelling += words[end];
                singularFirst = end == start || singularFirst is null ? singularFirst : singularFirst + words[end];
                if (!(TryLookUp(spelling, out var entry) || (end > start && singularFirst is not null && BySpelling.TryGetValue(singularFirst, out entry)))
                    || !Fits(entry, words, start, end))
                {
                    continue;
                }

                // The match closest to the head noun (the last word) wins, then the longest.
                var length = end - start + 1;
                if (end > bestEnd || (end == bestEnd && length > bestLength))
                {
                    best = entry;
                    bestEnd = end;
                    bestLength = length;
                }
            }
        }

        return best ?? GluedRefinement(words);
    }

    /// <summary>
    /// A name written in lower case with no separators glues an entry and its refinement into one word
    /// (<c>phonenumber</c>, <c>driverslicencenumber</c>, as CRM and JSON-mapped models spell them): read it as the two.
    /// </summary>
    private static Entry? GluedRefinement(List<string> words)
    {
        // A declaration being typed may have no name yet.
        if (words.Count == 0)
        {
            return null;
        }

        var last = words[words.Count - 1];
        foreach (var refinement in Refinements)
        {
            if (refinement.Length > 2 && last.Length > refinement.Length + 2 && last.EndsWith(refinement, System.StringComparison.Ordinal)
                && TryLookUp(last.Substring(0, last.Length - refinement.Length), out _))
            {
                var split = words.GetRange(0, words.Count - 1);
                split.Add(last.Substring(0, last.Length - refinement.Length));
                split.Add(refinement);
                return MatchName(string.Join("_", split));
            }
        }

        return null;
    }

    /// <summary>Finds an entry by its spelling, also in the plural (<c>Phones</c>, <c>Emails</c>, <c>EmailAddresses</c>).</summary>
    private static bool TryLookUp(string spelling, out Entry entry) =>
        BySpelling.TryGetValue(spelling, out entry)
        || (Singular(spelling) is { } singular
            && (BySpelling.TryGetValue(singular, out entry)
                || (singular.EndsWith("sse", System.StringComparison.Ordinal) && BySpelling.TryGetValue(singular.Substring(0, singular.Length - 1), out entry))));

    /// <summary>A word without its plural s (<c>dates</c> → date), or null when it has none (<c>address</c>, <c>bus</c>).</summary>
    private static string? Singular(string word) =>
        word.Length > 3 && word[word.Length - 1] == 's' && word[word.Length - 2] != 's' ? word.Substring(0, word.Length - 1) : null;

    /// <summary>
    /// Splits an identifier into lower-case words: <c>IPAddress</c> → ip, address; <c>data_rozhdeniya</c> → data, rozhdeniya.
    /// An abbreviated address is spelled out (<c>ContactEmailAddr</c> → contact, email, address), and so is a number at the
    /// end (<c>LicenceNo</c> → licence, number).
    /// </summary>
    public static List<string> Words(string identifier)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(identifier, ref start, i, words);
                continue;
            }

            if (start >= 0 && StartsWord(identifier, i))
            {
                Flush(identifier, ref start, i, words);
            }

            if (start < 0)
            {
                start = i;
            }
        }

        Flush(identifier, ref start, identifier.Length, words);

        // A number abbreviated at the end of a name is spelled out: LicenceNo, NhsNr → licence number, nhs number.
        if (words.Count >= 2 && words[words.Count - 1] is "no" or "nr" or "nbr" or "num")
        {
            words[words.Count - 1] = "number";
        }

        return words;
    }

    private static bool StartsWord(string text, int i)
    {
        var previous = text[i - 1];
        var current = text[i];
        if (char.IsDigit(previous) != char.IsDigit(current))
        {
            return true;
        }

        if (char.IsLower(previous) && char.IsUpper(current))
        {
            return true;
        }

        // The last capital of an acronym starts the next word: IPAddress → IP, Address.
        return char.IsUpper(previous) && char.IsUpper(current) && i + 1 < text.Length && char.IsLower(text[i + 1]);
    }

    private static void Flush(string text, ref int start, int end, List<string> words)
    {
        if (start >= 0)
        {
            var word = text.Substring(start, end - start).ToLowerInvariant();
            words.Add(word == "addr" ? "address" : word);
            start = -1;
        }
    }

    private static bool Fits(Entry entry, List<string> words, int start, int end)
    {
        // A bare Name or Id only: Customer.OrderId is the order's id, Customer.ProductName a product's name; a bare To
        // or Token only, whole: QueuedEmail.ToNumber, PushRegistration.TokenExpiry are something else.
        if (entry.Context is Context.PersonType or Context.PersonAttribute or Context.DeviceType or Context.AddressType && start > 0
            && !(entry.Kind == "FullName" && WithoutNameStatus(words).Count == words.Count - start)
            && !words.GetRange(0, start).TrueForAll(EncodingWords.Contains))
        {
            return false;
        }

        if (entry.Context is Context.MessageType or Context.PushType or Context.NameType && (start > 0 || end < words.Count - 1))
        {
            return false;
        }

        for (var i = end + 1; i < words.Count; i++)
        {
            // A special category for an occasion is still the person's (AccessibilityNeedsForEvent).
            if (words[i] == "for" && i + 1 < words.Count && IsSpecialCategory(entry))
            {
                break;
            }

            // One of alternatives a member holds (LastNameOrCorpName: a person's surname or a company's name).
            if (words[i] is "or" or "and" && IsAlternative(words, i + 1, words[end]))
            {
                break;
            }

            if (!Refines(entry, words[i]))
            {
                return false;
            }
        }

        for (var i = 0; i < start; i++)
        {
            // A mail address's city or postal code (MailAddressCity) is the postal address's the mail goes to.
            var mailingAddress = words[i] == "mail" && i + 1 < start && words[i + 1] == "address";
            // A person's default delivery address is one they chose (User.DefaultShippingAddressId), no sample value.
            var chosenAddress = words[i] == "default" && IsPlace(entry) && i + 1 < start && words[i + 1] is "billing" or "shipping" or "delivery" or "mailing" or "postal" or "home";
            if ((PersonNouns.Contains(entry.Spelling) && Prepositions.Contains(words[i])) || (Disqualifiers.Contains(words[i]) && !chosenAddress)
                || (Qualifiers(entry.Context)?.Contains(words[i]) == true && !mailingAddress)
                || (entry.Context == Context.AddressPart && !AddressPartPrefixes.Contains(words[i]) && !PersonNouns.Contains(words[i])))
            {
                return false;
            }
        }

        return (!(IsContact(entry) || entry.Context == Context.Credential) || !OwnedByOrganisation(words, start))
            && !(IsPlace(entry) && (HeldAtVenue(words, start) || AtPremises(words, start)));
    }

    /// <summary>
    /// True when the nearest owner named before a place is premises (<c>DepotLatitude</c>, <c>HomeBayLongitude</c>,
    /// <c>AgentOfficeAddress</c>); a site before it is as often a person's home (an insurer's visit to a claim's site).
    /// </summary>
    private static bool AtPremises(List<string> words, int start) =>
        NearestOwnerIs(words, start, (w, i) => IsPremises(w, i) && w[i] is not ("site" or "sites"));

    /// <summary>
    /// True when the words from <paramref name="from"/> name another alternative to the match: one with the same head
    /// noun (<c>LastNameOrCorpName1</c>) or a match of its own (<c>EmailOrPhone</c>), not whatever the whole is of
    /// (<c>AddressOrPhoneFormat</c> is a format).
    /// </summary>
    private static bool IsAlternative(List<string> words, int from, string head)
    {
        var last = words.Count - 1;
        while (last >= from && IsNumber(words[last]))
        {
            last--;
        }

        return last >= from && (words[last] == head || MatchName(string.Join("_", words.GetRange(from, last - from + 1))) is not null);
    }

    /// <summary>
    /// True when the nearest owner named before a place is a gathering or its venue (<c>MeetingLocationAddress</c>,
    /// <c>EventCity</c>), false when it is a person (<c>MeetingAttendeeCity</c>) or nobody is named.
    /// </summary>
    private static bool HeldAtVenue(List<string> words, int start) => NearestOwnerIs(words, start, (w, i) => VenueWords.Contains(w[i]));

    /// <summary>
    /// A word after a match that keeps its meaning, also in the plural: <c>PhoneNumbers</c>, <c>AddressLine1</c>, a letter
    /// telling parties apart (<c>EmailA</c>, <c>EmailB</c>), and for a country, a state or a city its name
    /// (<c>CountryName</c>, <c>StateProvinceName</c>).
    /// </summary>
    private static bool Refines(Entry entry, string word) =>
        // A number after a name is a reference, not the name (CustomerNumber, PayerNo): the person's key.
        !(entry.Kind == "FullName" && word is "number" or "num" or "no" or "nr" or "nbr" or "nomer" or "номер" or "digits" or "series")
        && (Refinements.Contains(word) || IsNumber(word) || (word.Length == 1 && char.IsLetter(word[0]))
        || (Singular(word) is { } singular && Refinements.Contains(singular))
        // A picture's file (User.AvatarFileName, ProfilePhotoPath) is the picture.
        || (PictureEntries.Contains(entry.Spelling) && word is "file" or "filename" or "name" or "path" or "url" or "uri")
        || (word == "name" && (entry.Context == Context.AddressPart || entry.Kind == "City"))
        || (IsSpecialCategory(entry) && (CategoryRefinements.Contains(word) || (entry.Sensitive && CategoryGroupWords.Contains(word))))
        // A reading's unit (HeartRateBpm, SystolicMmHg, BmiPercent) says how it is measured.
        || (entry.Shapes == Vital && VitalUnits.Contains(word)));

    /// <summary>
    /// A special category named wherever it appears (<c>Religion</c>, <c>Ethnicity</c>, <c>Disability</c>), not one that
    /// counts only in a person's type (<c>Race</c>, <c>Nationality</c>): the words after it may say how it is recorded.
    /// </summary>
    private static bool IsSpecialCategory(Entry entry) => (entry.Sensitive || entry.Kind == "Health") && entry.Context == Context.Any;

    /// <summary>
    /// True when the nearest owner named before a match is an organisation, its desk or a pickup point (<c>BusinessAddress</c>,
    /// <c>CompanyPhone</c>, <c>CustomerServicePhone</c>, <c>PickupPointAddress</c>), false when it is a person (<c>CompanyContactEmail</c>) or nobody is named.
    /// </summary>
    private static bool OwnedByOrganisation(List<string> words, int start) =>
        NearestOwnerIs(words, start, (w, i) => IsOrganisationWord(w, i) || OperatorDeskWords.Contains(w[i]) || IsCollectionPoint(w, i));

    /// <summary>True when a word of <paramref name="words"/> names an organisation (see <see cref="IsOrganisationWord"/>).</summary>
    private static bool NamesOrganisation(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (IsOrganisationWord(words, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The word at <paramref name="index"/> names an organisation; a tenant does (a SaaS customer's), unless a letting's words
    /// make it a person (<c>LeadTenantEmail</c>, <c>JointTenantName</c>).
    /// </summary>
    private static bool IsOrganisationWord(List<string> words, int index) =>
        OrganisationWords.Contains(words[index])
        && !(words[index] == "tenant" && index > 0 && words[index - 1] is "lead" or "joint" or "sole" or "co" or "named" or "prospective" or "former" or "outgoing" or "incoming");

    /// <summary>True when, reading back from <paramref name="start"/>, <paramref name="isOwner"/> holds before a person noun is named.</summary>
    private static bool NearestOwnerIs(List<string> words, int start, System.Func<List<string>, int, bool> isOwner)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            if (PersonNouns.Contains(words[i]))
            {
                return false;
            }

            if (isOwner(words, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumber(string word) => word.Length > 0 && char.IsDigit(word[0]);

    /// <summary>
    /// The value type a member holds: collections count by their element (<c>List&lt;string&gt; Phones</c>), nullables by
    /// their value; <c>char[]</c> is text, not a collection of characters.
    /// </summary>
    private static ITypeSymbol ValueType(ITypeSymbol type)
    {
        // Two levels: a list of a person's names, each a list of its parts (string[][] VerifiedNames).
        for (var level = 0; level < 2 && type is not IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char }; level++)
        {
            type = TypeContents.Item(type);
        }

        return type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : type;
    }

    /// <summary>
    /// A strongly typed identifier: a class, struct or record of the application named after what it identifies
    /// (<c>MemberId</c>, <c>PayerId</c>, <c>OrderId</c>) and wrapping a key.
    /// </summary>
    private static bool IsTypedId(ITypeSymbol type) =>
        type.SpecialType == SpecialType.None && type is INamedTypeSymbol { Arity: 0, TypeKind: not TypeKind.Enum } && Words(type.Name) is { Count: > 1 } words
        && words[words.Count - 1] == "id";

    /// <summary>The value shape of a member type; collections count by their element (<c>List&lt;string&gt; Phones</c>).</summary>
    private static Shapes? Shape(ITypeSymbol type)
    {
        type = ValueType(type);
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return Shapes.Text;
            case SpecialType.System_DateTime:
                return Shapes.Date;
            case SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64
                or SpecialType.System_UInt64 or SpecialType.System_Decimal:
                return Shapes.Number;
            case SpecialType.System_Double or SpecialType.System_Single:
                return Shapes.Real;
        }

        if (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char })
        {
            return Shapes.Text;
        }

        if (SymbolNames.Is(type, "System.DateTimeOffset") || SymbolNames.Is(type, "System.DateOnly"))
        {
            return Shapes.Date;
        }

        if (SymbolNames.Is(type, "System.Guid"))
        {
            return Shapes.Guid;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return Shapes.Enum;
        }

        if (SymbolNames.Is(type, "System.Net.IPAddress"))
        {
            return Shapes.IpAddress;
        }

        if (SymbolNames.Is(type, "System.Net.Mail.MailAddress"))
        {
            return Shapes.MailAddress;
        }

        // A typed id holds a key as a Guid or a number does: MemberId MemberId, PayerId _payerId.
        return IsTypedId(type) ? Shapes.Guid : null;
    }

    /// <summary>
    /// A bare <c>Address</c>, <c>Number</c> or <c>Value</c> of a type named after an e-mail or a phone
    /// (<c>EmailEntity.Address</c>, <c>PhoneEntity.Number</c>, <c>EmailAddress.Value</c>, <c>PhoneNumber.Value</c>): the
    /// type's name says the kind. And the id of an address part in an address's type (<c>AddressEntity.RegionId</c>,
    /// <c>CountryId</c>): the region or country a person lives in, by its key.
    /// </summary>
    private static Entry? ContactRecordEntry(string name, string? containerName)
    {
        var words = Words(name);
        if (containerName is null || words.Count == 0)
        {
            return null;
        }

        var typeWords = Words(containerName);
        var head = HeadNoun(typeWords);
        if (words.Count >= 2 && words[words.Count - 1] is "id")
        {
            // The id of an address's part (ShippingAddressCountryId, StateOrProvinceId → StateOrProvince, as written): a
            // part of an address like its name, so where it counts is the part's context's to say (in an address's type,
            // named after one, or beside a street or a city: a sign-up form's CountryId).
            return MatchName(name.Substring(0, name.LastIndexOf("id", System.StringComparison.OrdinalIgnoreCase))) is { Context: Context.AddressPart } part
                ? new Entry(part.Spelling + "id", "PostalAddress", TextOrNumber, Context.AddressPart, DiscoveryOnly: true)
                : null;
        }

        if (words.Count > 1)
        {
            return null;
        }

        var word = words[0];
        // A message's recipient, bare (NotificationMessage.Recipient): an SMS goes to a phone, anything else to an e-mail.
        if (word is "recipient" or "recipients" && head is not null && MessageWords.Contains(head))
        {
            return typeWords.Exists(w => w is "sms" or "text")
                ? new Entry(word, "Phone", TextOrNumber)
                : new Entry(word, "Email", TextOnly | Shapes.MailAddress);
        }

        // A vehicle's bare registration (Vehicle.Registration, Car.Plate, PassengerVehicle.RegistrationNumber): its plate,
        // which names the keeper; a fleet's or a crew's is the operator's (see HoldsNoSubjectsData).
        if (word is "registration" or "plate" or "reg" && head is "vehicle" or "car" or "van" or "motorbike" or "motorcycle" or "trailer")
        {
            return new Entry("vehicleregistration", "Other", TextOnly);
        }

        // The answer to a security question or phrase (SecurityQuestion.Answer): a secret the person chose, like a password.
        if (word is "answer" or "answers" && typeWords.Exists(w => w is "security" or "secret"))
        {
            return new Entry(word, "Other", TextOnly);
        }

        if (word is not ("address" or "number" or "value"))
        {
            return null;
        }

        // The word before the head noun (CreditCard.Number: credit), read in place: this runs for every member.
        var headIndex = HeadIndex(typeWords);
        var subjectCount = headIndex < 0 ? typeWords.Count : headIndex + 1;
        var before = subjectCount > 1 ? typeWords[subjectCount - 2] : null;
        return head switch
        {
            // A contact method's value is a phone number or an e-mail, whichever the method is.
            "method" when before is "contact" && word is "value" => new Entry("contactmethodvalue", "Other", TextOnly),
            // A claim a person's account carries (UserClaim.Value): their e-mail, name or birth date, whichever it is.
            "claim" when word is "value" && before is not null && PersonNouns.Contains(before) => new Entry("personclaimvalue", "Other", TextOnly),
            "email" when word is not "number" => new Entry(word, "Email", TextOnly),
            "address" when before is "email" or "mail" && word is not "number" => new Entry(word, "Email", TextOnly),
            "phone" or "telephone" when word is not "address" => new Entry(word, "Phone", TextOrNumber),
            // A payment card's bare number (PaymentCard.Number, CreditCard.Number) is its card number; a gift card's is a voucher.
            "card" when word is "number" && !NonPaymentCardWords.Contains(before ?? "") => new Entry("cardnumber", "FinancialAccount", TextOrNumber),
            "number" when before is "phone" or "telephone" && word is not "address" => new Entry(word, "Phone", TextOrNumber),
            _ => null,
        };
    }

    /// <summary>
    /// A member of a person's résumé, by its type: in a work history (<c>WorkHistory</c>, <c>WorkExperienceItem</c>,
    /// <c>EmploymentHistory</c>) the job's title, role, description and employing organisation, once another member names
    /// a job or it does itself (a job title, an employer, an organisation: a scheduler's history of work has none); in a qualification or a
    /// degree its subject and grade, when both are there (a grade is what a person achieved; a catalogue of qualifications
    /// has none); in a course's or an education's type its title, provider or institution, once the record says when
    /// the course was finished (a course catalogue has the same members, but no year achieved).
    /// </summary>
    private static Entry? ResumeEntry(string name, string? containerName, IEnumerable<string>? neighbours)
    {
        var words = Words(name);
        if (containerName is null || neighbours is null || words.Count is 0 or > 2)
        {
            return null;
        }

        var spelling = string.Concat(words);
        if (!JobWords.Contains(spelling) && !CourseWords.Contains(spelling) && spelling is not ("subject" or "grade"))
        {
            return null;
        }

        var type = ResumeTypeWords(Words(containerName));
        var last = type.Count > 0 ? type[type.Count - 1] : null;
        var before = type.Count > 1 ? type[type.Count - 2] : null;
        if ((before, last) is ("work", "history" or "histories" or "experience" or "experiences") or ("employment", "history" or "histories")
            or ("job", "history" or "histories") or ("career", "history" or "histories"))
        {
            return JobWords.Contains(spelling) && (JobNamingWords.Contains(spelling) || HasNeighbourSpelled(name, neighbours, JobNamingWords))
                ? new Entry(spelling, "WorkHistory", TextOnly)
                : null;
        }

        // A course a person took or a school they attended, by when they finished it (YearAchieved, ToYear) beside it; a
        // catalogue's courses have none (a person's key beside a course is as often its teacher's or its author's).
        if (last is "course" or "courses" or "education" or "training" && CourseWords.Contains(spelling)
            && HasNeighbourSpelled(name, neighbours, AttendedWords))
        {
            return new Entry(spelling, "Education", TextOnly);
        }

        // A vacancy's required qualification has a subject and a grade too, but no year achieved, no prediction and no
        // person: the achieved one says when (Year, ToYear) or whether predicted, or sits in a record about a person.
        return last is "qualification" or "qualifications" or "degree" or "degrees" && spelling is "subject" or "grade"
            && HasNeighbourSpelled(name, neighbours, spelling == "subject" ? GradeWords : QualificationSubjectWords)
            && (HasNeighbourSpelled(name, neighbours, AchievedWords) || IsPersonRecord(name, Words(containerName), neighbours))
            ? new Entry(spelling, "Education", TextOnly)
            : null;
    }

    /// <summary>A type's words without its shape words and the words of an API's message (<c>GetWorkHistoryItemApiResponse</c> → get, work, history).</summary>
    private static List<string> ResumeTypeWords(List<string> typeWords)
    {
        var end = typeWords.Count;
        while (end > 0 && (TypeShapeWords.Contains(typeWords[end - 1]) || IsNumber(typeWords[end - 1])
            || typeWords[end - 1] is "item" or "items" or "api" or "query" or "list"))
        {
            end--;
        }

        return typeWords.GetRange(0, end);
    }

    /// <summary>True when another member, its words run together, is one of <paramref name="spellings"/>.</summary>
    private static bool HasNeighbourSpelled(string name, IEnumerable<string> neighbours, HashSet<string> spellings)
    {
        foreach (var neighbour in neighbours)
        {
            if (neighbour != name && spellings.Contains(string.Concat(Words(neighbour))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The entry a member's typed id spells when the member's own name is no entry but still an id (<c>MemberId HostId</c>,
    /// <c>List&lt;MemberId&gt; AttendeesIds</c>): the value names whose id it is. A bare <c>Id</c> stays the row's key.
    /// </summary>
    private static Entry? TypedIdEntry(string name, ITypeSymbol type)
    {
        var value = ValueType(type);
        var words = Words(name);
        return IsTypedId(value) && words.Count > 1 && words[words.Count - 1] is "id" or "ids"
            && MatchName(value.Name) is { Kind: "OnlineIdentifier" } entry && (entry.Shapes & Shapes.Guid) != 0
            ? entry
            : null;
    }

    /// <summary>A person's key (<c>UserId</c>, <c>CustomerUuid</c>): personal data to mark, no source for inference.</summary>
    private static Entry PersonKey(string spelling) => new(spelling, "OnlineIdentifier", Identifier, DiscoveryOnly: true);

    /// <summary>
    /// True for the id of a person named by a person noun (<c>UserId</c>, <c>BannedUserIds</c>, <c>UserReportedId</c>):
    /// a settings type's list of them names users, not the operator's own mailbox.
    /// </summary>
    private static bool IsPersonKey(Entry entry) => entry is { Kind: "OnlineIdentifier", Context: Context.Any, DiscoveryOnly: true };

    private static Dictionary<string, Entry> Index()
    {
        var index = new Dictionary<string, Entry>(System.StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            index[entry.Spelling] = entry;
        }

        // A person noun with an identifier word is that person's id: UserId, BuyerIdentityGuid, CustomerUuid, a list
        // of them (MembersIds), the id of the person's own record (UserRegistrationId); with "name" that person's
        // name: ReviewerName, GuestName.
        foreach (var provider in IdentityProviders)
        {
            foreach (var word in ProviderKeyWords)
            {
                index[provider + word] = new Entry(provider + word, "OnlineIdentifier", TextOnly | Shapes.Guid, Context.ExternalAccount, DiscoveryOnly: true);
            }
        }

        foreach (var noun in PersonNouns)
        {
            foreach (var word in IdentifierWords)
            {
                index[noun + word] = PersonKey(noun + word);
            }

            index[noun + "sid"] = PersonKey(noun + "sid");
            foreach (var record in OwnRecordWords)
            {
                index[noun + record + "id"] = PersonKey(noun + record + "id");
            }

            if (!NounsWithoutPersonName.Contains(noun) && !index.ContainsKey(noun + "name"))
            {
                index[noun + "name"] = new Entry(noun + "name", "FullName", TextOnly);
            }
        }

        foreach (var noun in ClinicianNouns)
        {
            index[noun + "name"] = new Entry(noun + "name", "FullName", TextOnly);
        }

        return index;
    }
}
