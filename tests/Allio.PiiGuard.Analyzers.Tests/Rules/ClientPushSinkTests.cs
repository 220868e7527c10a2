using HttpVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiOnHttpSurfaceAnalyzer>;
using SerializeVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// What a server pushes to browsers outside a response: a SignalR hub's messages to its clients (serialized, PII002),
/// and a Blazor component's navigation address (PII012).
/// </summary>
public sealed class ClientPushSinkTests
{
    private const string SignalR = """

        namespace Microsoft.AspNetCore.SignalR
        {
            using System.Threading;
            using System.Threading.Tasks;
            public interface IClientProxy { Task SendCoreAsync(string method, object?[] args, CancellationToken cancellationToken = default); }
            public static class ClientProxyExtensions
            {
                public static Task SendAsync(this IClientProxy clientProxy, string method, CancellationToken cancellationToken = default) => Task.CompletedTask;
                public static Task SendAsync(this IClientProxy clientProxy, string method, object? arg1, CancellationToken cancellationToken = default) => Task.CompletedTask;
                public static Task SendAsync(this IClientProxy clientProxy, string method, object? arg1, object? arg2, CancellationToken cancellationToken = default) => Task.CompletedTask;
            }
        }
        """;

    private const string Components = """

        namespace Microsoft.AspNetCore.Components
        {
            public abstract class NavigationManager
            {
                public void NavigateTo(string uri, bool forceLoad = false) { }
            }
        }
        """;

    [Fact]
    public Task A_hubs_messages_to_clients_are_serialized() => SerializeVerify.VerifyAsync(TestModel.With("""
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.SignalR;
        class CheckInHub
        {
            async Task Saved(IClientProxy caller, IClientProxy officers, User user)
            {
                await caller.SendAsync("saved", new { {|PII002:user.Email|}, {|PII002:user.Phone|} });
                await officers.SendAsync("checkIn", user.Id, {|PII002:user.Phone|});
                await officers.SendCoreAsync("checkIn", new object?[] { user.Id, {|PII002:user.Email|} });
                await officers.SendAsync("checkIn", user.Id, user.Login);
                await officers.SendAsync("refresh");
            }
        }
        """ + SignalR));

    [Fact]
    public Task A_components_navigation_address_is_on_the_http_surface() => HttpVerify.VerifyAsync(TestModel.With("""
        using System;
        using Microsoft.AspNetCore.Components;
        class PaymentPage
        {
            NavigationManager Navigation { get; } = null!;

            void Pay(User user, int notice)
            {
                Navigation.NavigateTo($"/pay?notice={notice}&email={Uri.EscapeDataString({|PII012:user.Email|})}");
                Navigation.NavigateTo($"/pay?notice={notice}", forceLoad: true);
            }
        }
        """ + Components));
}
