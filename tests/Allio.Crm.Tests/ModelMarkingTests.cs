using System.Reflection;
using Allio.Crm.Model;
using Allio.PiiGuard;

namespace Allio.Crm.Tests;

/// <summary>
/// The marks in code name only ids the policy declares, and the models cover every field the seed lists.
/// (The PiiGuard analyzers will check the ids at compile time; until then this test does.)
/// </summary>
public sealed class ModelMarkingTests(CrmFactory factory) : IClassFixture<CrmFactory>
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Type[] s_types = typeof(Program).Assembly.GetTypes();

    [Fact]
    public void PiiMarksNameDeclaredPurposesAndSubjects()
    {
        using var policy = factory.Policy();
        var purposes = PolicyFileTests.Ids(policy.RootElement, "purposes").ToHashSet();
        var subjects = PolicyFileTests.Ids(policy.RootElement, "subjects").ToHashSet();

        var marks = s_types.SelectMany(type => type.GetProperties(Everything)).Select(property => property.GetCustomAttribute<PiiAttribute>())
            .Concat(s_types.SelectMany(type => type.GetFields(Everything)).Select(field => field.GetCustomAttribute<PiiAttribute>()))
            .Concat(s_types.SelectMany(type => type.GetMethods(Everything)).SelectMany(method => method.GetParameters())
                .Select(parameter => parameter.GetCustomAttribute<PiiAttribute>()))
            .OfType<PiiAttribute>()
            .ToList();

        Assert.NotEmpty(marks);
        Assert.All(marks, mark =>
        {
            Assert.Subset(purposes, mark.Purposes.ToHashSet<string?>());
            Assert.Subset(subjects, mark.Subjects.ToHashSet<string?>());
        });
    }

    [Fact]
    public void ModelMembersDeclareAPurposeAndSubject()
    {
        var members = s_types.Where(type => type.Namespace == "Allio.Crm.Model")
            .SelectMany(type => type.GetProperties())
            .Select(property => (property, mark: property.GetCustomAttribute<PiiAttribute>()))
            .Where(member => member.mark is not null)
            .ToList();

        Assert.All(members, member =>
        {
            Assert.NotEmpty(member.mark!.Purposes);
            Assert.NotEmpty(member.mark.Subjects);
            Assert.False(string.IsNullOrEmpty(member.mark.Retention), $"{member.property.DeclaringType!.Name}.{member.property.Name} has no retention");
        });
    }

    [Fact]
    public void ProcessingRecipientAndStoreIdsAreDeclared()
    {
        using var policy = factory.Policy();
        var root = policy.RootElement;
        var members = s_types.Cast<MemberInfo>().Concat(s_types.SelectMany(type => type.GetMethods(Everything))).ToList();

        var purposes = members.Select(member => member.GetCustomAttribute<ProcessingPurposeAttribute>()?.Id).OfType<string>().ToHashSet();
        var recipients = members.Select(member => member.GetCustomAttribute<PiiRecipientAttribute>()?.Id).OfType<string>().ToHashSet();
        var stores = members.Select(member => member.GetCustomAttribute<PiiStoreAttribute>()?.Id).OfType<string>().ToHashSet();

        Assert.Subset(PolicyFileTests.Ids(root, "purposes").ToHashSet(), purposes.ToHashSet<string?>());
        Assert.Equal(["rights-holder"], recipients);
        Assert.Equal(["crm-db"], stores);
    }

    [Fact]
    public void VisitorHoldsTheDataOfClause111()
    {
        Assert.Subset(
            KindsOf(typeof(Visitor)),
            new HashSet<PiiKind> { PiiKind.LastName, PiiKind.FirstName, PiiKind.Company, PiiKind.BirthDate, PiiKind.Phone, PiiKind.Email });
    }

    [Fact]
    public void ApplicantHoldsEveryFieldOfClause112()
    {
        PiiKind[] clause112 =
        [
            PiiKind.LastName, PiiKind.FirstName, PiiKind.MiddleName, PiiKind.BirthDate, PiiKind.PostalAddress, PiiKind.Phone,
            PiiKind.Email, PiiKind.FamilyStatus, PiiKind.Children, PiiKind.Education, PiiKind.Certificates, PiiKind.WorkHistory,
            PiiKind.Skills, PiiKind.Languages, PiiKind.PersonalQualities, PiiKind.City, PiiKind.DesiredPosition,
            PiiKind.WorkSchedule, PiiKind.SalaryExpectation, PiiKind.Hobbies,
        ];

        Assert.Equal(clause112.ToHashSet(), KindsOf(typeof(Applicant)));
        Assert.Equal(3, typeof(Applicant).GetProperties().Count(property => property.GetCustomAttribute<PiiAttribute>()?.Kind == PiiKind.Phone));
        Assert.Equal([PiiKind.Education], KindsOf(typeof(EducationRecord)));
        Assert.Equal([PiiKind.WorkHistory], KindsOf(typeof(WorkExperience)));
    }

    private static HashSet<PiiKind> KindsOf(Type type) =>
        type.GetProperties().Select(property => property.GetCustomAttribute<PiiAttribute>()).OfType<PiiAttribute>().Select(mark => mark.Kind).ToHashSet();
}
