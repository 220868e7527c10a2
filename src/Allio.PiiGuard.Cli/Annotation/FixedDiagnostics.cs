using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Allio.PiiGuard.Cli.Annotation;

/// <summary>Hands a Fix All the diagnostics <c>annotate</c> already computed, per document.</summary>
internal sealed class FixedDiagnostics(ImmutableDictionary<DocumentId, ImmutableArray<Diagnostic>> byDocument) : FixAllContext.DiagnosticProvider
{
    public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<Diagnostic>>(byDocument.GetValueOrDefault(document.Id, []));

    public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
        Task.FromResult(Enumerable.Empty<Diagnostic>());

    public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<Diagnostic>>(
            [.. project.DocumentIds.SelectMany(id => byDocument.GetValueOrDefault(id, []))]);
}
