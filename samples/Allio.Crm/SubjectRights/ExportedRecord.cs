namespace Allio.Crm.SubjectRights;

/// <summary>One record of the subject as its generated <c>ExportPersonalData()</c> gives it: members in descriptor order.</summary>
/// <param name="Type">The record's type name (<c>Visitor</c>, <c>Applicant</c>, …), which tells the service it belongs to.</param>
public sealed record ExportedRecord(string Type, IReadOnlyList<ExportedMember> Members);
