using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Allio.PiiGuard.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Allio.PiiGuard.Analyzers.PolicyAccess;

/// <summary>
/// The project's policy as one compilation sees it: the file (or its absence), what the shared loader read
/// from it, its problems with their locations, and the lookups the policy rules need. Get it once in
/// <c>RegisterCompilationStartAction</c> with <see cref="Get"/>; the parse is cached per file text, so edits
/// to C# files never parse the policy again.
/// </summary>
/// <remarks>
/// Every lookup tolerates a missing or broken policy by answering "unknown" (null or false): the rules stay
/// silent then, and PII009 reports the file once instead of every rule complaining on every line.
/// </remarks>
internal sealed class PolicyContext
{
    // Keyed by the file's text: the IDE hands out the same SourceText until the policy itself is edited,
    // and the entry goes away with it.
    private static readonly ConditionalWeakTable<SourceText, PolicyLoadResult> Parsed = new();

    private readonly SourceText? _text;

    private PolicyContext(string expectedFileName, AdditionalText? file, SourceText? text, PolicyLoadResult? result)
    {
        ExpectedFileName = expectedFileName;
        File = file;
        _text = text;
        Policy = result?.Policy;
        Problems = result?.Problems ?? Array.Empty<PolicyProblem>();
    }

    /// <summary>The name the project was expected to pass (<c>piiguard.json</c> unless configured).</summary>
    public string ExpectedFileName { get; }

    /// <summary>The policy file, or null when the project passes none.</summary>
    public AdditionalText? File { get; }

    /// <summary>True when the project passes a policy file, readable or not.</summary>
    public bool HasFile => File is not null;

    /// <summary>
    /// The policy as far as it could be read, or null when there is no file or it is not a JSON object.
    /// With problems present it still holds every entry that has a usable id.
    /// </summary>
    public PiiPolicy? Policy { get; }

    /// <summary>The loader's problems, in file order (empty without a file).</summary>
    public IReadOnlyList<PolicyProblem> Problems { get; }

    /// <summary>The policy's jurisdiction (ISO 3166-1 alpha-2), or null when unknown.</summary>
    public string? Jurisdiction => Policy?.Jurisdiction;

    /// <summary>
    /// The policy of a compilation, from its analyzer options (<c>start.Options</c> in a compilation-start action).
    /// Never throws on any policy text.
    /// </summary>
    public static PolicyContext Get(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var expected = PolicyFileLocator.ExpectedName(options.AnalyzerConfigOptionsProvider);
        var file = PolicyFileLocator.Find(options.AdditionalFiles, f => f.Path, options.AnalyzerConfigOptionsProvider);
        var text = file?.GetText(cancellationToken);
        if (file is null || text is null)
        {
            return new PolicyContext(expected, file, text, file is null ? null : Unreadable);
        }

        return new PolicyContext(expected, file, text, Parsed.GetValue(text, Load));
    }

    /// <summary>Parses a policy text with the shared loader (what <see cref="Get"/> caches; code fixes call it directly).</summary>
    public static PolicyLoadResult Load(SourceText text) => PiiPolicyLoader.Load(text.ToString());

    /// <summary>The purpose with id <paramref name="id"/>, or null (also when the policy is unknown).</summary>
    public PolicyPurpose? FindPurpose(string id) => Policy?.FindPurpose(id);

    /// <summary>The subject category with id <paramref name="id"/>, or null.</summary>
    public PolicySubject? FindSubject(string id) => Policy?.FindSubject(id);

    /// <summary>The recipient with id <paramref name="id"/>, or null.</summary>
    public PolicyRecipient? FindRecipient(string id) => Policy?.FindRecipient(id);

    /// <summary>The first recipient that declares URL host <paramref name="host"/>, or null.</summary>
    public PolicyRecipient? FindRecipientByHost(string host) => Policy?.FindRecipientByHost(host);

    /// <summary>The store with id <paramref name="id"/>, or null.</summary>
    public PolicyStore? FindStore(string id) => Policy?.FindStore(id);

    /// <summary>True when the policy is known and <paramref name="country"/> lies outside its jurisdiction.</summary>
    public bool IsForeign(string country) => Policy?.IsForeign(country) ?? false;

    /// <summary>
    /// True when the policy is unknown or lets data go to <paramref name="recipient"/> across borders
    /// (domestic, or declared transfers to an adequate country or on consent).
    /// </summary>
    public bool IsTransferAllowed(PolicyRecipient recipient) => Policy?.IsTransferAllowed(recipient) ?? true;

    /// <summary>The declared id closest to <paramref name="id"/> in <paramref name="section"/>, for "did you mean".</summary>
    public string? SuggestId(PolicySection section, string id) =>
        Policy is null ? null : Suggestions.Closest(id, PolicySections.Ids(Policy, section));

    /// <summary>Where <paramref name="problem"/> lies in the policy file, for a diagnostic.</summary>
    public Location LocationOf(PolicyProblem problem)
    {
        if (File is null || _text is null)
        {
            return Location.None;
        }

        // Clamp: a problem at the end of the file may point one past the last character.
        var start = Math.Min(Math.Max(problem.Offset, 0), _text.Length);
        var length = Math.Min(Math.Max(problem.Length, 0), _text.Length - start);
        var span = new TextSpan(start, length);
        return Location.Create(File.Path, span, _text.Lines.GetLinePositionSpan(span));
    }

    private static readonly PolicyLoadResult Unreadable = new(
        policy: null,
        [new PolicyProblem(PolicyProblemCodes.EmptyFile, "The policy file could not be read.", line: 1, column: 1, offset: 0, length: 0)]);
}
