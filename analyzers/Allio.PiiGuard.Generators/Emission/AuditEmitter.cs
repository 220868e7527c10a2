using Allio.PiiGuard.Generators.Model;

namespace Allio.PiiGuard.Generators.Emission;

/// <summary>Writes the implementing part of audited partial properties: a backing field and accessors that report to the audit sink.</summary>
internal static class AuditEmitter
{
    public static void EmitProperties(SourceWriter writer, in TypeSpec type)
    {
        foreach (var property in type.AuditedProperties)
        {
            writer.Line(Names.NeverBrowsable);
            var initializer = type.Keyword.Contains("struct") ? ";" : " = default!;";
            writer.Line("private " + (property.IsReadOnlyField ? "readonly " : string.Empty) + property.FieldTypeName + " " + property.BackingField + initializer);
            writer.Line();
            writer.Open(property.Modifiers + " " + property.TypeName + " " + SourceWriter.Identifier(property.Name));
            foreach (var accessor in property.Accessors)
            {
                var prefix = accessor.Modifiers.Length > 0 ? accessor.Modifiers + " " : string.Empty;
                writer.Open(prefix + accessor.Keyword);
                var action = accessor.Keyword switch
                {
                    "get" => "Retrieval",
                    "init" => "Recording",
                    _ => "Update",
                };
                writer.Line("var __sink = " + Names.Audit + ".Sink;");
                writer.Open("if (__sink is not null)");
                TypeEmitter.AuditCall(writer, type, action, property.Name, property.Kind);
                writer.Close();
                writer.Line();
                var forgiveNull = property.FieldTypeName != property.TypeName ? "!" : string.Empty;
                writer.Line(accessor.Keyword == "get" ? "return this." + property.BackingField + forgiveNull + ";" : "this." + property.BackingField + " = value;");
                writer.Close();
            }

            writer.Close();
            writer.Line();
        }
    }
}
