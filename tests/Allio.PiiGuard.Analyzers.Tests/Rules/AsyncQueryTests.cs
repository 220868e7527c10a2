using Allio.PiiGuard.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>A projection materialised by an awaited library call (EF Core's <c>ToListAsync</c> and friends) carries what it selects.</summary>
public sealed class AsyncQueryTests
{
    // The signatures of EF Core's EntityFrameworkQueryableExtensions and DbSet, compiled into a library reference.
    private const string EfCore = """
        namespace Microsoft.EntityFrameworkCore
        {
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Linq.Expressions;
            using System.Threading;
            using System.Threading.Tasks;

            public abstract class DbSet<T> : IQueryable<T> where T : class
            {
                public Type ElementType => typeof(T);
                public Expression Expression => throw null!;
                public IQueryProvider Provider => throw null!;
                public IEnumerator<T> GetEnumerator() => throw null!;
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => throw null!;
            }

            public static class EntityFrameworkQueryableExtensions
            {
                public static Task<List<T>> ToListAsync<T>(this IQueryable<T> source, CancellationToken cancellationToken = default) => throw null!;
                public static Task<T[]> ToArrayAsync<T>(this IQueryable<T> source, CancellationToken cancellationToken = default) => throw null!;
                public static Task<T?> FirstOrDefaultAsync<T>(this IQueryable<T> source, CancellationToken cancellationToken = default) => throw null!;
                public static Task<T> SingleAsync<T>(this IQueryable<T> source, CancellationToken cancellationToken = default) => throw null!;
                public static Task<int> CountAsync<T>(this IQueryable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default) => throw null!;
                public static Task<bool> AnyAsync<T>(this IQueryable<T> source, CancellationToken cancellationToken = default) => throw null!;
            }
        }
        """;

    private const string Model = """

        public sealed class Customer
        {
            public int Id { get; set; }
            public string Tier { get; set; } = "";
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Phone)] public string Phone { get; set; } = "";
        }

        public abstract class Db { public abstract Microsoft.EntityFrameworkCore.DbSet<Customer> Customers { get; } }
        """;

    private static readonly Lazy<MetadataReference> EfCoreReference = new(() => TestReferences.Library(EfCore, "EfCoreStub"));

    private static Task Verify(string source)
    {
        var test = new LogVerify.Test { TestCode = source };
        test.TestState.AdditionalReferences.Add(EfCoreReference.Value);
        return test.RunAsync();
    }

    [Fact]
    public Task Awaited_projections_of_personal_members_are_reported() => Verify("""
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.Logging;
        class Service
        {
            async Task Run(ILogger logger, Db db)
            {
                var phones = await db.Customers.Where(x => x.Tier == "gold").Select(x => x.Phone).ToListAsync();
                logger.LogInformation("{Phones}", {|PII001:phones|});
                var array = await db.Customers.Select(x => x.Phone).ToArrayAsync();
                logger.LogInformation("{Phones}", {|PII001:array|});
                var first = await db.Customers.Select(x => x.Phone).FirstOrDefaultAsync();
                logger.LogInformation("{Phone}", {|PII001:first|});
                logger.LogInformation("{Phone}", await db.Customers.Where(x => x.Id == 3).Select(x => {|PII001:x.Phone|}).SingleAsync());
            }
        }
        """ + Model);

    [Fact]
    public Task Awaited_counts_and_projections_of_other_members_are_quiet() => Verify("""
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.Logging;
        class Service
        {
            async Task Run(ILogger logger, Db db)
            {
                var count = await db.Customers.CountAsync(x => x.Phone.StartsWith("+44"));
                logger.LogInformation("{Count}", count);
                var any = await db.Customers.AnyAsync();
                logger.LogInformation("{Any}", any);
                var tiers = await db.Customers.Where(x => x.Phone != "").Select(x => x.Tier).ToListAsync();
                logger.LogInformation("{Tiers}", tiers);
                var ids = await db.Customers.OrderBy(x => x.Phone).Select(x => x.Id).ToArrayAsync();
                logger.LogInformation("{Ids}", ids);
            }
        }
        """ + Model);
}
