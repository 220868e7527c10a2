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
}
