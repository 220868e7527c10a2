using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// An unmarked property that an object initializer sets holds the value given there, when the object can be traced to
/// its construction: a local, a method of the same file that builds it, a list of such objects, a <c>with</c> copy. An
/// object from elsewhere, or a property the initializer left alone, assumes nothing.
/// </summary>
public sealed class InitializedMemberTests
{
    [Fact]
    public Task A_property_holds_what_its_initializer_gave_it() => LogVerify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using System.Linq;
        using Microsoft.Extensions.Logging;
        public class Item
        {
            public int Id { get; set; }
            public string Label { get; set; } = "";
            public string Note { get; init; } = "";
        }
        public sealed record Row { public string Caption { get; init; } = ""; }
        public class Labelled { public string Label { get; set; } = ""; }
        public class Tagged : Labelled { public string Tag { get; set; } = ""; }
        static class Mapper
        {
            public static Item ToItem(User u) => new Item { Id = u.Id, Label = u.Email };
        }
        class Service
        {
            void Run(ILogger logger, User user, List<User> users, Item given)
            {
                var item = new Item { Id = user.Id, Label = user.Email, Note = "new" };
                logger.LogInformation("{L}", {|PII001:item|}.Label);
                logger.LogInformation("{I} {N}", item.Id, item.Note);

                var mapped = Mapper.ToItem(user);
                logger.LogInformation("{L}", {|PII001:mapped|}.Label);
                logger.LogInformation("{N}", mapped.Note);

                var grouped = users.Select(Mapper.ToItem).ToList();
                logger.LogInformation("{L}", string.Join(",", {|PII001:grouped|}.Select(i => i.Label)));
                logger.LogInformation("{I}", string.Join(",", grouped.Select(i => i.Id)));

                var items = users.Select(u => new Item { Id = u.Id, Label = u.Phone }).ToList();
                logger.LogInformation("{L}", string.Join(",", {|PII001:items|}.Select(i => i.Label)));
                logger.LogInformation("{I}", string.Join(",", items.Select(i => i.Id)));

                var row = new Row { Caption = user.Email };
                var safe = row with { Caption = "hidden" };
                logger.LogInformation("{C}", safe.Caption);
                logger.LogInformation("{C}", {|PII001:row|}.Caption);

                Labelled tagged = new Tagged { Tag = user.Email, Label = "plain" };
                logger.LogInformation("{L}", tagged.Label);
                Labelled labelled = new Tagged { Tag = "plain", Label = user.Phone };
                logger.LogInformation("{L}", {|PII001:labelled|}.Label);

                logger.LogInformation("{L}", given.Label);
            }
        }
        """));

    [Fact]
    public Task An_object_kept_in_a_field_is_not_traced_to_what_its_initializer_gave_it()
    {
        var test = new LogVerify.Test();
        test.TestState.Sources.Add("""
        using System;
        using System.Collections.Generic;
        using Microsoft.Extensions.Logging;
        public class Applicant
        {
            public Guid Id { get; init; } = Guid.NewGuid();
            public string LastName { get; set; } = "";
            public int Status { get; set; }
        }
        class Service(ILogger<Service> logger)
        {
            private readonly Dictionary<Guid, Applicant> items = new();

            public Applicant Register(string lastName)
            {
                var item = new Applicant { LastName = lastName };
                items[item.Id] = item;
                return item;
            }

            public Applicant? Find(Guid id) => items.TryGetValue(id, out var item) ? item : null;

            public void Process(Guid id)
            {
                var item = Find(id) ?? throw new InvalidOperationException("Unknown " + id);
                logger.LogDebug("Step for {Id}: {Status}", item.Id, item.Status);
                var kept = items[id];
                logger.LogDebug("Kept {Id} {Status}", kept.Id, kept.Status);
            }
        }
        """);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_property_a_statement_sets_holds_that_value() => LogVerify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using Microsoft.Extensions.Logging;
        using Allio.PiiGuard;
        public class Result
        {
            public int Code { get; set; }
            public string? Message { get; set; }
            public List<string> Errors { get; } = new();
            public List<string> Warnings { get; } = new();
        }
        class Service
        {
            Result Check(User u, int stock)
            {
                var result = new Result { Code = 1 };
                if (stock < 1)
                {
                    result.Message = $"No stock for {u.Email}";
                    result.Errors.Add($"Call {u.Phone}");
                }
                else
                {
                    result.Message = "Allocated";
                }

                result.Warnings.Add("Checked");
                return result;
            }

            void Run(ILogger logger, User u)
            {
                var checkedResult = Check(u, 0);
                logger.LogWarning("{M}", {|PII001:checkedResult|}.Message);
                logger.LogWarning("{E}", string.Join(";", {|PII001:checkedResult|}.Errors));
                logger.LogWarning("{C} {W}", checkedResult.Code, string.Join(";", checkedResult.Warnings));

                var local = new Result();
                local.Message = u.Email;
                logger.LogWarning("{M}", {|PII001:local|}.Message);

                var masked = new Result();
                masked.Message = u.Email;
                masked.Message = PiiRedact.Mask(masked.Message);
                logger.LogWarning("{M}", masked.Message);

                var plain = new Result();
                plain.Message = "ok";
                plain.Code = u.Id;
                logger.LogWarning("{M} {C}", plain.Message, plain.Code);
            }
        }
        """));

    /// <summary>
    /// A member set from itself in branches (<c>r.Label = r.Label.Trim() + …</c>): the read inside a store finds the
    /// stores before it, not the store itself, so such a block is read once and the e-mail given first is found.
    /// </summary>
    [Fact]
    public Task A_member_set_from_itself_is_traced_to_what_it_held_before() => LogVerify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;
        public class Row { public string Label { get; set; } = ""; public int Id { get; set; } }
        class Service
        {
            void Run(ILogger logger, User user, bool a, bool b, bool c)
            {
                var r = new Row { Id = user.Id };
                r.Label = user.Email;
                if (a) { r.Label = r.Label.Trim() + r.Label.ToUpperInvariant(); }
                if (b) { r.Label = r.Label.ToLowerInvariant() + r.Label.Trim(); }
                if (c) { r.Label = r.Label.Normalize() + r.Label.TrimEnd(); }
                if (a) { r.Label = r.Label.TrimStart() + r.Label.Normalize(); }
                logger.LogInformation("{L}", {|PII001:r|}.Label);

                var s = new Row { Id = user.Id };
                s.Label = "team";
                if (a) { s.Label = s.Label.Trim() + s.Label; }
                logger.LogInformation("{L} {I}", s.Label, s.Id);
                s.Label = user.Phone;

                var later = new Row();
                System.Func<string> label = () => later.Label;
                later.Label = user.Email;
                logger.LogInformation("{L}", {|PII001:label()|});
                for (var i = 0; i < 2; i++)
                {
                    logger.LogInformation("{L}", {|PII001:later|}.Label);
                    later.Label = user.Phone;
                }
            }
        }
        """));
}
