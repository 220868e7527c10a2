using Allio.PiiGuard;

namespace Allio.Crm.Audit;

/// <summary>
/// Makes each endpoint's <c>[ProcessingPurpose]</c> the ambient purpose of <see cref="PiiAudit"/> for the whole request,
/// so every audit event says why the data was touched (§4.1.5).
/// </summary>
/// <remarks>
/// A middleware rather than a <c>BeginPurpose</c> call in each handler: model binding sets the audited properties
/// before the handler runs, and the attribute stays the only place a handler's purpose is written.
/// </remarks>
internal static class ProcessingPurposeScope
{
    public static void UseProcessingPurposeScope(this WebApplication app) => app.Use(async (context, next) =>
    {
        var purpose = context.GetEndpoint()?.Metadata.GetMetadata<ProcessingPurposeAttribute>();
        if (purpose is null)
        {
            await next(context);
            return;
        }

        using (PiiAudit.BeginPurpose(purpose.Id))
        {
            await next(context);
        }
    });
}
