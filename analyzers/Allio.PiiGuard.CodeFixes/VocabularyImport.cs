using System.Threading;
using System.Threading.Tasks;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace Allio.PiiGuard.CodeFixes;

/// <summary>
/// Adds <c>using Allio.PiiGuard;</c> for names the fixes wrote fully qualified and annotated with
/// <see cref="Simplifier.AddImportsAnnotation"/>, unless a using (local or global) already imports it.
/// </summary>
internal static class VocabularyImport
{
    public static async Task<Document> AddIfMissingAsync(Document document, int position, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is not null && IsImported(model, position))
        {
            // The simplifier alone shortens the names; running the import adder anyway disturbs the file's first line.
            return document;
        }

        return await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }

    private static bool IsImported(SemanticModel model, int position)
    {
        foreach (var symbol in model.LookupNamespacesAndTypes(position, name: "PiiKind"))
        {
            if (SymbolNames.Is(symbol, "Allio.PiiGuard.PiiKind"))
            {
                return true;
            }
        }

        return false;
    }
}
