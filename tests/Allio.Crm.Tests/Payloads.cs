namespace Allio.Crm.Tests;

/// <summary>Request bodies for each endpoint, shaped like the seed's forms.</summary>
public static class Payloads
{
    public static object Inquiry(Person person) => new
    {
        lastName = person.LastName,
        firstName = person.FirstName,
        company = "ООО Ромашка",
        birthDate = "1990-05-17",
        phone = person.Phone,
        email = person.Email,
        question = "Do you resell backup software licences?",
    };

    /// <summary>A CV with every field of §1.1.2 filled in.</summary>
    public static object Cv(Person person) => new
    {
        lastName = person.LastName,
        firstName = person.FirstName,
        middleName = "Петровна",
        birthDate = "1992-03-08",
        residentialAddress = "Санкт-Петербург, ул. Примерная, д. 1, кв. 2",
        homePhone = "+7 (812) 555-00-01",
        workPhone = "+7 (812) 555-00-02",
        mobilePhone = person.Phone,
        email = person.Email,
        familyStatus = "married",
        children = "one, 6 years",
        education = new[]
        {
            new { period = "2009–2014", institution = "ITMO University", faculty = "Information technologies", speciality = "Software engineering", studyForm = "full-time" },
        },
        certificates = new[] { "Microsoft Certified: Azure Developer Associate" },
        workHistory = new[]
        {
            new { period = "2014–2024", organisation = "ООО Пример", organisationField = "IT integration", position = "Engineer", duties = "Backup and monitoring projects" },
        },
        softwareSkills = new[] { "C#", "PostgreSQL", "Veeam Backup & Replication" },
        foreignLanguages = new[] { "English B2" },
        professionalQualities = "thorough",
        personalQualities = "calm",
        city = "Санкт-Петербург",
        desiredVacancy = "Presale engineer",
        workSchedule = "full-time, hybrid",
        salaryExpectation = 250000m,
        salaryForm = "salary and bonus",
        hobbies = "sailing",
    };

    public static object EventRegistration(Person person) => new
    {
        lastName = person.LastName,
        firstName = person.FirstName,
        company = "ООО Ромашка",
        phone = person.Phone,
        email = person.Email,
    };

    public static object ServiceDeskClient(Person person) => new
    {
        lastName = person.LastName,
        firstName = person.FirstName,
        company = "ООО Ромашка",
        phone = person.Phone,
        email = person.Email,
    };

    public static object SoftwareRegistration(Person person, bool consent) => new
    {
        product = "Veeam Backup & Replication",
        consentToTransfer = consent,
        lastName = person.LastName,
        firstName = person.FirstName,
        company = "ООО Ромашка",
        email = person.Email,
    };
}
