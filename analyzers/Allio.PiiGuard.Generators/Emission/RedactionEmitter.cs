using Allio.PiiGuard.Generators.Model;

namespace Allio.PiiGuard.Generators.Emission;

/// <summary>
/// Writes <c>ToString()</c>, <c>ToString(IRedactorProvider)</c>, <c>AppendRedacted</c>, the members
/// printer (unless the type is final and printed from its descriptor) and, for records, <c>PrintMembers</c>: personal
/// members are never written raw.
/// </summary>
internal static class RedactionEmitter
{
    public static void Emit(SourceWriter writer, in TypeSpec type)
    {
        if (type.GenerateToString)
        {
            writer.Line("/// <summary>The members, personal ones as markers.</summary>");
            writer.Line("public override string ToString() => " + Print("null"));
            writer.Line();
        }

        if (type.Shape != HookShape.Derived)
        {
            // A derived type inherits this overload; it calls the virtual AppendRedacted.
            writer.Line("/// <summary>The members, personal ones redacted.</summary>");
            writer.Line("public string ToString(" + Names.RedactorProvider + " redactorProvider) => " + Print("redactorProvider"));
            writer.Line();
        }

        // A final type whose descriptor drives the printing needs no members printer: nothing calls it through base.
        var printer = NeedsMembersPrinter(type);
        var opening = SourceWriter.Literal(type.DisplayName + " { ");
        writer.Line("/// <inheritdoc/>");
        writer.Line(TypeEmitter.PublicHook(type) + " void AppendRedacted(" + Names.StringBuilder + " builder, " + Names.RedactorProvider + "? redactorProvider) => " + (printer
            ? Names.Redaction + ".CloseMembers(builder, this.PiiAppendMembers(builder.Append(" + opening + "), redactorProvider));"
            : Names.Redaction + ".AppendObject(this, PiiDescriptor, builder, " + opening + ", redactorProvider);"));
        writer.Line();

        if (printer)
        {
            EmitMembersPrinter(writer, type);
        }

        if (type.PrintMembersModifiers is { } modifiers)
        {
            // The record's synthesized ToString and derived records call PrintMembers; it redacts too.
            writer.Line("/// <summary>Prints the members, redacted.</summary>");
            writer.Line(modifiers + " bool PrintMembers(" + Names.StringBuilder + " builder) => " + (printer
                ? "this.PiiAppendMembers(builder, null);"
                : Names.Redaction + ".AppendMembers(this, PiiDescriptor, builder, null, false);"));
            writer.Line();
        }
    }

    /// <summary>False for a final type printed from its descriptor: its <c>AppendRedacted</c> calls the runtime directly.</summary>
    private static bool NeedsMembersPrinter(in TypeSpec type) => type.Shape != HookShape.Final || !PrintsThroughDescriptor(type);

    private static string Print(string provider) => Names.BuilderCache + ".Print(this, " + provider + ");";

    /// <summary>
    /// True when the runtime prints the type's members from its descriptor: a type with personal data of its own, every
    /// printed personal member described. A container has no descriptor, and its printer is written out.
    /// </summary>
    public static bool PrintsThroughDescriptor(in TypeSpec type)
    {
        if (type.IsContainer)
        {
            return false;
        }

        foreach (var member in type.Members)
        {
            if (member.IsPrinted && member.PersonalData is not null && !member.IsDescribed)
            {
                return false;
            }
        }

        return true;
    }

    private static void EmitMembersPrinter(SourceWriter writer, in TypeSpec type)
    {
        if (TypeEmitter.ProtectedHook(type) != "private")
        {
            // Only a hook a derived type can see needs a doc comment (CS1591 in documented consumers).
            writer.Line("/// <summary>Appends the members; false when none.</summary>");
        }

        var header = TypeEmitter.ProtectedHook(type) + " bool PiiAppendMembers(" + Names.StringBuilder + " builder, " + Names.RedactorProvider + "? redactorProvider)";
        if (PrintsThroughDescriptor(type))
        {
            // The runtime prints the members the descriptor lists, reading them through the type's reader.
            writer.Line(header + " => " + Names.Redaction + ".AppendMembers(this, PiiDescriptor, builder, redactorProvider, "
                + (type.Shape == HookShape.Derived ? "base.PiiAppendMembers(builder, redactorProvider)" : "false") + ");");
            writer.Line();
            return;
        }

        writer.Open(header);
        var first = true;
        foreach (var member in type.Members)
        {
            if (!member.IsPrinted)
            {
                continue;
            }

            if (first && type.Shape == HookShape.Derived)
            {
                writer.Open("if (base.PiiAppendMembers(builder, redactorProvider))");
                writer.Line("builder.Append(\", \");");
                writer.Close().Line();
            }

            // One statement per member: the label travels with the value.
            var label = SourceWriter.Literal((first ? string.Empty : ", ") + member.Name + " = ");
            var value = "this." + SourceWriter.Identifier(member.StorageName);
            if (member.PersonalData is { } pii)
            {
                writer.Line(Names.Redaction + ".AppendPersonal(builder, redactorProvider, " + label + ", " + Names.Taxonomy + "." + pii.Classification + ", "
                    + SourceWriter.Literal(pii.Marker) + ", " + value + ");");
            }
            else if (member.AppendsDirectly)
            {
                writer.Line("builder.Append(" + label + ").Append(" + value + ");");
            }
            else
            {
                writer.Line(Names.Redaction + ".AppendValue(builder, " + label + ", " + value + ", redactorProvider);");
            }

            first = false;
        }

        writer.Line(first
            ? (type.Shape == HookShape.Derived ? "return base.PiiAppendMembers(builder, redactorProvider);" : "return false;")
            : "return true;");
        writer.Close().Line();
    }
}
