using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>A query keyed by a personal member (sorting, grouping, filtering) returns its key only where the result holds it.</summary>
public sealed class OrderingKeyTests
{
    [Fact]
    public Task Sorting_and_filtering_keys_do_not_reach_the_projection() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        class Service
        {
            void Run(List<User> users)
            {
                Console.WriteLine(string.Join(",", users.OrderBy(u => u.Email).Select(u => u.Id)));
                Console.WriteLine(string.Join(",", users.OrderByDescending(u => u.Phone).ThenBy(u => u.Email).Select(u => u.Login)));
                Console.WriteLine(string.Join(",", users.Where(u => u.Email.EndsWith(".ru")).Select(u => u.Id)));
                Console.WriteLine(string.Join(",", users.DistinctBy(u => u.Email).Select(u => u.Id)));
                Console.WriteLine(users.MaxBy(u => u.Phone)!.Id);
                Console.WriteLine(string.Join(",", users.GroupBy(u => u.Email).Select(g => g.Count())));
            }
        }
        """));

    [Fact]
    public Task Grouping_keys_and_projected_members_are_reported() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        class Service
        {
            void Run(List<User> users, List<Applicant> applicants)
            {
                Console.WriteLine(string.Join(",", {|PII001:users.GroupBy(u => u.Email)|}.Select(g => g.Key)));
                Console.WriteLine(string.Join(",", users.OrderBy(u => u.Id).Select(u => {|PII001:u.Email|})));
                Console.WriteLine(string.Join(",", users.GroupBy(u => {|PII001:u.Phone|})));
                Console.WriteLine(string.Join(",", users.Select(u => u.Login).Aggregate("", (all, login) => all + login, all => all)));
                Console.WriteLine(users.Aggregate("", (all, u) => all + {|PII001:u.Email|}, all => all.Trim()));
                Console.WriteLine(applicants.Aggregate(new System.Text.StringBuilder("id\n"), (sb, a) => sb.Append(a.Id).Append('\n')).ToString());
                Console.WriteLine(users.Aggregate(new System.Text.StringBuilder(), (sb, u) => sb.Append({|PII001:u.Phone|})).ToString());
                Console.WriteLine(users.Select((u, index) => index).Sum());
                Console.WriteLine(string.Join(",", users.GroupBy(u => u.Diagnosis).Select(g => $"{g.Key}={g.Count()}")));
                Console.WriteLine(string.Join(",", users.ToDictionary(u => {|PII001:u.Diagnosis|}, u => u.Id).Keys));
                Console.WriteLine(string.Join(",", users.GroupBy(u => u.Diagnosis).Select(g => {|PII001:g.First().Email|})));
            }
        }
        """));
}
