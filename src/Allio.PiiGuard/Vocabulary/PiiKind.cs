namespace Allio.PiiGuard;

/// <summary>
/// The kinds of personal data the SDK knows. The first group follows the seed privacy policy
/// (§1.1.1 site visitors, §1.1.2 job applicants); the second holds the general kinds every
/// controller meets (152-FZ art. 3, GDPR art. 4).
/// </summary>
/// <remarks>Values are stable: reports and the policy file refer to them by name.</remarks>
public enum PiiKind
{
    /// <summary>Not stated; treated as <see cref="Other"/> by reports.</summary>
    Unspecified = 0,

    /// <summary>Family name (фамилия).</summary>
    LastName,
    /// <summary>Given name (имя).</summary>
    FirstName,
    /// <summary>Patronymic or middle name (отчество).</summary>
    MiddleName,
    /// <summary>A full name in one value.</summary>
    FullName,
    /// <summary>Company the person represents (наименование компании).</summary>
    Company,
    /// <summary>Date of birth (дата рождения).</summary>
    BirthDate,
    /// <summary>Any telephone number: home, work or mobile.</summary>
    Phone,
    /// <summary>Email address.</summary>
    Email,
    /// <summary>Postal or residential address (адрес проживания).</summary>
    PostalAddress,
    /// <summary>Family status (семейное положение).</summary>
    FamilyStatus,
    /// <summary>Information about children (сведения о детях).</summary>
    Children,
    /// <summary>Education and further training (образование, повышение квалификации).</summary>
    Education,
    /// <summary>Certificates held (сертификаты).</summary>
    Certificates,
    /// <summary>Work history and length of service (опыт и стаж работы).</summary>
    WorkHistory,
    /// <summary>Professional skills, software and programming languages known.</summary>
    Skills,
    /// <summary>Foreign languages known.</summary>
    Languages,
    /// <summary>Personal and professional qualities (личностные качества).</summary>
    PersonalQualities,
    /// <summary>City of residence (город проживания).</summary>
    City,
    /// <summary>The vacancy the applicant is interested in.</summary>
    DesiredPosition,
    /// <summary>Preferred work schedule (график работы).</summary>
    WorkSchedule,
    /// <summary>Expected salary and form of pay.</summary>
    SalaryExpectation,
    /// <summary>Hobbies and interests (увлечения).</summary>
    Hobbies,

    /// <summary>Government identifier: passport, SNILS, INN, national insurance or social security number.</summary>
    GovernmentId,
    /// <summary>Bank account, card number or other financial account.</summary>
    FinancialAccount,
    /// <summary>Online identifier: IP address, cookie id, device id, account login.</summary>
    OnlineIdentifier,
    /// <summary>Geolocation.</summary>
    Location,
    /// <summary>Health data (special category: 152-FZ art. 10, GDPR art. 9).</summary>
    Health,
    /// <summary>Biometric data (152-FZ art. 11).</summary>
    Biometric,
    /// <summary>Any other personal data.</summary>
    Other,
}
