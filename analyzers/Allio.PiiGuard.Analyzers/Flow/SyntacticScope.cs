using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Where syntax read without a semantic model is written: the method whose parameters carry what callers pass, and the
/// type whose members plain names read. A lambda subscribed in another file reads as its delegate's method: its
/// parameters are the delegate's by position, under the names the lambda gives them, and the parameters of the method
/// that subscribes it stay in view for their types.
/// </summary>
internal sealed class SyntacticScope
{
    private readonly ImmutableArray<string> _names;
    private readonly IMethodSymbol? _enclosing;

    private SyntacticScope(IMethodSymbol method, INamedTypeSymbol? type, ImmutableArray<string> names, IMethodSymbol? enclosing)
    {
        Method = method;
        Type = type;
        _names = names;
        _enclosing = enclosing;
    }

    /// <summary>The method whose parameters flow (a lambda's delegate <c>Invoke</c>).</summary>
    public IMethodSymbol Method { get; }

    /// <summary>The type whose fields and properties plain names and <c>this</c> read.</summary>
    public INamedTypeSymbol? Type { get; }

    public static SyntacticScope Of(IMethodSymbol method) => new(method, method.ContainingType, default, null);

    /// <summary>A lambda with parameters <paramref name="names"/> converted to a delegate whose method is <paramref name="invoke"/>, written in <paramref name="enclosing"/> of <paramref name="type"/>.</summary>
    public static SyntacticScope OfLambda(IMethodSymbol invoke, ImmutableArray<string> names, INamedTypeSymbol type, IMethodSymbol? enclosing) =>
        new(invoke, type, names, enclosing);

    /// <summary>The parameter a plain name reads, if any: the method's, else (for a lambda) one captured from the enclosing method.</summary>
    public IParameterSymbol? Parameter(string name)
    {
        if (_names.IsDefault)
        {
            return Named(Method, name);
        }

        for (var i = 0; i < _names.Length && i < Method.Parameters.Length; i++)
        {
            if (_names[i] == name)
            {
                return Method.Parameters[i];
            }
        }

        return _enclosing is null ? null : Named(_enclosing, name);
    }

    /// <summary>
    /// A parameter of the type's primary constructor (C# 12) a plain name reads: captured by its members, it types a
    /// receiver as a field would (<c>logger.LogInformation(m)</c> in <c>class AppLog(ILogger logger)</c>).
    /// </summary>
    public IParameterSymbol? PrimaryConstructorParameter(string name) =>
        Type is not null && PrimaryConstructors.GetValue(Type, FindPrimaryConstructor).Value is { } constructor ? Named(constructor, name) : null;

    /// <summary>Each type's primary constructor, found once: plain names of every member body ask for it.</summary>
    private static readonly ConditionalWeakTable<INamedTypeSymbol, StrongBox<IMethodSymbol?>> PrimaryConstructors = new();

    private static StrongBox<IMethodSymbol?> FindPrimaryConstructor(INamedTypeSymbol type)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax)
                {
                    return new(constructor);
                }
            }
        }

        return new(null);
    }

    private static IParameterSymbol? Named(IMethodSymbol method, string name)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Name == name)
            {
                return parameter;
            }
        }

        return null;
    }
}
