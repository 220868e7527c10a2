namespace Allio.PiiGuard.Robustness.Tests.Corpus;

/// <summary>The ways <see cref="SourceMutator"/> breaks a source, each like a state of code being typed or merged.</summary>
public enum MutationKind
{
    DeleteToken,
    Truncate,
    SwapMembers,
    AddBrace,
    RemoveBrace,
    RenameIdentifier,
    AttributeGarbage,
    InsertToken,
}
