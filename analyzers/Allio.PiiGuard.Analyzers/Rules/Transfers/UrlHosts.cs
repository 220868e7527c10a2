using System;
using Allio.PiiGuard.Analyzers.Flow;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Rules.Transfers;

/// <summary>
/// The URL host an <c>HttpClient</c> call goes to, when the code spells it out: a literal request URI (or the
/// literal start of an interpolated one), else a literal <c>BaseAddress</c> given to the client in the same block.
/// Hosts configured elsewhere (options, DI) are unknown: mark the typed client <c>[PiiRecipient]</c> instead.
/// </summary>
internal static class UrlHosts
{
    private const int MaxHops = 4;

    /// <summary>The host of a call's request: its <c>requestUri</c> or <c>request</c> argument, else the client's base address.</summary>
    public static string? OfCall(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "requestUri" && HostOf(argument.Value, MaxHops) is { } host)
            {
                return host;
            }

            if (argument.Parameter?.Name == "request" && RequestUriOf(argument.Value, MaxHops) is { } requestHost)
            {
                return requestHost;
            }
        }

        return SinkSet.Receiver(invocation) is { } client ? BaseAddressOf(client, MaxHops) : null;
    }

    /// <summary>The host of a literal URL (<c>"https://api.segment.io/v1/track"</c>, <c>new Uri("…")</c>, <c>$"https://host/{x}"</c>).</summary>
    public static string? HostOf(IOperation? value, int hops)
    {
        value = Unwrap(value);
        switch (value)
        {
            case { ConstantValue: { HasValue: true, Value: string text } }:
                return Parse(text);
            case IInterpolatedStringOperation { Parts: { Length: > 0 } parts } when parts[0] is IInterpolatedStringTextOperation first:
                return first.Text.ConstantValue.Value is string prefix ? Parse(prefix) : null;
            case IObjectCreationOperation creation when SymbolNames.Is(creation.Type, "System.Uri") && creation.Arguments.Length > 0:
                return HostOf(creation.Arguments[0].Value, hops);
            case ILocalReferenceOperation local when hops > 0:
                foreach (var stored in LocalDefinitions.For(local).ValuesOf(local.Local))
                {
                    if (HostOf(stored, hops - 1) is { } host)
                    {
                        return host;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The host of an <c>HttpRequestMessage</c> built in the block: <c>new HttpRequestMessage(method, "https://…")</c>.</summary>
    private static string? RequestUriOf(IOperation? request, int hops)
    {
        request = Unwrap(request);
        if (request is IObjectCreationOperation creation)
        {
            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter?.Name == "requestUri" && HostOf(argument.Value, hops) is { } host)
                {
                    return host;
                }
            }

            return InitializedValue(creation, "RequestUri") is { } uri ? HostOf(uri, hops) : null;
        }

        if (request is ILocalReferenceOperation local && hops > 0)
        {
            foreach (var stored in LocalDefinitions.For(local).ValuesOf(local.Local))
            {
                if (RequestUriOf(stored, hops - 1) is { } host)
                {
                    return host;
                }
            }

            return AssignedInBlock(local, "RequestUri") is { } assigned ? HostOf(assigned, hops - 1) : null;
        }

        return null;
    }

    /// <summary><c>new HttpClient { BaseAddress = new Uri("…") }</c> or <c>client.BaseAddress = …</c> in the block of a local client.</summary>
    private static string? BaseAddressOf(IOperation client, int hops)
    {
        if (client is not ILocalReferenceOperation local || hops <= 0)
        {
            return null;
        }

        foreach (var stored in LocalDefinitions.For(local).ValuesOf(local.Local))
        {
            if (Unwrap(stored) is IObjectCreationOperation creation && InitializedValue(creation, "BaseAddress") is { } address)
            {
                return HostOf(address, hops - 1);
            }
        }

        return AssignedInBlock(local, "BaseAddress") is { } assigned ? HostOf(assigned, hops - 1) : null;
    }

    /// <summary>The value an object initializer gives property <paramref name="property"/>.</summary>
    private static IOperation? InitializedValue(IObjectCreationOperation creation, string property)
    {
        if (creation.Initializer is not { } initializers)
        {
            return null;
        }

        foreach (var initializer in initializers.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                && target.Property.Name == property)
            {
                return assignment.Value;
            }
        }

        return null;
    }

    /// <summary>The value of <c>local.Property = value</c> anywhere in the local's block.</summary>
    private static IOperation? AssignedInBlock(ILocalReferenceOperation local, string property)
    {
        var root = (IOperation)local;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var operation in root.Descendants())
        {
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: ILocalReferenceOperation owner } target } assignment
                && target.Property.Name == property
                && SymbolEqualityComparer.Default.Equals(owner.Local, local.Local))
            {
                return assignment.Value;
            }
        }

        return null;
    }

    private static string? Parse(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : null;

    private static IOperation? Unwrap(IOperation? operation) => operation is null ? null : Flow.OperationShapes.WithoutConversions(operation);
}
