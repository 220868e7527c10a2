namespace Allio.PiiGuard;

/// <summary>
/// An action on personal data, as 152-FZ art. 3 item 3 lists them (GDPR art. 4 item 2 "processing"
/// names the same operations). Audit events carry one, never the value acted on.
/// </summary>
public enum PiiAction
{
    /// <summary>Collection (сбор).</summary>
    Collection,
    /// <summary>Recording (запись).</summary>
    Recording,
    /// <summary>Systematization (систематизация).</summary>
    Systematization,
    /// <summary>Accumulation (накопление).</summary>
    Accumulation,
    /// <summary>Storage (хранение).</summary>
    Storage,
    /// <summary>Update or change (уточнение: обновление, изменение); a generated setter reports it.</summary>
    Update,
    /// <summary>Retrieval (извлечение); a generated getter reports it.</summary>
    Retrieval,
    /// <summary>Use (использование).</summary>
    Use,
    /// <summary>Transfer: distribution, provision, access (передача); <c>ExportPersonalData()</c> reports it.</summary>
    Transfer,
    /// <summary>Depersonalization (обезличивание).</summary>
    Depersonalization,
    /// <summary>Blocking (блокирование).</summary>
    Blocking,
    /// <summary>Deletion or erasure (удаление); <c>ErasePersonalData()</c> reports it.</summary>
    Erasure,
    /// <summary>Destruction (уничтожение).</summary>
    Destruction,
}
