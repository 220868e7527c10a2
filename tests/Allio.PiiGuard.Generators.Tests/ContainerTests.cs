using Allio.PiiGuard.Generators.Tests.Infrastructure;
using Allio.PiiGuard.Generators.Tests.Shapes;
using Xunit.Abstractions;

namespace Allio.PiiGuard.Generators.Tests;

/// <summary>
/// Containers: partial types with no marks of their own that hold marked types through members and collections
/// get redaction and an export that recurses into them; they compile clean and never print a personal value.
/// </summary>
[Collection(AuditCollection.Name)]
public sealed class ContainerTests(ITestOutputHelper output)
{
    private const string Model = """
        using System.Collections.Generic;
        using Allio.PiiGuard;

        namespace Club;

        public partial class User { public int Id { get; set; } [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = ""; }
        public partial record struct Guest([property: Pii(Kind = PiiKind.Phone)] string Phone);
        """;

    public static TheoryData<string, string, string[]> Containers => new()
    {
        {
            "class with a member and a list",
            """
            public partial class Team { public string Name { get; set; } = ""; public User Lead { get; set; } = new(); public List<User> Members { get; } = new(); }
            public static class Probe { public static object Create() { var team = new Team { Name = "Owls", Lead = new User { Email = "S3CR3T-lead" } }; team.Members.Add(new User { Email = "S3CR3T-0" }); return team; } }
            """,
            ["Lead.Email", "Members[0].Email"]
        },
        {
            "nested containers",
            """
            public partial class Team { public User? Lead { get; set; } }
            public sealed partial class League { public Team[] Teams { get; set; } = []; public int Season { get; set; } }
            public static class Probe { public static object Create() => new League { Season = 1, Teams = [new Team { Lead = new User { Email = "S3CR3T" } }] }; }
            """,
            ["Teams[0].Lead.Email"]
        },
        {
            "generic container with a dictionary",
            """
            public partial class Directory<TKey> where TKey : notnull { public Dictionary<TKey, User> Entries { get; } = new(); }
            public static class Probe { public static object Create() { var d = new Directory<string>(); d.Entries["paris"] = new User { Email = "S3CR3T" }; return d; } }
            """,
            ["Entries[paris].Email"]
        },
        {
            "record struct container of a positional record",
            """
            public partial record struct Booking(int Room, Guest Guest, IEnumerable<Guest> Companions);
            public static class Probe { public static object Create() => new Booking(7, new Guest("S3CR3T-1"), [new Guest("S3CR3T-2")]); }
            """,
            ["Guest.Phone", "Companions[0].Phone"]
        },
        {
            "abstract container with a sealed derived one",
            """
            public abstract partial class Group { public List<User> People { get; } = new(); }
            public sealed partial class Office : Group { public string City { get; set; } = ""; }
            public static class Probe { public static object Create() { var o = new Office { City = "Oslo" }; o.People.Add(new User { Email = "S3CR3T" }); return o; } }
            """,
            ["People[0].Email"]
        },
    };

    [Theory]
    [MemberData(nameof(Containers))]
    public void Container_prints_redacted_and_exports_what_its_members_hold(string name, string source, string[] exported)
    {
        var result = GeneratorHarness.Run(Model, "namespace Club;\nusing System.Collections.Generic;\nusing Allio.PiiGuard;\n" + source);
        output.WriteLine(name + "\n" + result.Describe());

        Assert.Empty(result.CompileDiagnostics);
        Assert.Empty(result.GeneratorDiagnostics);
        using var loaded = LoadedAssembly.Load(result.Output);
        var instance = loaded.Invoke("Probe", "Create");

        Assert.IsAssignableFrom<IPiiRedactable>(instance);
        Assert.IsAssignableFrom<IPiiExportable>(instance);
        Assert.DoesNotContain(ShapeCatalog.Secret, instance.ToString());
        Assert.Contains("[redacted:", Hooks.AppendRedacted(instance, null));
        Assert.DoesNotContain(ShapeCatalog.Secret, Hooks.AppendRedacted(instance, StarRedactorProvider.Instance));
        Assert.DoesNotContain(ShapeCatalog.Secret, Hooks.ToStringWith(instance, StarRedactorProvider.Instance));
        var export = Hooks.Export(instance);
        Assert.Equal(exported, export.Select(static entry => entry.Key));
        Assert.All(export, static entry => Assert.Contains(ShapeCatalog.Secret, Hooks.Text(entry.Value)));
    }

    [Fact]
    public void Types_that_hold_no_marked_type_publicly_or_are_not_partial_get_nothing()
    {
        var result = GeneratorHarness.Run(Model, """
            namespace Club;
            using System.Collections.Generic;
            public partial class Order { public int Id { get; set; } public List<string> Lines { get; } = new(); }
            public class Roster { public List<User> People { get; } = new(); }
            public partial class Holder { public static User? Shared { get; set; } }
            public partial class UserService { private readonly Dictionary<int, User> cache = new(); public User? Find(int id) => cache.GetValueOrDefault(id); }
            public partial class Session(User user) { public int Id => user.Id; }
            """);
        output.WriteLine(result.Describe());

        Assert.Empty(result.CompileDiagnostics);
        Assert.Equal(
            ["Club.Guest.PiiGuard.g.cs", "Club.User.PiiGuard.g.cs"],
            result.GeneratedSources.Keys.Where(static key => key.StartsWith("Club.", StringComparison.Ordinal)).Order());
    }
}
