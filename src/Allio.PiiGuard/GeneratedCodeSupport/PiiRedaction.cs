using System.Collections;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;

namespace Allio.PiiGuard;

/// <summary>What generated redaction code calls: writes members without ever writing a personal value raw.</summary>
public static class PiiRedaction
{
    private static readonly string[] KindMarkers = BuildKindMarkers();

    // GetRedactor takes a DataClassificationSet; converting a DataClassification allocates one per call.
    private static readonly DataClassificationSet PersonalSet = new(PiiTaxonomy.Personal);
    private static readonly DataClassificationSet SensitiveSet = new(PiiTaxonomy.Sensitive);
    private static readonly DataClassificationSet BiometricSet = new(PiiTaxonomy.Biometric);
    private const string SensitiveMarker = "[redacted:Sensitive]";
    private const string BiometricMarker = "[redacted:Biometric]";
    private const string PersonalMarker = "[redacted:PersonalData]";

    /// <summary>The marker for a kind: <c>[redacted:Email]</c>; an unstated kind is named by its classification.</summary>
    public static string MarkerFor(PiiKind kind, DataClassification classification)
    {
        if (kind != PiiKind.Unspecified && (uint)kind < (uint)KindMarkers.Length)
        {
            return KindMarkers[(int)kind];
        }

        return classification == PiiTaxonomy.Sensitive ? SensitiveMarker
            : classification == PiiTaxonomy.Biometric ? BiometricMarker
            : PersonalMarker;
    }

    /// <summary>The marker for a kind of ordinary personal data.</summary>
    public static string MarkerFor(PiiKind kind) => MarkerFor(kind, PiiTaxonomy.Personal);

    /// <summary>
    /// Appends a personal value: the marker when <paramref name="redactorProvider"/> is null, else the
    /// value redacted by the provider's redactor for <paramref name="classification"/>.
    /// </summary>
    public static void AppendPersonal<T>(
        StringBuilder builder, IRedactorProvider? redactorProvider, DataClassification classification, string marker, T value)
    {
        if (redactorProvider is null)
        {
            builder.Append(marker);
            return;
        }

        var redactor = redactorProvider.GetRedactor(SetOf(classification));
#if NET6_0_OR_GREATER
        if (value is string text)
        {
            AppendRedactedText(builder, redactor, text);
            return;
        }
#endif
        builder.Append(Redact(redactor, value));
    }

    /// <summary>
    /// Appends <paramref name="label"/> (<c>", Email = "</c>) and then a personal value as
    /// <see cref="AppendPersonal{T}(StringBuilder, IRedactorProvider?, DataClassification, string, T)"/> does: one call per
    /// printed personal member of a generated type.
    /// </summary>
    public static void AppendPersonal<T>(
        StringBuilder builder, IRedactorProvider? redactorProvider, string label, DataClassification classification, string marker, T value)
    {
        builder.Append(label);
        AppendPersonal(builder, redactorProvider, classification, marker, value);
    }

    /// <summary>The classification as the set redactor providers take, cached for the PiiGuard classifications.</summary>
    public static DataClassificationSet SetOf(DataClassification classification)
        => classification == PiiTaxonomy.Personal ? PersonalSet
            : classification == PiiTaxonomy.Sensitive ? SensitiveSet
            : classification == PiiTaxonomy.Biometric ? BiometricSet
            : new DataClassificationSet(classification);

#if NET6_0_OR_GREATER
    // Redacts into a stack buffer: no temporary string for the common short value.
    private static void AppendRedactedText(StringBuilder builder, Redactor redactor, string text)
    {
        const int StackLimit = 256;
        var length = redactor.GetRedactedLength(text);
        if (length > StackLimit)
        {
            builder.Append(redactor.Redact(text));
            return;
        }

        Span<char> buffer = stackalloc char[StackLimit];
        var written = redactor.Redact(text.AsSpan(), buffer);
        builder.Append(buffer[..written]);
    }
#endif

    /// <summary>The value redacted by <paramref name="redactor"/>; sequences element by element, null as <c>null</c>.</summary>
    public static string Redact<T>(Redactor redactor, T value)
    {
        switch (value)
        {
            case null:
                return "null";
            case string text:
                return redactor.Redact(text);
            case IEnumerable sequence:
                var builder = new StringBuilder("[");
                var first = true;
                foreach (var item in sequence)
                {
                    builder.Append(first ? " " : ", ").Append(Redact(redactor, item));
                    first = false;
                }

                return builder.Append(first ? "]" : " ]").ToString();
            default:
                return redactor.Redact(value, format: null, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// Appends <paramref name="label"/> (<c>", Address = "</c>) and then a value as
    /// <see cref="AppendValue{T}(StringBuilder, T, IRedactorProvider?)"/> does: one call per printed member of a
    /// generated type that may hold personal data.
    /// </summary>
    public static void AppendValue<T>(StringBuilder builder, string label, T value, IRedactorProvider? redactorProvider)
    {
        builder.Append(label);
        AppendValue(builder, value, redactorProvider);
    }

    /// <summary>
    /// Appends a value that is not personal itself but may hold personal data: a type with generated
    /// hooks redacts itself, a collection is written element by element, anything else as <c>ToString()</c>.
    /// </summary>
    public static void AppendValue<T>(StringBuilder builder, T value, IRedactorProvider? redactorProvider)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                builder.Append(text);
                return;
            case IPiiRedactable redactable:
                redactable.AppendRedacted(builder, redactorProvider);
                return;
            case IEnumerable sequence:
                AppendSequence(builder, sequence, redactorProvider);
                return;
            default:
#if NET6_0_OR_GREATER
                // The interpolation handler formats ISpanFormattable values without boxing or a temporary string.
                builder.Append($"{value}");
#else
                builder.Append(value.ToString());
#endif
                return;
        }
    }

    /// <summary>
    /// The body of a generated members printer: appends the members <paramref name="descriptor"/> lists as printed, as
    /// <c>Name = value</c> pairs separated by commas; a personal member as its marker when <paramref name="redactorProvider"/>
    /// is null (its value is not even read), else redacted by the provider's redactor for its classification; any other
    /// member as <see cref="AppendValue{T}(StringBuilder, T, IRedactorProvider?)"/> writes it.
    /// </summary>
    /// <param name="owner">The instance.</param>
    /// <param name="descriptor">The type's descriptor.</param>
    /// <param name="builder">Where the members are written.</param>
    /// <param name="redactorProvider">The provider whose redactors write personal values, or null for markers.</param>
    /// <param name="printedBefore">True when a generated base printed members first, so the first member is preceded by a comma.</param>
    /// <returns>True when any member was printed, the base's included.</returns>
    public static bool AppendMembers<T>(T owner, PiiTypeDescriptor<T> descriptor, StringBuilder builder, IRedactorProvider? redactorProvider, bool printedBefore)
    {
        var printed = descriptor.Printed;
        for (var i = 0; i < printed.Length; i++)
        {
            var member = printed[i];
            builder.Append(printedBefore || i > 0 ? member.Label : member.FirstLabel);
            if (member.Personal is { } personal)
            {
                if (redactorProvider is null)
                {
                    builder.Append(personal.Marker);
                }
                else
                {
                    // As stored: an audited property's field, so printing reports no retrieval.
                    AppendPersonal(builder, redactorProvider, personal.Classification, personal.Marker, descriptor.Reader!(ref owner, member.Index, stored: true));
                }
            }
            else
            {
                AppendValue(builder, descriptor.Reader!(ref owner, member.Index, stored: false), redactorProvider);
            }
        }

        return printedBefore || printed.Length > 0;
    }

    /// <summary>
    /// The body of a generated <c>AppendRedacted</c> in a type nothing derives hooks from: <c>TypeName { </c>, the members
    /// <paramref name="descriptor"/> lists as printed (as <see cref="AppendMembers{T}"/> writes them), then the closing brace,
    /// so the type needs no members printer of its own.
    /// </summary>
    /// <param name="owner">The instance.</param>
    /// <param name="descriptor">The type's descriptor.</param>
    /// <param name="builder">Where the text is written.</param>
    /// <param name="opening">The type's name and the opening brace, <c>TypeName { </c>.</param>
    /// <param name="redactorProvider">The provider whose redactors write personal values, or null for markers.</param>
    public static void AppendObject<T>(T owner, PiiTypeDescriptor<T> descriptor, StringBuilder builder, string opening, IRedactorProvider? redactorProvider)
        => CloseMembers(builder, AppendMembers(owner, descriptor, builder.Append(opening), redactorProvider, printedBefore: false));

    /// <summary>
    /// Closes what a generated <c>AppendRedacted</c> opened with <c>TypeName { </c>: <c> }</c> after members, <c>}</c>
    /// when none were printed, as records print.
    /// </summary>
    /// <param name="builder">Where the members were written.</param>
    /// <param name="printedAny">What the members printer returned.</param>
    public static void CloseMembers(StringBuilder builder, bool printedAny) => builder.Append(printedAny ? " }" : "}");

    private static void AppendSequence(StringBuilder builder, IEnumerable sequence, IRedactorProvider? redactorProvider)
    {
        builder.Append('[');
        var first = true;
        foreach (var item in sequence)
        {
            builder.Append(first ? " " : ", ");
            AppendValue(builder, item, redactorProvider);
            first = false;
        }

        builder.Append(first ? "]" : " ]");
    }

    private static string[] BuildKindMarkers()
    {
        // PiiKind is dense from 0 to Other; no Enum.GetValues, which is not AOT-friendly.
        var markers = new string[(int)PiiKind.Other + 1];
        for (var kind = 0; kind < markers.Length; kind++)
        {
            markers[kind] = "[redacted:" + ((PiiKind)kind).ToString() + "]";
        }

        return markers;
    }
}
