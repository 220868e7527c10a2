using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// Records of one person's care (<c>MedicationStatement</c>, <c>LaboratoryOrder</c>, <c>ImmunizationEvent</c>,
/// <c>HospitalVisit</c>): what they say is health data whatever the members are called (<c>Name</c>, <c>Status</c>,
/// <c>DispenseDate</c>, <c>Result</c>), so the type's name decides, not the member's.
/// </summary>
internal static partial class PiiNameHeuristics
{
    /// <summary>Words that name care given to a person and nothing else: a type named with one is such a record.</summary>
    private static readonly HashSet<string> CareWords =
    [
        "medication", "medications", "prescription", "prescriptions", "immunization", "immunizations", "immunisation",
        "immunisations", "vaccination", "vaccinations", "diagnosis", "diagnoses", "allergy", "allergies", "symptom",
        "symptoms", "covid", "covid19", "pathology", "radiology", "clinical", "prenatal", "antenatal",
    ];

    /// <summary>
    /// Words that name care only before a record of it (<c>LabResult</c>, <c>HospitalVisit</c>, <c>VaccineDose</c>,
    /// <c>DiagnosticImagingExam</c>): a laboratory, a hospital or a vaccine alone is a place or a product.
    /// </summary>
    private static readonly Dictionary<string, HashSet<string>> CareRecordPairs = new()
    {
        ["lab"] = ["order", "orders", "result", "results", "test", "tests", "report", "reports", "sample", "samples"],
        ["laboratory"] = ["order", "orders", "result", "results", "test", "tests", "report", "reports", "sample", "samples"],
        ["hospital"] = ["visit", "visits", "stay", "stays", "admission", "admissions", "discharge", "discharges"],
        ["diagnostic"] = ["imaging", "exam", "exams", "test", "tests"],
        ["vaccine"] = ["dose", "doses", "status", "proof", "certificate", "history", "record", "records"],
        ["medical"] = ["record", "records", "history", "note", "notes", "condition", "conditions", "exam", "visit", "visits"],
        ["health"] = ["record", "records", "condition", "conditions", "visit", "visits", "history", "assessment", "screening"],
        ["patient"] = ["note", "notes", "visit", "visits", "encounter", "encounters", "record", "records", "history", "chart", "condition"],
        ["cancer"] = ["screening", "screenings"],
        ["organ"] = ["donor"],
    };

    /// <summary>
    /// Words of catalogues and program parts: a drug product, a vaccine's definition, a clinic list, a medication
    /// service or its options describe no one's care.
    /// </summary>
    private static readonly HashSet<string> CareCatalogueWords =
    [
        "product", "products", "ingredient", "ingredients", "formulary", "catalog", "catalogue", "definition", "definitions",
        "type", "types", "code", "codes", "category", "categories", "manufacturer", "lookup", "reference", "template",
        "directory", "clinic", "clinics", "service", "services", "client", "controller", "handler", "validator", "mapper",
        "mapping", "delegate", "repository", "factory", "builder", "manager", "helper", "profile", "exception",
        "constants", "extensions", "settings", "setting", "options", "config", "configuration", "policy", "statistics",
        "stats", "metrics", "dashboard", "cache",
        // A business's or a person's application for a permit or relief in a pandemic (CovidApplication) is no care.
        "application", "applications", "permit", "permits", "relief",
    ];

    /// <summary>What a record's content is stored as: text, numbers, dates; flags and enums say how the record is handled.</summary>
    private const Shapes CareContentShapes = Shapes.Text | Shapes.Number | Shapes.Date | Shapes.Real;

    /// <summary>Neighbours that make a record a shop's or a catalogue's: a price, a stock, a barcode, a manufacturer.</summary>
    private static readonly HashSet<string> CatalogueMemberWords = ["price", "sku", "stock", "barcode", "gtin", "upc", "manufacturer"];

    /// <summary>
    /// Members of a record that are the record's machinery, not its content: keys of rows, reports and systems, versions,
    /// links, audit stamps, paging and errors.
    /// </summary>
    private static readonly HashSet<string> RecordMachineryWords =
    [
        "id", "ids", "guid", "uuid", "key", "identifier", "version", "etag", "rowversion", "url", "uri", "link", "links",
        "created", "updated", "modified", "deleted", "timestamp", "page", "count", "total", "offset", "limit", "error",
        "errors", "hash", "culture", "language", "locale", "json", "xml", "html", "create", "creation", "retry", "source",
        "system", "encoding", "media", "mime", "operation",
        // Where a record stands in its workflow (pending, final, cancelled), not what it says of the person.
        "status",
    ];

    /// <summary>
    /// The guess for a member of a record of a person's care, by the record's type: its descriptive values are health
    /// data. Discovery only: such content is reported for marking, but the many generic names it covers make it no
    /// source for the flow rules.
    /// </summary>
    private static Match? CareRecordContent(string name, ITypeSymbol? type, string? containerName, IEnumerable<string>? neighbours)
    {
        // Asked for every member no name matches: the type's name, known once, rules out almost all of them.
        if (containerName is null || !CareRecordTypes.GetOrAdd(containerName, IsCareRecordType))
        {
            return null;
        }

        var words = Words(name);
        if (words.Count == 0 || type is null || Shape(type) is not { } shape || (shape & CareContentShapes) == 0
            || words.Exists(RecordMachineryWords.Contains)
            || CatalogueMemberWords.Contains(string.Concat(words))
            || (neighbours is not null && HasNeighbourSpelled(name, neighbours, CatalogueMemberWords)))
        {
            return null;
        }

        return new Match("Health", string.Concat(words), DiscoveryOnly: true, Sensitive: true);
    }

    /// <summary>Type names already judged: true for a record of a person's care that is no catalogue or program part.</summary>
    private static readonly ConcurrentDictionary<string, bool> CareRecordTypes = new(System.StringComparer.Ordinal);

    private static bool IsCareRecordType(string typeName)
    {
        var typeWords = Words(typeName);
        return NamesCareRecord(typeWords) && !typeWords.Exists(CareCatalogueWords.Contains);
    }

    private static bool NamesCareRecord(List<string> typeWords)
    {
        for (var i = 0; i < typeWords.Count; i++)
        {
            if (CareWords.Contains(typeWords[i])
                || (i + 1 < typeWords.Count && CareRecordPairs.TryGetValue(typeWords[i], out var records) && records.Contains(typeWords[i + 1])))
            {
                return true;
            }
        }

        return false;
    }
}
