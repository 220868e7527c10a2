using System.Collections;
using System.Globalization;

namespace Allio.PiiGuard;

/// <summary>What generated export code calls for members that hold other types with hooks.</summary>
public static class PiiExport
{
    /// <summary>
    /// Adds the personal data <paramref name="value"/> holds, each name prefixed by where it was found:
    /// <c>Lead.Email</c>, <c>Members[1].Email</c>, <c>ByCity[Paris].Email</c>. Values without hooks add nothing.
    /// </summary>
    public static void AddNested(List<KeyValuePair<string, object?>> export, string name, object? value)
    {
        switch (value)
        {
            case null or string:
                return;
            case IPiiExportable exportable:
                foreach (var entry in exportable.ExportPersonalData())
                {
                    export.Add(new KeyValuePair<string, object?>(name + "." + entry.Key, entry.Value));
                }

                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    AddNested(export, name + "[" + Convert.ToString(entry.Key, CultureInfo.InvariantCulture) + "]", entry.Value);
                }

                return;
            case IEnumerable sequence:
                var index = 0;
                foreach (var item in sequence)
                {
                    AddNested(export, name + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", item);
                    index++;
                }

                return;
        }
    }
}
