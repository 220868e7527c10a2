using System.Collections.Frozen;

namespace Allio.PiiGuard.Cli.Inventory;

/// <summary>
/// Russian names for the data kinds, categories and actions of processing, as a notification to Roskomnadzor
/// names them (152-FZ art. 3 p. 3 for the actions). A test keeps every <c>PiiKind</c> member named here.
/// </summary>
public static class RussianNames
{
    /// <summary>One name per <c>PiiKind</c> member (and per category word used when a mark states no kind).</summary>
    public static readonly FrozenDictionary<string, string> Kinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["LastName"] = "фамилия",
        ["FirstName"] = "имя",
        ["MiddleName"] = "отчество",
        ["FullName"] = "фамилия, имя, отчество",
        ["Company"] = "место работы (организация)",
        ["BirthDate"] = "дата рождения",
        ["Phone"] = "номер телефона",
        ["Email"] = "адрес электронной почты",
        ["PostalAddress"] = "почтовый адрес",
        ["FamilyStatus"] = "семейное положение",
        ["Children"] = "сведения о детях",
        ["Education"] = "образование",
        ["Certificates"] = "сведения о сертификатах и квалификации",
        ["WorkHistory"] = "сведения о трудовой деятельности",
        ["Skills"] = "профессиональные навыки",
        ["Languages"] = "владение иностранными языками",
        ["PersonalQualities"] = "личные качества",
        ["City"] = "город проживания",
        ["DesiredPosition"] = "желаемая должность",
        ["WorkSchedule"] = "желаемый график работы",
        ["SalaryExpectation"] = "ожидаемый уровень заработной платы",
        ["Hobbies"] = "увлечения",
        ["GovernmentId"] = "реквизиты документа, удостоверяющего личность",
        ["FinancialAccount"] = "реквизиты банковского счёта",
        ["OnlineIdentifier"] = "сетевой идентификатор (IP-адрес, cookie, идентификатор устройства)",
        ["Location"] = "сведения о местоположении",
        ["Health"] = "сведения о состоянии здоровья",
        ["Biometric"] = "биометрические персональные данные",
        ["Other"] = "иные персональные данные",
        ["Personal"] = "персональные данные (вид не указан)",
        ["Sensitive"] = "специальные категории персональных данных (вид не указан)",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The Russian name of a kind; an unknown word is kept as written.</summary>
    public static string Kind(string kind) => Kinds.GetValueOrDefault(kind) ?? kind;

    /// <summary>The category of personal data as 152-FZ names it.</summary>
    public static string Category(string category) => category switch
    {
        "Sensitive" => "специальные категории персональных данных (ст. 10)",
        "Biometric" => "биометрические персональные данные (ст. 11)",
        _ => "иные категории персональных данных",
    };

    /// <summary>The actions of 152-FZ art. 3 p. 3 that code with stores and recipients performs.</summary>
    public static readonly string Collection = "сбор, запись, систематизация, использование";

    /// <summary>Keeping data in a store.</summary>
    public static readonly string Storage = "накопление, хранение, уточнение (обновление, изменение), извлечение";

    /// <summary>Handing data to a recipient.</summary>
    public static readonly string Transfer = "передача (предоставление, доступ)";

    /// <summary>The end of processing.</summary>
    public static readonly string Erasure = "обезличивание, блокирование, удаление, уничтожение";

    /// <summary>The word for a legal basis of the policy file.</summary>
    public static string LegalBasis(string word) => word switch
    {
        "consent" => "согласие субъекта персональных данных (п. 1 ч. 1 ст. 6)",
        "law" => "исполнение требований закона (п. 2 ч. 1 ст. 6)",
        "contract" => "исполнение договора, стороной которого является субъект (п. 5 ч. 1 ст. 6)",
        "legitimate-interest" => "осуществление прав и законных интересов оператора (п. 7 ч. 1 ст. 6)",
        _ => "не указано",
    };
}
