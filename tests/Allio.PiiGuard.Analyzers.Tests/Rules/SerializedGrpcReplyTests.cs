using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// A gRPC service method (one taking the server's <c>ServerCallContext</c>) sends what it returns to the caller, and a
/// server stream what it writes: both are reported like an API response. Methods without the call context are not
/// service methods.
/// </summary>
public sealed class SerializedGrpcReplyTests
{
    private const string Grpc = """

        namespace Grpc.Core
        {
            public abstract class ServerCallContext { }
            public interface IAsyncStreamWriter<T> { System.Threading.Tasks.Task WriteAsync(T message); }
            public interface IServerStreamWriter<T> : IAsyncStreamWriter<T> { }
        }
        """;

    [Fact]
    public Task Replies_and_streamed_messages_are_responses() => Verify.VerifyAsync(TestModel.With("""
        using System.Threading.Tasks;
        using Grpc.Core;
        public sealed class ProfileReply
        {
            public string Status { get; set; } = "";
            public string Email { get; set; } = "";
        }
        public sealed class ProfileService
        {
            public Task<ProfileReply> Get(User user, ServerCallContext context) =>
                Task.FromResult(new ProfileReply { Status = "ok", Email = {|PII002:user.Email|} });

            public async Task<ProfileReply> GetAsync(User user, ServerCallContext context)
            {
                await Task.Yield();
                return new ProfileReply { Status = "ok", Email = {|PII002:user.Phone|} };
            }

            public Task<ProfileReply> Status(User user, ServerCallContext context) =>
                Task.FromResult(new ProfileReply { Status = user.Id.ToString() });

            public async Task Stream(User user, IServerStreamWriter<ProfileReply> writer, ServerCallContext context)
            {
                await writer.WriteAsync(new ProfileReply { Email = {|PII002:user.Email|} });
                await writer.WriteAsync(new ProfileReply { Status = "done" });
            }

            public Task<ProfileReply> NotAService(User user) => Task.FromResult(new ProfileReply { Email = user.Email });
        }
        """ + Grpc));

    [Fact]
    public Task A_finished_task_holds_the_reply_it_was_made_from() => Verify.VerifyAsync(TestModel.With("""
        using System.Threading.Tasks;
        using Grpc.Core;
        public sealed class DonorReply
        {
            public string Reference { get; set; } = "";
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.FullName)] public string DisplayName { get; set; } = "";
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Phone)] public string Mobile { get; set; } = "";
        }
        static class Privacy
        {
            public static string Initials(string name) => name.Length > 0 ? name[..1] : "";
            public static string MaskPhone(string phone) => "***";
        }
        public sealed class DonorService
        {
            public Task<DonorReply> Summary(User user, ServerCallContext context)
            {
                var reply = new DonorReply { Reference = user.Id.ToString(), DisplayName = Privacy.Initials(user.Login), Mobile = Privacy.MaskPhone(user.Phone) };
                return Task.FromResult(reply);
            }

            public ValueTask<DonorReply> Brief(User user, ServerCallContext context)
            {
                var reply = new DonorReply { Reference = user.Id.ToString() };
                return ValueTask.FromResult(reply);
            }

            public Task<DonorReply> Full(User user, ServerCallContext context)
            {
                var reply = new DonorReply { Reference = user.Id.ToString(), DisplayName = Privacy.Initials(user.Login), Mobile = user.Phone };
                return Task.FromResult({|PII002:reply|});
            }

            public Task<DonorReply> Given(DonorReply reply, ServerCallContext context) => Task.FromResult({|PII002:reply|});
        }
        """ + Grpc));
}
