using SerializeVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// A message bus serializes the messages it publishes, sends and answers with into its broker's queues (MassTransit's
/// <c>IPublishEndpoint.Publish</c>, <c>ISendEndpoint.Send</c>, <c>ConsumeContext.RespondAsync</c>): personal data in them is
/// PII002; messages of keys, counts and masked values are not.
/// </summary>
public sealed class MessageBusSinkTests
{
    private const string MassTransit = """
        namespace MassTransit
        {
            using System.Threading;
            using System.Threading.Tasks;
            public interface IPublishEndpoint
            {
                Task Publish<T>(T message, CancellationToken cancellationToken = default) where T : class;
                Task Publish<T>(object values, CancellationToken cancellationToken = default) where T : class;
            }
            public interface ISendEndpoint { Task Send<T>(T message, CancellationToken cancellationToken = default) where T : class; }
            public interface ConsumeContext : IPublishEndpoint
            {
                Task RespondAsync<T>(T message) where T : class;
            }
            public interface ConsumeContext<out T> : ConsumeContext where T : class { T Message { get; } }
            public interface IBus : IPublishEndpoint { }
        }

        """;

    [Fact]
    public Task Messages_a_bus_publishes_sends_or_answers_with_are_serialized() => SerializeVerify.VerifyAsync(TestModel.With("""
        using System.Threading.Tasks;
        using MassTransit;
        public sealed record DonorRegistered(int DonorId, string Postcode);
        public sealed record AppointmentBooked(int AppointmentId, int DonorId);
        public sealed class ResultReady { public int DonationId { get; set; } public string Email { get; set; } = ""; }
        class Service
        {
            async Task Run(IBus bus, ISendEndpoint queue, ConsumeContext<AppointmentBooked> context, User user)
            {
                await bus.Publish(new AppointmentBooked(1, user.Id));
                await bus.Publish(new ResultReady { DonationId = 2, Email = {|PII002:user.Email|} });
                await bus.Publish(new ResultReady { DonationId = 2, Email = "" });
                await queue.Send(new AppointmentBooked(3, user.Id));
                await queue.Send({|PII002:user|});
                await context.Publish(new { context.Message.AppointmentId });
                await context.RespondAsync(new { Contact = {|PII002:user.Phone|} });
            }
        }
        """ + MassTransit));
}
