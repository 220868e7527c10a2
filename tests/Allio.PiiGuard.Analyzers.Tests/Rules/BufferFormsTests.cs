using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>Personal text turned into bytes, spans and formatted buffers stays personal; their lengths do not.</summary>
public sealed class BufferFormsTests
{
    [Fact]
    public Task Bytes_spans_and_copies_stay_personal() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Text;
        class Service
        {
            void Run(User u)
            {
                var bytes = Encoding.UTF8.GetBytes(u.Email);
                Console.WriteLine(Convert.ToBase64String({|PII001:bytes|}));
                Console.WriteLine(bytes.Length);
                var span = u.Phone.AsSpan();
                Console.WriteLine({|PII001:span|}.ToString());
                Console.WriteLine(span.Length);
                var chars = new char[64];
                u.Email.CopyTo(0, chars, 0, u.Email.Length);
                Console.WriteLine(new string({|PII001:chars|}));
                Console.WriteLine(new string(new char[8]));
                Console.WriteLine(Encoding.UTF8.GetByteCount(u.Email));
            }
        }
        """));

    [Fact]
    public Task Formatting_into_a_buffer_carries_the_value() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run(User u)
            {
                Span<char> buffer = stackalloc char[32];
                var clean = new char[16];
                if (u.Id.TryFormat(clean, out var written)) Console.WriteLine(new string(clean, 0, written));
                u.Email.AsSpan().CopyTo(buffer);
                Console.WriteLine({|PII001:buffer|}.ToString());
            }
        }
        """));
}
