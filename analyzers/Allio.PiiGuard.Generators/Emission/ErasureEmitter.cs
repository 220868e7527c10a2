using System.Linq;
using Allio.PiiGuard.Generators.Model;

namespace Allio.PiiGuard.Generators.Emission;

/// <summary>
/// Writes <c>ErasePersonalData()</c> (withdrawal of consent, 152-FZ §5.3 of the seed policy, GDPR art. 17)
/// and <c>ExportPersonalData()</c> (access request, §5.4, GDPR art. 15); both report to the audit sink. A marked type's
/// hooks are one call to the shared loop over its descriptor; a container's export is written out, as it recurses.
/// </summary>
internal static class ErasureEmitter
{
    private const string EraseSummary = "/// <summary>Erases the personal members; returns their names.</summary>";
    private const string ExportSummary = "/// <summary>The personal data, as name–value pairs.</summary>";

    public static void EmitErase(SourceWriter writer, in TypeSpec type)
    {
        writer.Line(EraseSummary);
        var arguments = "PiiDescriptor, " + DescriptorEmitter.FirstHandled(type) + ", " + (type.Shape == HookShape.Derived ? "base.ErasePersonalData()" : "null") + ");";
        var call = Names.SubjectRights + ".Erase(ref {0}, " + arguments;
        var header = TypeEmitter.PublicHook(type) + " " + Names.ErasedList + " ErasePersonalData()";
        var erasesAny = type.Members.Any(static member => member.IsHandled && member.ErasedValue is not null);
        if (!type.Keyword.Contains("struct"))
        {
            // A class is erased through its reference: no local copy to pass by reference.
            writer.Line(header + " => " + Names.SubjectRights + ".EraseObject(this, " + arguments);
        }
        else if (erasesAny)
        {
            // Written in place; a struct with nothing to erase may be readonly, where `ref this` is not allowed.
            writer.Line(header + " => " + string.Format(call, "this"));
        }
        else
        {
            writer.Open(header);
            writer.Line("var __self = this;");
            writer.Line("return " + string.Format(call, "__self"));
            writer.Close();
        }

        writer.Line();
    }

    public static void EmitExport(SourceWriter writer, in TypeSpec type)
    {
        writer.Line(ExportSummary);
        writer.Line(TypeEmitter.PublicHook(type) + " " + Names.ExportList + " ExportPersonalData() => " + Names.SubjectRights + ".Export(this, PiiDescriptor, "
            + DescriptorEmitter.FirstHandled(type) + ", " + (type.Shape == HookShape.Derived ? "base.ExportPersonalData()" : "null") + ");");
        writer.Line();
    }

    /// <summary>A container's export: what each member holding types with hooks exports, prefixed by where it was found.</summary>
    public static void EmitContainerExport(SourceWriter writer, in TypeSpec type)
    {
        writer.Line(ExportSummary);
        writer.Open(TypeEmitter.PublicHook(type) + " " + Names.ExportList + " ExportPersonalData()");
        writer.Line("var __export = new global::System.Collections.Generic.List<" + Names.ExportEntry + ">();");
        if (type.Shape == HookShape.Derived)
        {
            writer.Line("__export.AddRange(base.ExportPersonalData());");
        }

        foreach (var member in type.Members)
        {
            if (member.IsNested)
            {
                writer.Line(Names.Export + ".AddNested(__export, " + SourceWriter.Literal(member.Name) + ", this." + SourceWriter.Identifier(member.StorageName) + ");");
            }
        }

        writer.Line("return __export;");
        writer.Close().Line();
    }
}
