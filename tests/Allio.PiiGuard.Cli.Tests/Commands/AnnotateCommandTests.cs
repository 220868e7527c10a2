using Allio.PiiGuard.Cli.Commands;
using Allio.PiiGuard.Cli.Tests.Fixtures;

namespace Allio.PiiGuard.Cli.Tests.Commands;

public sealed class AnnotateCommandTests
{
    [Fact]
    public async Task Annotate_marks_every_member_PII006_reports_and_prints_them_per_file()
    {
        using var project = await UnannotatedProject.CreateAsync();

        var run = await CliRunner.RunAsync("annotate", project.ProjectFile, "--no-restore");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var customer = await File.ReadAllTextAsync(project.PathOf("Customer.cs"));
        Assert.Contains("[Pii(Kind = PiiKind.Email)]\r\n    public string Email", customer, StringComparison.Ordinal);
        Assert.Contains("[Pii(Kind = PiiKind.Phone)]\r\n    public string Phone", customer, StringComparison.Ordinal);
        Assert.StartsWith("using Allio.PiiGuard;", customer, StringComparison.Ordinal);
        Assert.Contains("Customer.cs: 2 mark(s) added", run.Output, StringComparison.Ordinal);
        Assert.Contains("Customer.Email -> Kind = Email", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Annotate_marks_the_return_value_of_a_getter_method()
    {
        using var project = await UnannotatedProject.CreateAsync();
        await File.WriteAllTextAsync(project.PathOf("Person.cs"), "public class Person\n{\n    public string GetTelephone() => \"\";\n}\n");

        var run = await CliRunner.RunAsync("annotate", project.ProjectFile, "--no-restore");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var person = await File.ReadAllTextAsync(project.PathOf("Person.cs"));
        Assert.Contains("[return: Pii(Kind = PiiKind.Phone)]\n    public string GetTelephone()", person, StringComparison.Ordinal);
        Assert.Contains("Person.GetTelephone() -> Kind = Phone", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Annotate_keeps_the_byte_order_mark_and_the_CRLF_line_ends()
    {
        using var project = await UnannotatedProject.CreateAsync();

        await CliRunner.RunAsync("annotate", project.ProjectFile, "--no-restore");

        var bytes = await File.ReadAllBytesAsync(project.PathOf("Customer.cs"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.DoesNotContain(text.Replace("\r\n", "", StringComparison.Ordinal), character => character == '\n');
    }

    [Fact]
    public async Task Annotate_leaves_generated_files_and_files_outside_the_project_folder_alone()
    {
        using var project = await UnannotatedProject.CreateAsync();
        var before = project.Snapshot();

        await CliRunner.RunAsync("annotate", project.ProjectFile, "--no-restore");

        var after = project.Snapshot();
        // Generated.g.cs and ../Shared/Contact.cs (linked into the project) both hold an unmarked Email.
        Assert.Equal(before[project.PathOf("Generated.g.cs")], after[project.PathOf("Generated.g.cs")]);
        var shared = Path.Combine(project.Root, "Shared", "Contact.cs");
        Assert.Equal(before[shared], after[shared]);
        Assert.Equal([project.PathOf("Customer.cs")], after.Keys.Where(file => !before[file].AsSpan().SequenceEqual(after[file])));
    }

    [Fact]
    public async Task A_second_run_changes_nothing()
    {
        using var project = await UnannotatedProject.CreateAsync();
        await CliRunner.RunAsync("annotate", project.ProjectFile, "--no-restore");
        var once = project.Snapshot();

        var second = await CliRunner.RunAsync("annotate", project.ProjectFile, "--no-restore");

        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Contains("Nothing to annotate", second.Output, StringComparison.Ordinal);
        Assert.All(project.Snapshot(), file => Assert.Equal(once[file.Key], file.Value));
    }

    [Fact]
    public async Task Dry_run_prints_the_marks_and_writes_nothing()
    {
        using var project = await UnannotatedProject.CreateAsync();
        var before = project.Snapshot();

        var run = await CliRunner.RunAsync("annotate", project.ProjectFile, "--no-restore", "--dry-run");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Customer.cs: 2 mark(s) would be added", run.Output, StringComparison.Ordinal);
        Assert.All(project.Snapshot(), file => Assert.Equal(before[file.Key], file.Value));
    }

    [Fact]
    public async Task A_path_that_does_not_exist_is_refused()
    {
        var run = await CliRunner.RunAsync("annotate", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")));

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }
}
