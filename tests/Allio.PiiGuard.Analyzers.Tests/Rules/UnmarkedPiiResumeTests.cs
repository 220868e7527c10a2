using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.UnmarkedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// PII006 on a person's résumé: the jobs of a work history, the subject and grade of a qualification, when and in what
/// a person graduated; and on the same words in a vacancy, a scheduler's history and a course catalogue.
/// </summary>
public sealed class UnmarkedPiiResumeTests
{
    [Fact]
    public Task The_jobs_of_a_work_history_are_reported() => Verify.VerifyAsync(
        """
        public class WorkHistoryEntity
        {
            public System.Guid Id { get; set; }
            public string? {|PII006:Employer|} { get; set; }
            public string? {|PII006:JobTitle|} { get; set; }
            public string? {|PII006:Description|} { get; set; }
            public System.DateTime StartDate { get; set; }
        }
        public class GetVolunteeringOrWorkExperienceItemApiResponse
        {
            public string? {|PII006:Organisation|} { get; set; }
            public string? {|PII006:Description|} { get; set; }
        }
        public class PutEmploymentHistoryItemRequest
        {
            public string {|PII006:Role|} { get; set; } = "";
            public string {|PII006:CompanyName|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task Vacancies_and_histories_of_background_work_stay_quiet() => Verify.VerifyAsync(
        """
        public class Vacancy
        {
            public string Title { get; set; } = "";
            public string Description { get; set; } = "";
            public string Organisation { get; set; } = "";
        }
        public class WorkHistory
        {
            public System.Guid JobId { get; set; }
            public string Description { get; set; } = "";
            public string Status { get; set; } = "";
        }
        public class WorkHistoryFilter
        {
            public string JobTitle { get; set; } = "";
            public string Description { get; set; } = "";
        }
        """);

    [Fact]
    public Task A_qualification_s_subject_and_grade_and_a_person_s_graduation_are_reported() => Verify.VerifyAsync(
        """
        public class QualificationEntity
        {
            public string? {|PII006:Subject|} { get; set; }
            public string? {|PII006:Grade|} { get; set; }
            public int? ToYear { get; set; }
        }
        public class CandidateQualification
        {
            public string {|PII006:DegreeSubject|} { get; set; } = "";
            public System.DateTime? {|PII006:GraduationYear|} { get; set; }
        }
        public class TeacherTrainingAdviserSignUp
        {
            public int? {|PII006:GraduationYear|} { get; set; }
            public System.DateTime? {|PII006:InferredGraduationDate|} { get; set; }
        }
        public class MailingListSubscription
        {
            public System.Guid? {|PII006:CandidateId|} { get; set; }
            public int? {|PII006:GraduationYear|} { get; set; }
        }
        """);

    [Fact]
    public Task A_catalogue_s_subjects_and_a_cohort_s_graduation_stay_quiet() => Verify.VerifyAsync(
        """
        public class Qualification
        {
            public string Title { get; set; } = "";
            public string Subject { get; set; } = "";
            public int Level { get; set; }
        }
        public class Course
        {
            public string DegreeSubject { get; set; } = "";
            public int GraduationYear { get; set; }
        }
        public class GraduationYearRange
        {
            private System.DateTime _proposedGraduationYearStartDate;
            public System.DateTime GetProposedGraduationEndDate() => _proposedGraduationYearStartDate;
        }
        public class TrainingCourse
        {
            public string Title { get; set; } = "";
            public string Provider { get; set; } = "";
        }
        public class EmailMessage
        {
            public string Subject { get; set; } = "";
            public string Grade { get; set; } = "";
        }
        """);

    [Fact]
    public Task An_employer_is_reported_in_a_record_about_a_person_or_a_job_held() => Verify.VerifyAsync(
        """
        public class WorkHistoryRequest
        {
            public string {|PII006:EmployerName|} { get; set; } = "";
            public System.DateTime StartDate { get; set; }
        }
        public class Employment
        {
            public string {|PII006:Employer|} { get; set; } = "";
        }
        public class ReferenceRequest
        {
            public System.Guid {|PII006:CandidateId|} { get; set; }
            public string {|PII006:EmployerName|} { get; set; } = "";
        }
        public class Applicant
        {
            public string {|PII006:EmployerName|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task A_vacancy_s_a_listing_s_and_an_organisation_s_employer_stay_quiet() => Verify.VerifyAsync(
        """
        public class Vacancy
        {
            public string Title { get; set; } = "";
            public string EmployerName { get; set; } = "";
            public string EmployerDescription { get; set; } = "";
        }
        public class VacancyListItemViewModel
        {
            public string EmployerName { get; set; } = "";
            public int NoOfApplications { get; set; }
        }
        public class VacancyRecord
        {
            public System.Guid? {|PII006:ArchivedByUserId|} { get; set; }
            public string EmployerName { get; set; } = "";
        }
        public class EmployerIdentifier
        {
            public string EmployerAccountId { get; set; } = "";
            public string EmployerName { get; set; } = "";
        }
        """);

    [Fact]
    public Task A_qualification_achieved_is_reported_one_required_stays_quiet() => Verify.VerifyAsync(
        """
        public class ApplicationQualification
        {
            public string QualificationType { get; set; } = "";
            public string {|PII006:Subject|} { get; set; } = "";
            public string {|PII006:Grade|} { get; set; } = "";
            public bool IsPredicted { get; set; }
            public int Year { get; set; }
        }
        public class QualificationRequest
        {
            public string? {|PII006:Subject|} { get; set; }
            public string? {|PII006:Grade|} { get; set; }
            public System.Guid {|PII006:CandidateId|} { get; set; }
        }
        public class Qualification
        {
            public string QualificationType { get; set; } = "";
            public string Subject { get; set; } = "";
            public string Grade { get; set; } = "";
            public int? Level { get; set; }
            public int? Weighting { get; set; }
        }
        public class QualificationEditModel
        {
            public string Subject { get; set; } = "";
            public string Grade { get; set; } = "";
            public string OtherQualificationName { get; set; } = "";
        }
        """);

    [Fact]
    public Task Courses_taken_and_schools_attended_are_reported_by_the_year_achieved() => Verify.VerifyAsync(
        """
        public class TrainingCourseRequest
        {
            public string {|PII006:CourseName|} { get; set; } = "";
            public uint YearAchieved { get; set; }
        }
        public class TrainingCourseEntity
        {
            public string? {|PII006:Provider|} { get; set; }
            public string {|PII006:Title|} { get; set; } = "";
            public int? FromYear { get; set; }
            public int ToYear { get; set; }
        }
        public class EducationEntity
        {
            public string {|PII006:Institution|} { get; set; } = "";
            public int FromYear { get; set; }
            public int ToYear { get; set; }
        }
        """);

    [Fact]
    public Task A_catalogue_s_courses_stay_quiet_also_beside_their_teacher() => Verify.VerifyAsync(
        """
        public class TrainingCourse
        {
            public string Title { get; set; } = "";
            public string Provider { get; set; } = "";
            public System.DateTime StartDate { get; set; }
            public System.Guid {|PII006:TeacherId|} { get; set; }
        }
        public class Education
        {
            public string Institution { get; set; } = "";
            public string Level { get; set; } = "";
        }
        """);
}
