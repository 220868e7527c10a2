using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInExceptionAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII007 on <c>Exception.Data</c>: loggers and crash reporters write its entries with the exception.</summary>
public sealed class PiiInExceptionDataTests
{
    [Fact]
    public Task Personal_data_in_exception_data_warns() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run(User u, InvalidOperationException ex)
            {
                ex.Data["email"] = {|PII007:u.Email|};
                ex.Data.Add("phone", {|PII007:u.Phone|});
                var error = new ArgumentException("bad");
                error.Data["who"] = "user " + {|PII007:u.Email|};
                throw error;
            }
        }
        """));

    [Fact]
    public Task Ids_in_exception_data_and_other_dictionaries_are_clean() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Collections;
        class Service
        {
            void Run(User u, Exception ex, IDictionary bag, Hashtable table)
            {
                ex.Data["userId"] = u.Id;
                ex.Data.Add("login", u.Login);
                bag["email"] = u.Email;
                bag.Add("phone", u.Phone);
                table["email"] = u.Email;
                ex.Data["masked"] = Allio.PiiGuard.PiiRedact.Mask(u.Email);
            }
        }
        """));

    [Fact]
    public Task Exception_data_filled_by_an_initializer_warns() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run(User u)
            {
                if (u.Id == 0)
                {
                    throw new InvalidOperationException("missing") { Data = { ["email"] = {|PII007:u.Email|} } };
                }

                throw new ArgumentException("bad") { Data = { { "phone", {|PII007:u.Phone|} } } };
            }
        }
        """));

    [Fact]
    public Task Initializers_of_exception_data_with_ids_and_of_other_dictionaries_are_clean() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Collections;
        using System.Collections.Generic;
        class Holder
        {
            public Dictionary<string, string> Bag { get; } = new();
        }
        class Service
        {
            Holder Run(User u)
            {
                var error = new InvalidOperationException("missing") { Data = { ["userId"] = u.Id } };
                var table = new Hashtable { ["email"] = u.Email };
                return new Holder { Bag = { ["email"] = u.Email } };
            }
        }
        """));
}
