using System.Linq;
using Allio.PiiGuard.Generators.Model;

namespace Allio.PiiGuard.Generators.Emission;

/// <summary>
/// Writes the static, reflection-free descriptor of the type's personal-data members: one constructor call per member,
/// what it does not declare left to the constructor's defaults. Erasure and export loop over it at run time.
/// </summary>
internal static class DescriptorEmitter
{
    public static void Emit(SourceWriter writer, in TypeSpec type)
    {
        var owner = type.FullyQualifiedName;
        var hiding = type.Shape == HookShape.Derived ? "new " : string.Empty;
        writer.Line("/// <summary>The personal-data members of this type, with typed accessors (no reflection).</summary>");
        writer.Line("public static " + hiding + Names.TypeDescriptor + "<" + owner + "> " + "PiiDescriptor { get; } = new " + Names.TypeDescriptor + "<" + owner + ">(");
        var described = type.Members.Where(static member => member.IsDescribed).ToList();
        for (var i = 0; i < described.Count; i++)
        {
            writer.Line("    " + Member(type, described[i]) + (i < described.Count - 1 ? "," : ");"));
        }

        if (described.Count == 0)
        {
            writer.Line(");");
        }

        writer.Line();
    }

    /// <summary>The index of the first described member the type erases and exports itself; a generated base handles those before it.</summary>
    public static int FirstHandled(in TypeSpec type)
        => type.Members.Count(static member => member.IsDescribed && !member.IsHandled);

    private static string Member(in TypeSpec type, MemberSpec member)
    {
        var owner = type.FullyQualifiedName;
        var pii = member.PersonalData!.Value;
        var call = new System.Text.StringBuilder("new " + Names.MemberDescriptor + "<" + owner + ", " + member.TypeName + ">(")
            .Append(SourceWriter.Literal(member.Name)).Append(", ").Append(Names.Kind).Append('.').Append(pii.Kind)
            .Append(", ").Append(Names.Taxonomy).Append('.').Append(pii.Classification)
            .Append(", static __owner => __owner.").Append(SourceWriter.Identifier(member.Name));
        if (member.DescriptorSetterTarget is { } target)
        {
            call.Append(", static (ref ").Append(owner).Append(" __owner, ").Append(member.TypeName).Append(" __value) => __owner.")
                .Append(SourceWriter.Identifier(target)).Append(" = __value");
        }

        if (!pii.Purposes.IsEmpty)
        {
            call.Append(", purposes: ").Append(Strings(pii.Purposes));
        }

        if (!pii.Subjects.IsEmpty)
        {
            call.Append(", subjects: ").Append(Strings(pii.Subjects));
        }

        if (pii.Retention is { } retention)
        {
            call.Append(", retention: ").Append(SourceWriter.Literal(retention));
        }

        if (pii.JsonName is { } jsonName)
        {
            call.Append(", jsonName: ").Append(SourceWriter.Literal(jsonName));
        }

        if (member.ErasedValue == Names.StringTombstone)
        {
            call.Append(", erasesToTombstone: true");
        }

        if (member.StorageName != member.Name)
        {
            // An audited property: erasure and export use its field, so they report no retrieval.
            var forgiveNull = type.AuditedProperties.Any(property => property.Name == member.Name && property.FieldTypeName != property.TypeName) ? "!" : string.Empty;
            call.Append(", storedValue: static __owner => __owner.").Append(SourceWriter.Identifier(member.StorageName)).Append(forgiveNull);
        }

        return call.Append(')').ToString();
    }

    private static string Strings(EquatableArray<string> values)
        => "new string[] { " + string.Join(", ", values.Select(SourceWriter.Literal)) + " }";
}
