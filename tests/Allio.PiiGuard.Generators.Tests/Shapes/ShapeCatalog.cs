namespace Allio.PiiGuard.Generators.Tests.Shapes;

/// <summary>The shape matrix: every kind of type, member and mark the generator must handle.</summary>
public static class ShapeCatalog
{
    /// <summary>Planted in every personal member; must never appear in a redacted output.</summary>
    public const string Secret = "S3CR3T";

    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using Allio.PiiGuard;

        """;

    public static TheoryData<Shape> All()
    {
        var data = new TheoryData<Shape>();
        foreach (var shape in Shapes())
        {
            data.Add(shape with { Source = Usings + shape.Source });
        }

        return data;
    }

    private static IEnumerable<Shape> Shapes()
    {
        yield return new("class with auto-properties", """
            namespace N;
            public partial class C { public int Id { get; set; } [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = ""; [Pii(Kind = PiiKind.Phone)] public string? Phone { get; set; } }
            public static class Probe { public static object Create() => new N.C { Id = 1, Email = "S3CR3T@x.ru", Phone = "+7S3CR3T" }; }
            """, []);
        yield return new("class with fields", """
            namespace N;
            public partial class C { public int Id; [Pii(Kind = PiiKind.Email)] public string Email = ""; [Pii] public string? Note; }
            public static class Probe { public static object Create() => new N.C { Id = 1, Email = "S3CR3T", Note = "S3CR3T-note" }; }
            """, []);
        yield return new("class with a private personal field", """
            namespace N;
            public partial class C { [Pii(Kind = PiiKind.LastName)] private string name = ""; public int Length => name.Length; public void Rename(string value) => name = value; }
            public static class Probe { public static object Create() { var c = new N.C(); c.Rename("S3CR3T"); return c; } }
            """, []);
        yield return new("class-level mark", """
            namespace N;
            [Pii(Kind = PiiKind.FullName)] public partial class C { public string First { get; set; } = ""; public string Last { get; set; } = ""; }
            public static class Probe { public static object Create() => new N.C { First = "S3CR3T1", Last = "S3CR3T2" }; }
            """, []);
        yield return new("class-level mark with NotPii member", """
            namespace N;
            [Pii] public partial class C { [NotPii] public int Id { get; set; } public string Email { get; set; } = ""; }
            public static class Probe { public static object Create() => new N.C { Id = 7, Email = "S3CR3T" }; }
            """, []);
        yield return new("sealed class", """
            namespace N;
            public sealed partial class C { [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = ""; }
            public static class Probe { public static object Create() => new N.C { Email = "S3CR3T" }; }
            """, []);
        yield return new("internal class", """
            namespace N;
            internal partial class C { [Pii(Kind = PiiKind.City)] public string City { get; set; } = ""; }
            public static class Probe { public static object Create() => new N.C { City = "S3CR3T" }; }
            """, []);
        yield return new("positional record", """
            namespace N;
            public partial record R(int Id, [Pii(Kind = PiiKind.Email)] string Email);
            public static class Probe { public static object Create() => new N.R(1, "S3CR3T"); }
            """, ["PIIG001"], ErasesEverything: false);
        yield return new("record with settable properties", """
            namespace N;
            public partial record R { public int Id { get; set; } [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = ""; }
            public static class Probe { public static object Create() => new N.R { Id = 1, Email = "S3CR3T" }; }
            """, []);
        yield return new("sealed record", """
            namespace N;
            public sealed partial record R { [Pii(Kind = PiiKind.Phone)] public string Phone { get; set; } = ""; }
            public static class Probe { public static object Create() => new N.R { Phone = "S3CR3T" }; }
            """, []);
        yield return new("record with its own ToString", """
            namespace N;
            public partial record R { [Pii] public string Email { get; set; } = ""; public override string ToString() => "R"; }
            public static class Probe { public static object Create() => new N.R { Email = "S3CR3T" }; }
            """, []);
        yield return new("record with its own PrintMembers", """
            namespace N;
            public sealed partial record R { [Pii] public string Email { get; set; } = ""; private bool PrintMembers(System.Text.StringBuilder builder) { builder.Append("custom"); return true; } }
            public static class Probe { public static object Create() => new N.R { Email = "S3CR3T" }; }
            """, []);
        yield return new("derived record of a generated record", """
            namespace N;
            public partial record Person { [Pii(Kind = PiiKind.LastName)] public string Last { get; set; } = ""; }
            public partial record Employee : Person { [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = ""; public int Grade { get; set; } }
            public static class Probe { public static object Create() => new N.Employee { Last = "S3CR3T", Email = "S3CR3T@x", Grade = 3 }; }
            """, []);
        yield return new("positional record struct", """
            namespace N;
            public partial record struct R(int Id, [Pii(Kind = PiiKind.Email)] string Email);
            public static class Probe { public static object Create() => new N.R(1, "S3CR3T"); }
            """, []);
        yield return new("record struct with init-only properties", """
            namespace N;
            public partial record struct R { [Pii(Kind = PiiKind.Email)] public string Email { get; init; } }
            public static class Probe { public static object Create() => new N.R { Email = "S3CR3T" }; }
            """, ["PIIG001"], ErasesEverything: false);
        yield return new("readonly record struct", """
            namespace N;
            public readonly partial record struct R(int Id, [Pii(Kind = PiiKind.Phone)] string Phone);
            public static class Probe { public static object Create() => new N.R(1, "S3CR3T"); }
            """, ["PIIG001"], ErasesEverything: false);
        yield return new("struct with properties", """
            namespace N;
            public partial struct S { public int Id { get; set; } [Pii(Kind = PiiKind.Email)] public string? Email { get; set; } }
            public static class Probe { public static object Create() => new N.S { Id = 1, Email = "S3CR3T" }; }
            """, []);
        yield return new("readonly struct with readonly fields", """
            namespace N;
            public readonly partial struct S { public S(string e) { Email = e; } [Pii(Kind = PiiKind.Email)] public readonly string Email; }
            public static class Probe { public static object Create() => new N.S("S3CR3T"); }
            """, ["PIIG001"], ErasesEverything: false);
        yield return new("generic class", """
            namespace N;
            public partial class Box<T> { [Pii] public T? Value { get; set; } }
            public static class Probe { public static object Create() => new N.Box<string> { Value = "S3CR3T" }; }
            """, []);
        yield return new("generic class with constraint", """
            namespace N;
            public partial class Box<T> where T : class { [Pii(Kind = PiiKind.Other)] public T? Value { get; set; } public int Count { get; set; } }
            public static class Probe { public static object Create() => new N.Box<string> { Value = "S3CR3T", Count = 2 }; }
            """, []);
        yield return new("generic struct", """
            namespace N;
            public partial struct Pair<TKey, TValue> { public TKey Key { get; set; } [Pii] public TValue Value { get; set; } }
            public static class Probe { public static object Create() => new N.Pair<int, string> { Key = 1, Value = "S3CR3T" }; }
            """, []);
        yield return new("nested type", """
            namespace N;
            public partial class Outer { public partial class Inner { [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = ""; } }
            public static class Probe { public static object Create() => new N.Outer.Inner { Email = "S3CR3T" }; }
            """, []);
        yield return new("nested in a generic type", """
            namespace N;
            public partial class Outer<T> { public partial record Inner { [Pii] public string Email { get; set; } = ""; public T? Tag { get; set; } } }
            public static class Probe { public static object Create() => new N.Outer<int>.Inner { Email = "S3CR3T", Tag = 5 }; }
            """, []);
        yield return new("nested two levels in a struct", """
            namespace N;
            public partial struct A { public partial class B { public partial struct C { [Pii] public string? Email { get; set; } } } }
            public static class Probe { public static object Create() => new N.A.B.C { Email = "S3CR3T" }; }
            """, []);
        yield return new("private nested type", """
            namespace N;
            public partial class Outer { private partial class Secret { [Pii] public string Email { get; set; } = ""; } public static object Make() => new Secret { Email = "S3CR3T" }; }
            public static class Probe { public static object Create() => N.Outer.Make(); }
            """, []);
        yield return new("nested in a type that is not partial", """
            namespace N;
            public class Outer { public partial class Inner { [Pii] public string Email { get; set; } = ""; } }
            public static class Probe { public static object Create() => new N.Outer.Inner { Email = "S3CR3T" }; }
            """, ["PIIG003"], HasHooks: false);
        yield return new("global namespace", """
            public partial class GlobalCustomer { [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = ""; }
            public static class Probe { public static object Create() => new GlobalCustomer { Email = "S3CR3T" }; }
            """, []);
        yield return new("inheritance, both generated", """
            namespace N;
            public partial class Person { [Pii(Kind = PiiKind.LastName)] public string Last { get; set; } = ""; }
            public partial class Customer : Person { [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = ""; public int Id { get; set; } }
            public static class Probe { public static object Create() => new N.Customer { Last = "S3CR3T1", Email = "S3CR3T2", Id = 4 }; }
            """, []);
        yield return new("inheritance from a base that is not partial", """
            namespace N;
            public class Person { [Pii(Kind = PiiKind.LastName)] public string Last { get; set; } = ""; }
            public partial class Customer : Person { [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = ""; }
            public static class Probe { public static object Create() => new N.Customer { Last = "S3CR3T1", Email = "S3CR3T2" }; }
            """, []);
        yield return new("abstract base, generated", """
            namespace N;
            public abstract partial class Party { [Pii(Kind = PiiKind.FullName)] public string Name { get; set; } = ""; }
            public sealed partial class Company : Party { [Pii(Kind = PiiKind.Phone)] public string Phone { get; set; } = ""; }
            public static class Probe { public static object Create() => new N.Company { Name = "S3CR3T1", Phone = "S3CR3T2" }; }
            """, []);
        yield return new("derived with no marks of its own", """
            namespace N;
            public partial class Person { [Pii(Kind = PiiKind.LastName)] public string Last { get; set; } = ""; }
            public partial class Customer : Person { public int Id { get; set; } }
            public static class Probe { public static object Create() => new N.Customer { Last = "S3CR3T", Id = 1 }; }
            """, []);
        yield return new("required members", """
            namespace N;
            public partial class C { public required int Id { get; set; } [Pii(Kind = PiiKind.Email)] public required string Email { get; set; } }
            public static class Probe { public static object Create() => new N.C { Id = 1, Email = "S3CR3T" }; }
            """, []);
        yield return new("init-only members", """
            namespace N;
            public partial class C { [Pii(Kind = PiiKind.Email)] public string Email { get; init; } = ""; [Pii] public string? Note { get; set; } }
            public static class Probe { public static object Create() => new N.C { Email = "S3CR3T", Note = "S3CR3T" }; }
            """, ["PIIG001"], ErasesEverything: false);
        yield return new("get-only member", """
            namespace N;
            public partial class C { public C(string email) { Email = email; } [Pii(Kind = PiiKind.Email)] public string Email { get; } }
            public static class Probe { public static object Create() => new N.C("S3CR3T"); }
            """, ["PIIG001"], ErasesEverything: false);
        yield return new("nullable and non-nullable value members", """
            namespace N;
            public partial class C { [Pii(Kind = PiiKind.SalaryExpectation)] public int Salary { get; set; } [Pii(Kind = PiiKind.BirthDate)] public DateTime? Born { get; set; } [Pii] public string? Alias { get; set; } }
            public static class Probe { public static object Create() => new N.C { Salary = 424242, Born = new DateTime(1977, 7, 7), Alias = "S3CR3T" }; }
            """, []);
        yield return new("enum member", """
            namespace N;
            public enum Status { Single, Married }
            public partial class C { [Pii(Kind = PiiKind.FamilyStatus)] public Status Status { get; set; } [Pii] public string Name { get; set; } = ""; }
            public static class Probe { public static object Create() => new N.C { Status = N.Status.Married, Name = "S3CR3T" }; }
            """, []);
        yield return new("members named like generated locals", """
            namespace N;
            public partial class C { public int builder { get; set; } [Pii] public string redactorProvider { get; set; } = ""; [Pii] public string? __sink { get; set; } public int __erased { get; set; } }
            public static class Probe { public static object Create() => new N.C { builder = 1, redactorProvider = "S3CR3T", __sink = "S3CR3T" }; }
            """, []);
        yield return new("member named like a keyword", """
            namespace N;
            public partial class C { [Pii] public string @class { get; set; } = ""; public int @event { get; set; } }
            public static class Probe { public static object Create() => new N.C { @class = "S3CR3T", @event = 1 }; }
            """, []);
        yield return new("type already declaring a generated member", """
            namespace N;
            public partial class C { [Pii] public string Email { get; set; } = ""; public void ErasePersonalData() { Email = ""; } }
            public static class Probe { public static object Create() => new N.C { Email = "S3CR3T" }; }
            """, ["PIIG002"], HasHooks: false);
        yield return new("derived from a base that declares a generated member", """
            namespace N;
            public class Base { public void ErasePersonalData() { } }
            public partial class C : Base { [Pii] public string Email { get; set; } = ""; }
            public static class Probe { public static object Create() => new N.C { Email = "S3CR3T" }; }
            """, ["PIIG002"], HasHooks: false);
        yield return new("class declaring a name of the generated member reader", """
            namespace N;
            public partial class C { [Pii] public string Email { get; set; } = ""; private static object? PiiReadMember() => null; }
            public static class Probe { public static object Create() => new N.C { Email = "S3CR3T" }; }
            """, ["PIIG002"], HasHooks: false);
        yield return new("class with its own ToString", """
            namespace N;
            public partial class C { [Pii] public string Email { get; set; } = ""; public override string ToString() => "C(custom)"; }
            public static class Probe { public static object Create() => new N.C { Email = "S3CR3T" }; }
            """, []);
        yield return new("sensitive and biometric marks", """
            namespace N;
            public partial class Patient { [SensitivePii(Kind = PiiKind.Health)] public string Diagnosis { get; set; } = ""; [BiometricPii] public byte[]? Face { get; set; } [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = ""; }
            public static class Probe { public static object Create() => new N.Patient { Diagnosis = "S3CR3T", Face = new byte[] { 83, 51 }, Email = "S3CR3T" }; }
            """, []);
        yield return new("only a sensitive mark", """
            namespace N;
            public partial record Case { [SensitivePii] public string Belief { get; set; } = ""; }
            public static class Probe { public static object Create() => new N.Case { Belief = "S3CR3T" }; }
            """, []);
        yield return new("nested marked type", """
            namespace N;
            public partial class Customer { [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = ""; }
            public partial class Order { public int Number { get; set; } public Customer Buyer { get; set; } = new(); [Pii] public string? Comment { get; set; } }
            public static class Probe { public static object Create() => new N.Order { Number = 9, Buyer = new N.Customer { Email = "S3CR3T" }, Comment = "S3CR3T" }; }
            """, []);
        yield return new("collection of marked types", """
            namespace N;
            public partial record Contact { [Pii(Kind = PiiKind.Phone)] public string Phone { get; set; } = ""; }
            public partial class Book { public List<Contact> Contacts { get; set; } = new(); [Pii] public string Owner { get; set; } = ""; }
            public static class Probe { public static object Create() => new N.Book { Owner = "S3CR3T", Contacts = { new N.Contact { Phone = "S3CR3T1" }, new N.Contact { Phone = "S3CR3T2" } } }; }
            """, []);
        yield return new("personal collection", """
            namespace N;
            public partial class C { [Pii(Kind = PiiKind.Phone)] public List<string> Phones { get; set; } = new(); [Pii(Kind = PiiKind.Skills)] public string[] Skills { get; set; } = System.Array.Empty<string>(); }
            public static class Probe { public static object Create() => new N.C { Phones = { "S3CR3T1", "S3CR3T2" }, Skills = new[] { "S3CR3T" } }; }
            """, []);
        yield return new("JSON-named member", """
            namespace N;
            public partial class C { [Pii(Kind = PiiKind.Email)] [System.Text.Json.Serialization.JsonPropertyName("mail")] public string Email { get; set; } = ""; }
            public static class Probe { public static object Create() => new N.C { Email = "S3CR3T" }; }
            """, []);
        yield return new("purposes, subjects and retention", """
            namespace N;
            public partial class Applicant { [Pii(Kind = PiiKind.WorkHistory, Purposes = new[] { "hiring" }, Subjects = new[] { "applicant" }, Retention = "P1Y")] public string History { get; set; } = ""; }
            public static class Probe { public static object Create() => new N.Applicant { History = "S3CR3T" }; }
            """, []);
        yield return new("static personal member is ignored", """
            namespace N;
            public partial class C { [Pii] public static string? Shared { get; set; } [Pii] public string Email { get; set; } = ""; }
            public static class Probe { public static object Create() => new N.C { Email = "S3CR3T" }; }
            """, []);
        yield return new("object-typed member holding a marked type", """
            namespace N;
            public partial class Customer { [Pii] public string Email { get; set; } = ""; }
            public partial class Envelope { public object? Payload { get; set; } [Pii] public string? From { get; set; } }
            public static class Probe { public static object Create() => new N.Envelope { Payload = new N.Customer { Email = "S3CR3T" }, From = "S3CR3T" }; }
            """, []);
        yield return new("audited partial property", """
            namespace N;
            public partial class C { public int Id { get; set; } [Pii(Kind = PiiKind.Email)] public partial string Email { get; set; } }
            public static class Probe { public static object Create() => new N.C { Id = 1, Email = "S3CR3T" }; }
            """, []);
        yield return new("audited partial property with a private setter", """
            namespace N;
            public partial class C { public C(string phone) { Phone = phone; } [Pii(Kind = PiiKind.Phone)] public partial string Phone { get; private set; } }
            public static class Probe { public static object Create() => new N.C("S3CR3T"); }
            """, []);
        yield return new("audited init-only partial property", """
            namespace N;
            public partial class C { [Pii(Kind = PiiKind.GovernmentId)] public partial string Passport { get; init; } }
            public static class Probe { public static object Create() => new N.C { Passport = "S3CR3T" }; }
            """, []);
        yield return new("audited required partial property", """
            namespace N;
            public partial class C { [Pii(Kind = PiiKind.Email)] public required partial string Email { get; set; } }
            public static class Probe { public static object Create() => new N.C { Email = "S3CR3T" }; }
            """, []);
        yield return new("audited partial property in a struct", """
            namespace N;
            public partial struct S { [Pii(Kind = PiiKind.Email)] public partial string? Email { get; set; } }
            public static class Probe { public static object Create() => new N.S { Email = "S3CR3T" }; }
            """, []);
        yield return new("audited partial property in a record", """
            namespace N;
            public partial record R { [Pii(Kind = PiiKind.Location)] public partial string? Location { get; set; } }
            public static class Probe { public static object Create() => new N.R { Location = "S3CR3T" }; }
            """, []);
        yield return new("audited non-nullable partial property in a struct with a constructor", """
            namespace N;
            public partial struct S { public S(string email) { Email = email; } [Pii(Kind = PiiKind.Email)] public partial string Email { get; set; } }
            public static class Probe { public static object Create() => new N.S("S3CR3T"); }
            """, []);
        yield return new("audited init partial property in a readonly struct", """
            namespace N;
            public readonly partial struct S { [Pii(Kind = PiiKind.Email)] public partial string? Email { get; init; } }
            public static class Probe { public static object Create() => new N.S { Email = "S3CR3T" }; }
            """, ["PIIG001"], ErasesEverything: false);
        yield return new("type-level mark on a struct", """
            namespace N;
            [Pii(Kind = PiiKind.Location)] public partial struct Point { public double Lat { get; set; } public double Lon { get; set; } public string? Label { get; set; } }
            public static class Probe { public static object Create() => new N.Point { Lat = 55.75, Lon = 37.61, Label = "S3CR3T" }; }
            """, []);
        yield return new("partial type declared in two parts", """
            namespace N;
            public partial class C { [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = ""; }
            public partial class C { [Pii(Kind = PiiKind.Phone)] public string Phone { get; set; } = ""; public int Id { get; set; } }
            public static class Probe { public static object Create() => new N.C { Email = "S3CR3T1", Phone = "S3CR3T2" }; }
            """, []);
        yield return new("generic derived from a generated generic base", """
            namespace N;
            public partial class Base<T> { [Pii] public T? Secret { get; set; } }
            public partial class Derived<T> : Base<T> { [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = ""; }
            public static class Probe { public static object Create() => new N.Derived<string> { Secret = "S3CR3T1", Email = "S3CR3T2" }; }
            """, []);
        yield return new("derived record of a record that is not partial", """
            namespace N;
            public record Person { [Pii(Kind = PiiKind.LastName)] public string Last { get; set; } = ""; }
            public sealed partial record Employee : Person { [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = ""; }
            public static class Probe { public static object Create() => new N.Employee { Last = "S3CR3T1", Email = "S3CR3T2" }; }
            """, []);
        yield return new("member hiding a base member", """
            namespace N;
            public class Base { public string Email { get; set; } = ""; }
            public partial class C : Base { [Pii(Kind = PiiKind.Email)] public new string Email { get; set; } = ""; }
            public static class Probe { public static object Create() => new N.C { Email = "S3CR3T" }; }
            """, []);
        yield return new("nullable-oblivious file", """
            #nullable disable
            namespace N;
            public partial class C { [Pii(Kind = PiiKind.Email)] public string Email { get; set; } [Pii] public string[] Tags { get; set; } }
            public static class Probe { public static object Create() => new N.C { Email = "S3CR3T", Tags = new[] { "S3CR3T" } }; }
            """, []);
        yield return new("record struct with property-targeted parameter marks", """
            namespace N;
            public partial record struct Card(int Id, [property: Pii(Kind = PiiKind.Email)] string Email, [property: SensitivePii(Kind = PiiKind.Health)] string Note);
            public static class Probe { public static object Create() => new N.Card(1, "S3CR3T@x", "S3CR3T"); }
            """, []);
        yield return new("record with only property-targeted parameter marks", """
            namespace N;
            public sealed partial record Contact(int Id, [property: Pii(Kind = PiiKind.Phone)] string Phone);
            public static class Probe { public static object Create() => new N.Contact(1, "S3CR3T"); }
            """, ["PIIG001"], ErasesEverything: false);
        yield return new("ASP.NET Identity personal-data marks", """
            namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : Attribute { } public class ProtectedPersonalDataAttribute : PersonalDataAttribute { } }
            namespace N
            {
                public partial class AppUser { public int Id { get; set; } [Microsoft.AspNetCore.Identity.PersonalData] public string UserName { get; set; } = ""; [Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string? Email { get; set; } }
                public partial class Login { [Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string Provider { get; set; } = ""; }
            }
            public static class Probe { public static object Create() => new N.AppUser { Id = 1, UserName = "S3CR3T", Email = "S3CR3T@x" }; }
            """, []);
        yield return new("marked members named like generated members", """
            namespace N;
            public partial class C { [Pii] public string Descriptor { get; set; } = ""; [Pii] public string? Export { get; set; } [Pii] public string Erase = ""; [Pii] public string AppendValue { get; set; } = ""; public int PiiAppend { get; set; } }
            public static class Probe { public static object Create() => new N.C { Descriptor = "S3CR3T", Export = "S3CR3T", Erase = "S3CR3T", AppendValue = "S3CR3T", PiiAppend = 2 }; }
            """, []);
        yield return new("sealed record deriving from an abstract generated record", """
            namespace N;
            public abstract partial record Party { [Pii(Kind = PiiKind.FullName)] public string Name { get; set; } = ""; }
            public sealed partial record Person : Party { [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = ""; public int Age { get; set; } }
            public static class Probe { public static object Create() => new N.Person { Name = "S3CR3T1", Email = "S3CR3T2", Age = 3 }; }
            """, []);
        yield return new("positional record with a class-level mark", """
            namespace N;
            [Pii(Kind = PiiKind.FullName)] public partial record Name(string First, string Last) { public string? Nick { get; set; } }
            public static class Probe { public static object Create() => new N.Name("S3CR3T1", "S3CR3T2") { Nick = "S3CR3T3" }; }
            """, ["PIIG001", "PIIG001"], ErasesEverything: false);
    }
}
