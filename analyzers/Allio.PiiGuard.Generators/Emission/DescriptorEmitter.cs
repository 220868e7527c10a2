using System.Collections.Generic;
using System.Linq;
using Allio.PiiGuard.Generators.Model;

namespace Allio.PiiGuard.Generators.Emission;

/// <summary>
/// Writes the static, reflection-free descriptor of the type's personal-data members: one string table the runtime reads
/// (name, kind, classification, flags and what the marks declare per member; the type of each member that is not a
/// string), and the type's one reader and one writer, a switch over the members' indexes. Erasure and export loop over
/// it at run time.
/// </summary>
internal static class DescriptorEmitter
{
    public static void Emit(SourceWriter writer, in TypeSpec type)
    {
        var owner = type.FullyQualifiedName;
        var hiding = type.Shape == HookShape.Derived ? "new " : string.Empty;
        var header = "public static " + hiding + Names.TypeDescriptor + "<" + owner + "> " + "PiiDescriptor { get; } = new " + Names.TypeDescriptor + "<" + owner + ">(";
        var described = type.Members.Where(static member => member.IsDescribed).ToList();
        var printedPlain = RedactionEmitter.PrintsThroughDescriptor(type)
            ? type.Members.Where(static member => member.IsPrinted && member.PersonalData is null).ToList()
            : [];
        if (described.Count == 0 && printedPlain.Count == 0)
        {
            writer.Line(Summary);
            writer.Line(header + ");").Line();
            return;
        }

        writer.Line(Summary);

        // The members as one table the runtime reads, instead of a constructor call per member; members that are not
        // strings name their type after it, in order. One reader and one writer per type, a switch over the members'
        // indexes; the printed members listed for the runtime's printer, which reads them through the same reader.
        var printed = SourceWriter.Literal(RedactionEmitter.PrintsThroughDescriptor(type) ? Printed(type, described) : string.Empty);
        var types = described.Where(static member => !IsString(member)).Select(static member => ", " + Names.MemberType + "<" + member.TypeName + ">.Instance");
        writer.Line(header + ReaderName + ", " + WriterName + ", " + printed + ", " + SourceWriter.Literal(Table(described)) + string.Concat(types) + ");");
        writer.Line();
        EmitReader(writer, type, described, printedPlain);
        EmitWriter(writer, type, described);
    }

    /// <summary>
    /// The printed members in order, comma-separated: a personal one by its index in the descriptor, any other by its
    /// name (the reader reads it after the described members, in this order). Names never start with a digit.
    /// </summary>
    private static string Printed(in TypeSpec type, List<MemberSpec> described)
    {
        var printed = new System.Text.StringBuilder();
        foreach (var member in type.Members)
        {
            if (!member.IsPrinted)
            {
                continue;
            }

            if (printed.Length > 0)
            {
                printed.Append(',');
            }

            if (member.PersonalData is null)
            {
                printed.Append(member.Name);
            }
            else
            {
                printed.Append(described.FindIndex(candidate => candidate.Name == member.Name));
            }
        }

        return printed.ToString();
    }

    private const string ReaderName = Parsing.GeneratedNames.ReadMember;
    private const string WriterName = Parsing.GeneratedNames.WriteMember;

    /// <summary>
    /// The type's reader: member i of the descriptor, or an audited property's field when the runtime asks for what is
    /// stored; after them the printed members that are not personal.
    /// </summary>
    private static void EmitReader(SourceWriter writer, in TypeSpec type, List<MemberSpec> described, List<MemberSpec> printedPlain)
    {
        writer.Line("private static object? " + ReaderName + "(ref " + type.FullyQualifiedName + " __owner, int __member, bool __stored) => __member switch");
        writer.Line("{");
        for (var i = 0; i < described.Count; i++)
        {
            var member = described[i];
            var read = "__owner." + SourceWriter.Identifier(member.Name);
            if (member.StorageName != member.Name)
            {
                // An audited property: erasure and export read its field, so they report no retrieval.
                read = "__stored ? __owner." + SourceWriter.Identifier(member.StorageName) + " : " + read;
            }

            writer.Line("    " + i + " => " + read + ",");
        }

        for (var i = 0; i < printedPlain.Count; i++)
        {
            writer.Line("    " + (described.Count + i) + " => __owner." + SourceWriter.Identifier(printedPlain[i].StorageName) + ",");
        }

        writer.Line("    _ => null,");
        writer.Line("};");
        writer.Line();
    }

    /// <summary>The type's writer: one case per member the descriptor can write (an audited property's field); empty when none.</summary>
    private static void EmitWriter(SourceWriter writer, in TypeSpec type, List<MemberSpec> described)
    {
        var header = "private static void " + WriterName + "(ref " + type.FullyQualifiedName + " __owner, int __member, object? __value)";
        if (!described.Any(static member => member.DescriptorSetterTarget is not null))
        {
            writer.Line(header + " { }").Line();
            return;
        }

        writer.Open(header);
        writer.Open("switch (__member)");
        for (var i = 0; i < described.Count; i++)
        {
            if (described[i].DescriptorSetterTarget is { } target)
            {
                writer.Line("case " + i + ": __owner." + SourceWriter.Identifier(target) + " = (" + described[i].TypeName + ")__value!; break;");
            }
        }

        writer.Close();
        writer.Close().Line();
    }

    /// <summary>The index of the first described member the type erases and exports itself; a generated base handles those before it.</summary>
    public static int FirstHandled(in TypeSpec type)
        => type.Members.Count(static member => member.IsDescribed && !member.IsHandled);

    private const string Summary = "/// <summary>The personal-data members.</summary>";

    /// <summary>The members' table, as <c>PiiTypeDescriptor</c>'s constructor reads it.</summary>
    private static string Table(List<MemberSpec> described)
    {
        var table = new System.Text.StringBuilder();
        foreach (var member in described)
        {
            var pii = member.PersonalData!.Value;
            if (table.Length > 0)
            {
                table.Append(';');
            }

            table.Append(Escape(member.Name)).Append('|').Append(pii.Kind).Append('|').Append(pii.Classification[0]);
            if (member.DescriptorSetterTarget is not null)
            {
                table.Append('w');
            }

            if (member.ErasedValue == Names.StringTombstone)
            {
                table.Append('t');
            }

            if (!IsString(member))
            {
                table.Append('x');
            }

            if (!pii.Purposes.IsEmpty)
            {
                table.Append("|p").Append(string.Join(",", pii.Purposes.Select(Escape)));
            }

            if (!pii.Subjects.IsEmpty)
            {
                table.Append("|s").Append(string.Join(",", pii.Subjects.Select(Escape)));
            }

            if (pii.Retention is { } retention)
            {
                table.Append("|r").Append(Escape(retention));
            }

            if (pii.JsonName is { } jsonName)
            {
                table.Append("|j").Append(Escape(jsonName));
            }
        }

        return table.ToString();
    }

    /// <summary>A string member needs no type named: the runtime creates it as a string.</summary>
    private static bool IsString(MemberSpec member) => member.TypeName is "string" or "string?";

    private static string Escape(string text)
    {
        if (text.IndexOfAny(Separators) < 0)
        {
            return text;
        }

        var escaped = new System.Text.StringBuilder(text.Length + 4);
        foreach (var character in text)
        {
            if (System.Array.IndexOf(Separators, character) >= 0)
            {
                escaped.Append('\\');
            }

            escaped.Append(character);
        }

        return escaped.ToString();
    }

    private static readonly char[] Separators = [';', '|', ',', '\\'];
}
