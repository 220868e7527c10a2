using System.Linq;
using Allio.PiiGuard.Generators.Model;

namespace Allio.PiiGuard.Generators.Emission;

/// <summary>Writes the static, reflection-free descriptor of the type's personal-data members.</summary>
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
            var member = described[i];
            var pii = member.PersonalData!.Value;
            var name = SourceWriter.Identifier(member.Name);
            var setter = member.DescriptorSetterTarget is { } target
                ? "static (ref " + owner + " __owner, " + member.TypeName + " __value) => __owner." + SourceWriter.Identifier(target) + " = __value"
                : "null";
            writer.Line("    new " + Names.MemberDescriptor + "<" + owner + ", " + member.TypeName + ">(");
            writer.Line("        " + SourceWriter.Literal(member.Name) + ", " + Names.Kind + "." + pii.Kind + ", " + Names.Taxonomy + "." + pii.Classification + ",");
            writer.Line("        " + Strings(pii.Purposes) + ", " + Strings(pii.Subjects) + ", " + SourceWriter.Literal(pii.Retention) + ", " + SourceWriter.Literal(pii.JsonName) + ",");
            writer.Line("        static __owner => __owner." + name + ",");
            writer.Line("        " + setter + ")" + (i < described.Count - 1 ? "," : ");"));
        }

        if (described.Count == 0)
        {
            writer.Line(");");
        }

        writer.Line();
    }

    private static string Strings(EquatableArray<string> values)
        => values.IsEmpty ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", values.Select(SourceWriter.Literal)) + " }";
}
