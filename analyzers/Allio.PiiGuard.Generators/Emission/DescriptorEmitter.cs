using System.Collections.Generic;
using System.Linq;
using Allio.PiiGuard.Generators.Model;

namespace Allio.PiiGuard.Generators.Emission;

/// <summary>
/// Writes the static, reflection-free descriptor of the type's personal-data members: one constructor call per member,
/// what it does not declare left to the constructor's defaults, and the type's one reader and one writer, a switch over
/// the members' indexes. Erasure and export loop over it at run time.
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

        // Each distinct purposes or subjects list once per type, shared by the members that declare it; written before
        // the descriptor, as static initializers of one part run in the order they are written.
        var lists = SharedLists(described);
        for (var i = 0; i < lists.Count; i++)
        {
            writer.Line("private static readonly string[] " + ListName(i) + " = { " + lists[i] + " };");
        }

        if (lists.Count > 0)
        {
            writer.Line();
        }

        writer.Line(Summary);

        // One reader and one writer per type, a switch over the members' indexes, instead of two lambdas per member;
        // the printed members listed for the runtime's printer, which reads them through the same reader.
        writer.Line(header + ReaderName + ", " + WriterName + ", " + SourceWriter.Literal(RedactionEmitter.PrintsThroughDescriptor(type) ? Printed(type, described) : string.Empty) + (described.Count == 0 ? ");" : ","));
        for (var i = 0; i < described.Count; i++)
        {
            writer.Line("    " + Member(owner, described[i], lists) + (i < described.Count - 1 ? "," : ");"));
        }

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

    private static string ListName(int index) => "__piiList" + index;

    /// <summary>The distinct purposes and subjects lists of the members, as the literals between the braces, first use first.</summary>
    private static List<string> SharedLists(List<MemberSpec> described)
    {
        var lists = new List<string>();
        foreach (var member in described)
        {
            var pii = member.PersonalData!.Value;
            foreach (var values in new[] { pii.Purposes, pii.Subjects })
            {
                var literals = Literals(values);
                if (!values.IsEmpty && !lists.Contains(literals))
                {
                    lists.Add(literals);
                }
            }
        }

        return lists;
    }

    private static string Member(string owner, MemberSpec member, List<string> lists)
    {
        var pii = member.PersonalData!.Value;
        var call = new System.Text.StringBuilder("new " + Names.MemberDescriptor + "<").Append(owner).Append(", ").Append(member.TypeName).Append(">(")
            .Append(SourceWriter.Literal(member.Name)).Append(", ").Append(Names.Kind).Append('.').Append(pii.Kind)
            .Append(", ").Append(Names.Taxonomy).Append('.').Append(pii.Classification)
            .Append(member.DescriptorSetterTarget is null ? ", false" : ", true");
        if (!pii.Purposes.IsEmpty)
        {
            call.Append(", purposes: ").Append(ListName(lists.IndexOf(Literals(pii.Purposes))));
        }

        if (!pii.Subjects.IsEmpty)
        {
            call.Append(", subjects: ").Append(ListName(lists.IndexOf(Literals(pii.Subjects))));
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

        return call.Append(')').ToString();
    }

    private static string Literals(EquatableArray<string> values) => string.Join(", ", values.Select(SourceWriter.Literal));
}
