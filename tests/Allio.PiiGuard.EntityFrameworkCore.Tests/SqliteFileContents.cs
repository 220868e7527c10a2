using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Allio.PiiGuard.Testing;

/// <summary>
/// Every table and every value of a SQLite file, read with plain SQL: what anyone looking at the file would find.
/// Linked into the sample's tests too.
/// </summary>
internal static class SqliteFileContents
{
    public static (List<string> Tables, List<string> Values) Read(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var values = new List<string>();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    values.Add(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "");
                }
            }
        }

        return (tables, values);
    }
}
