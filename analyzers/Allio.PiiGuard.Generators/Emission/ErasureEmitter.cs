using Allio.PiiGuard.Generators.Model;

namespace Allio.PiiGuard.Generators.Emission;

/// <summary>
/// Writes <c>ErasePersonalData()</c> (withdrawal of consent, 152-FZ §5.3 of the seed policy, GDPR art. 17)
/// and <c>ExportPersonalData()</c> (access request, §5.4, GDPR art. 15); both report to the audit sink.
/// </summary>
internal static class ErasureEmitter
{
    public static void EmitErase(SourceWriter writer, in TypeSpec type)
    {
        writer.Line("/// <summary>Sets every personal member to its erased value (null, default or <see cref=\"global::Allio.PiiGuard.PiiErasure.StringTombstone\"/>); returns the names erased.</summary>");
        writer.Open(TypeEmitter.PublicHook(type) + " " + Names.ErasedList + " ErasePersonalData()");
        writer.Line("var __erased = new global::System.Collections.Generic.List<string>();");
        if (type.Shape == HookShape.Derived)
        {
            writer.Line("__erased.AddRange(base.ErasePersonalData());");
        }

        foreach (var member in type.Members)
        {
            if (member.IsHandled && member.ErasedValue is { } erased)
            {
                writer.Line("this." + SourceWriter.Identifier(member.DescriptorSetterTarget!) + " = " + erased + ";");
                writer.Line("__erased.Add(" + SourceWriter.Literal(member.Name) + ");");
            }
        }

        ReportEach(writer, type, "Erasure", static member => member.IsHandled && member.ErasedValue is not null);
        writer.Line("return __erased;");
        writer.Close().Line();
    }

    public static void EmitExport(SourceWriter writer, in TypeSpec type)
    {
        writer.Line("/// <summary>The subject's personal data in this instance, as ordered name–value pairs, for an access request.</summary>");
        writer.Open(TypeEmitter.PublicHook(type) + " " + Names.ExportList + " ExportPersonalData()");
        writer.Line("var __export = new global::System.Collections.Generic.List<" + Names.ExportEntry + ">();");
        if (type.Shape == HookShape.Derived)
        {
            writer.Line("__export.AddRange(base.ExportPersonalData());");
        }

        foreach (var member in type.Members)
        {
            if (member.IsHandled)
            {
                writer.Line("__export.Add(new " + Names.ExportEntry + "(" + SourceWriter.Literal(member.Name) + ", this." + SourceWriter.Identifier(member.StorageName) + "));");
            }
            else if (member.IsNested)
            {
                writer.Line(Names.Export + ".AddNested(__export, " + SourceWriter.Literal(member.Name) + ", this." + SourceWriter.Identifier(member.StorageName) + ");");
            }
        }

        ReportEach(writer, type, "Transfer", static member => member.IsHandled);
        writer.Line("return __export;");
        writer.Close().Line();
    }

    private static void ReportEach(SourceWriter writer, in TypeSpec type, string action, System.Func<MemberSpec, bool> reported)
    {
        var any = false;
        foreach (var member in type.Members)
        {
            if (!reported(member))
            {
                continue;
            }

            if (!any)
            {
                writer.Line("var __sink = " + Names.Audit + ".Sink;");
                writer.Open("if (__sink is not null)");
                any = true;
            }

            TypeEmitter.AuditCall(writer, type, action, member.Name, member.PersonalData!.Value.Kind);
        }

        if (any)
        {
            writer.Close();
        }
    }
}
