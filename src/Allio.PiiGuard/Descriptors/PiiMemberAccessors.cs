namespace Allio.PiiGuard;

/// <summary>
/// Reads personal member <paramref name="member"/> (its index in the type's descriptor) of a generated type: one
/// method per type, a <c>switch</c> over the indexes, instead of a lambda per member.
/// </summary>
/// <typeparam name="TOwner">The type that declares or inherits the members.</typeparam>
/// <param name="owner">The instance; by reference, so a struct is not copied.</param>
/// <param name="member">The member's index in the descriptor.</param>
/// <param name="stored">True to read what the type stores (an audited property's field, so no retrieval is reported); false to read the member.</param>
/// <returns>The value, boxed.</returns>
public delegate object? PiiMemberReader<TOwner>(ref TOwner owner, int member, bool stored);

/// <summary>
/// Writes personal member <paramref name="member"/> (its index in the type's descriptor) of a generated type, or what
/// erasure writes for it (an audited property's field): one method per type, a <c>switch</c> over the writable members.
/// </summary>
/// <typeparam name="TOwner">The type that declares or inherits the members.</typeparam>
/// <param name="owner">The instance; by reference, so a struct is written in place.</param>
/// <param name="member">The member's index in the descriptor.</param>
/// <param name="value">The value, boxed; of the member's type.</param>
public delegate void PiiMemberWriter<TOwner>(ref TOwner owner, int member, object? value);
