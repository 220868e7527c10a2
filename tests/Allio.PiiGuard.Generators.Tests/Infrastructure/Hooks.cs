using System.Text;
using Microsoft.Extensions.Compliance.Redaction;

namespace Allio.PiiGuard.Generators.Tests.Infrastructure;

/// <summary>Calls the generated members of an instance from a loaded shape (its type is unknown at compile time).</summary>
internal static class Hooks
{
    public static string AppendRedacted(object instance, IRedactorProvider? provider)
    {
        var builder = new StringBuilder();
        ((IPiiRedactable)instance).AppendRedacted(builder, provider);
        return builder.ToString();
    }

    public static string ToStringWith(object instance, IRedactorProvider provider)
        => (string)Method(instance, "ToString", typeof(IRedactorProvider)).Invoke(instance, [provider])!;

    public static IReadOnlyList<string> Erase(object instance)
        => (IReadOnlyList<string>)Method(instance, "ErasePersonalData").Invoke(instance, null)!;

    public static IReadOnlyList<KeyValuePair<string, object?>> Export(object instance)
        => (IReadOnlyList<KeyValuePair<string, object?>>)Method(instance, "ExportPersonalData").Invoke(instance, null)!;

    /// <summary>The descriptor of the type, or of its nearest base with hooks when the type has none of its own.</summary>
    public static PiiTypeDescriptor Descriptor(Type type)
    {
        for (var current = type; ; current = current.BaseType!)
        {
            var property = current.GetProperty("PiiDescriptor", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly);
            if (property is not null)
            {
                return (PiiTypeDescriptor)property.GetValue(null)!;
            }
        }
    }

    /// <summary>Text of an exported value, collections element by element, so a planted secret is found wherever it is.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string text => text,
        byte[] bytes => Encoding.ASCII.GetString(bytes),
        System.Collections.IEnumerable items => string.Join(",", items.Cast<object?>().Select(Text)),
        _ => value.ToString() ?? "",
    };

    private static System.Reflection.MethodInfo Method(object instance, string name, params Type[] parameters)
        => instance.GetType().GetMethod(name, parameters) ?? throw new MissingMethodException(instance.GetType().Name, name);
}
