using System.Collections.Immutable;
using System.Linq;

namespace Allio.PiiGuard.Analyzers.Flow.Tables;

/// <summary>
/// Every sink the flow rules know, as data. Supporting another library is adding rows here:
/// the type's metadata name, the member names, and which arguments reach the outside.
/// </summary>
internal static class SinkTable
{
    private static readonly string[] MelLevels =
        ["Log", "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical", "BeginScope"];

    private static readonly string[] SerilogLevels =
        ["Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "ForContext"];

    private static readonly string[] NLogLevels =
        ["Log", "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "ConditionalTrace", "ConditionalDebug"];

    private static readonly string[] Log4NetLevels =
        ["Debug", "DebugFormat", "Info", "InfoFormat", "Warn", "WarnFormat", "Error", "ErrorFormat", "Fatal", "FatalFormat"];

    private static readonly string[] TextWrites = ["Write", "WriteLine", "WriteAsync", "WriteLineAsync"];

    private static readonly string[] DebugWrites = ["Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "Assert", "Fail"];

    private static readonly string[] TraceWrites =
        ["Write", "WriteLine", "WriteIf", "WriteLineIf", "TraceInformation", "TraceWarning", "TraceError", "Assert", "Fail"];

    private static readonly string[] HttpClientCalls =
        ["GetAsync", "GetStringAsync", "GetByteArrayAsync", "GetStreamAsync", "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync"];

    private static readonly string[] HttpJsonCalls =
        ["GetFromJsonAsync", "GetFromJsonAsAsyncEnumerable", "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync", "DeleteFromJsonAsync"];

    private static readonly string[] ResultRedirects =
        ["Redirect", "LocalRedirect", "RedirectToRoute", "Created", "Accepted", "CreatedAtRoute", "AcceptedAtRoute"];

    private static readonly string[] ControllerRedirects =
    [
        "Redirect", "RedirectPermanent", "LocalRedirect", "LocalRedirectPermanent", "RedirectToAction", "RedirectToRoute",
        "RedirectToPage", "CreatedAtAction", "CreatedAtRoute", "AcceptedAtAction", "AcceptedAtRoute", "Created", "Accepted",
    ];

    private static readonly string[] LinkCalls =
    [
        "GetPathByAction", "GetUriByAction", "GetPathByPage", "GetUriByPage", "GetPathByName", "GetUriByName",
        "GetPathByRouteValues", "GetUriByRouteValues", "GetPathByAddress", "GetUriByAddress", "Action", "RouteUrl", "Page", "Link",
    ];

    private static readonly string[] UrlParameters = ["url", "localUrl", "uri", "location", "routeValues", "values", "fragment", "requestUri"];

    private static readonly string[] HttpSends = [.. HttpClientCalls, "SendAsync", "Send"];

    private static readonly string[] JsonSerializes =
        ["Serialize", "SerializeAsync", "SerializeToUtf8Bytes", "SerializeToNode", "SerializeToElement", "SerializeToDocument"];

    private static readonly string[] JsonWriterWrites =
    [
        "WriteString", "WriteStringValue", "WritePropertyName", "WriteRawValue", "WriteBase64String", "WriteBase64StringValue",
        "WriteCommentValue", "WriteNumber", "WriteNumberValue",
    ];

    private static readonly string[] XmlWriterWrites =
        ["WriteElementString", "WriteString", "WriteAttributeString", "WriteValue", "WriteCData", "WriteRaw", "WriteComment", "WriteChars"];

    private static readonly string[] DomWrites = ["ToJsonString", "ToString", "WriteTo"];

    /// <summary>What a result factory writes as the response body, whatever the factory's name (<c>StatusCode(201, value)</c>, <c>BadRequest(error)</c>).</summary>
    // A problem's detail, title and extensions are written into the response body as JSON, like a value.
    // Text and HTML written as the body (Results.Text, Results.Content, a controller's Content) is the response too.
    // A validation problem's errors are written as their messages.
    // A problem given whole (ValidationProblem(descriptor), Results.Problem(problemDetails)) is written like its parts.
    /// <summary>The arguments a SignalR message carries to its clients (<c>SendAsync(method, arg1, …, arg10)</c>).</summary>
    private static readonly string[] SignalRArguments = ["arg1", "arg2", "arg3", "arg4", "arg5", "arg6", "arg7", "arg8", "arg9", "arg10"];

    private static readonly string[] BodyParameters =
        ["value", "data", "obj", "error", "detail", "title", "extensions", "content", "errors", "descriptor", "problemDetails"];

    private static readonly string[] ApplicationInsightsTracks =
        ["TrackEvent", "TrackTrace", "TrackException", "TrackDependency", "TrackRequest", "TrackPageView", "TrackAvailability", "TrackMetric"];

    private static readonly string[] ActivityWrites = ["SetTag", "AddTag", "AddBaggage", "SetBaggage", "AddEvent", "SetStatus", "AddException"];

    private static readonly string[] MetricWrites = ["Add", "Record"];

    /// <summary>The property bags of Application Insights' telemetry items and context: sent with every item.</summary>
    private static readonly string[] ApplicationInsightsProperties =
    [
        .. new[]
        {
            "AvailabilityTelemetry", "DependencyTelemetry", "EventTelemetry", "ExceptionTelemetry", "MetricTelemetry",
            "PageViewPerformanceTelemetry", "PageViewTelemetry", "RequestTelemetry", "TraceTelemetry",
        }.Select(type => "Microsoft.ApplicationInsights.DataContracts." + type + ".Properties"),
        "Microsoft.ApplicationInsights.DataContracts.TelemetryContext.Properties",
        "Microsoft.ApplicationInsights.DataContracts.TelemetryContext.GlobalProperties",
        "Microsoft.ApplicationInsights.DataContracts.ISupportProperties.Properties",
    ];

    /// <summary>What Sentry's calls send with an event: a breadcrumb's message and data, a captured message.</summary>
    private static readonly string[] SentryEventParameters = ["message", "category", "type", "data"];

    private static readonly string[] OutOfRangeGuards =
    [
        "ThrowIfEqual", "ThrowIfNotEqual", "ThrowIfGreaterThan", "ThrowIfGreaterThanOrEqual", "ThrowIfLessThan",
        "ThrowIfLessThanOrEqual", "ThrowIfNegative", "ThrowIfNegativeOrZero", "ThrowIfZero",
    ];

    public static ImmutableArray<SinkRow> Rows { get; } =
    [
        // PII001: logs.
        Call(SinkKind.Log, "Microsoft.Extensions.Logging.LoggerExtensions", "ILogger", MelLevels),
        Call(SinkKind.Log, "Microsoft.Extensions.Logging.ILogger", "ILogger", "Log", "BeginScope"),
        Call(SinkKind.Log, "Serilog.Log", "Log", SerilogLevels),
        Call(SinkKind.Log, "Serilog.ILogger", "ILogger", SerilogLevels),
        Call(SinkKind.Log, "NLog.ILoggerBase", "Logger", NLogLevels),
        Call(SinkKind.Log, "NLog.Logger", "Logger", NLogLevels),
        Call(SinkKind.Log, "Serilog.Context.LogContext", "LogContext", "PushProperty"),
        Call(SinkKind.Log, "Serilog.Configuration.LoggerEnrichmentConfiguration", "Enrich", "WithProperty"),
        Call(SinkKind.Log, "NLog.Logger", "Logger", "WithProperty", "PushScopeProperty", "PushScopeNested"),
        Call(SinkKind.Log, "NLog.ScopeContext", "ScopeContext", "PushProperty", "PushProperties", "PushNestedState", "PushNestedStateProperties"),
        Call(SinkKind.Log, "NLog.MappedDiagnosticsLogicalContext", "MappedDiagnosticsLogicalContext", "Set", "SetScoped"),
        Call(SinkKind.Log, "NLog.MappedDiagnosticsContext", "MappedDiagnosticsContext", "Set"),
        Call(SinkKind.Log, "NLog.GlobalDiagnosticsContext", "GlobalDiagnosticsContext", "Set"),
        // NLog's fluent events (logger.ForInfoEvent().Message(…).Property("Name", value).Log()): the message's arguments and
        // the properties are written into every target's layout.
        Call(SinkKind.Log, "NLog.LogEventBuilder", "LogEventBuilder", "Message", "Property", "Properties"),
        Call(SinkKind.Log, "NLog.Fluent.LogBuilder", "LogBuilder", "Message", "Property", "Properties"),
        // An NLog event made by hand (LogEventInfo.Create(level, name, message), new LogEventInfo(level, name, message)):
        // its message and parameters are what the logger writes.
        Named(SinkKind.Log, "NLog.LogEventInfo", "LogEventInfo", ["Create"], "message", "parameters", "formatProvider"),
        new(SinkKind.Log, SinkShape.Construction, "NLog.LogEventInfo", "LogEventInfo", [], SinkArguments.Named, ["message", "parameters"]),
        // Nested diagnostic contexts: what is pushed is printed with every event logged inside the scope.
        Call(SinkKind.Log, "NLog.NestedDiagnosticsContext", "NestedDiagnosticsContext", "Push"),
        Call(SinkKind.Log, "NLog.NestedDiagnosticsLogicalContext", "NestedDiagnosticsLogicalContext", "Push", "PushObject"),
        // An NLog event's properties, written into every target's layout: evt.Properties["HomeAddress"] = s.HomeAddress.
        new SinkRow(SinkKind.Log, SinkShape.Assignment, "System.Collections.Generic.IDictionary`2", "LogEventInfo.Properties", [SinkRow.Indexer]) with
        {
            Receivers = ["NLog.LogEventInfo.Properties"],
        },
        // Serilog enrichers: a property an enricher creates is written with every event.
        Named(SinkKind.Log, "Serilog.Core.ILogEventPropertyFactory", "ILogEventPropertyFactory", ["CreateProperty"], "value"),
        Named(SinkKind.Log, "Serilog.Events.LogEvent", "LogEvent", ["AddPropertyIfAbsent"], "value"),
        new(SinkKind.Log, SinkShape.Construction, "Serilog.Events.ScalarValue", "ScalarValue", []),
        // A [TagProvider]'s tags are written with the log record; the overload given classifications redacts them.
        Named(SinkKind.Log, "Microsoft.Extensions.Logging.ITagCollector", "ITagCollector", ["Add"], "tagValue"),
        // A health check's description: the health check service logs it with the check's status.
        Named(SinkKind.Log, "Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult", "HealthCheckResult",
            ["Healthy", "Degraded", "Unhealthy"], "description"),
        new(SinkKind.Log, SinkShape.Construction, "Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult", "HealthCheckResult",
            [], SinkArguments.Named, ["description"]),
        Call(SinkKind.Log, "log4net.ILog", "ILog", Log4NetLevels),
        Call(SinkKind.Log, "log4net.Core.ILogger", "ILogger", "Log"),
        new(SinkKind.Log, SinkShape.Assignment, "log4net.Util.ContextPropertiesBase", "log4net context properties", [SinkRow.Indexer]),
        Call(SinkKind.Log, "log4net.Util.ThreadContextStack", "log4net context stack", "Push"),
        Call(SinkKind.Log, "log4net.Util.LogicalThreadContextStack", "log4net context stack", "Push"),
        Call(SinkKind.Log, "log4net.NDC", "NDC", "Push"),
        Call(SinkKind.Log, "System.Console", "Console", "Write", "WriteLine"),
        Call(SinkKind.Log, "System.IO.TextWriter", "Console.Out", TextWrites) with
        {
            Receivers = ["System.Console.Out", "System.Console.Error"],
        },
        Call(SinkKind.Log, "System.Diagnostics.Debug", "Debug", DebugWrites),
        Call(SinkKind.Log, "System.Diagnostics.Trace", "Trace", TraceWrites),
        Call(SinkKind.Log, "System.Diagnostics.TraceSource", "TraceSource", "TraceEvent", "TraceInformation", "TraceData"),

        // PII007: exception messages; every exception type derives from System.Exception.
        new(SinkKind.Exception, SinkShape.Construction, "System.Exception", "Exception", []),
        // The guard helpers that throw an out-of-range exception write the value (and what it was compared with) into its message.
        Named(SinkKind.Exception, "System.ArgumentOutOfRangeException", "ArgumentOutOfRangeException", OutOfRangeGuards, "value", "other"),
        new SinkRow(SinkKind.Exception, SinkShape.Assignment, "System.Collections.IDictionary", "Exception.Data", [SinkRow.Indexer]) with
        {
            Receivers = ["System.Exception.Data"],
        },
        Call(SinkKind.Exception, "System.Collections.IDictionary", "Exception.Data", "Add") with
        {
            Receivers = ["System.Exception.Data"],
        },

        // PII012: URLs, redirects, links, query strings, cookies and headers.
        new(SinkKind.Http, SinkShape.Construction, "System.Uri", "Uri", []),
        new(SinkKind.Http, SinkShape.Construction, "System.UriBuilder", "UriBuilder", []),
        new(SinkKind.Http, SinkShape.Assignment, "System.UriBuilder", "UriBuilder", ["Query", "Path", "Fragment", "UserName"]),
        new(SinkKind.Http, SinkShape.Construction, "System.Net.Http.HttpRequestMessage", "HttpRequestMessage", [], SinkArguments.Named, ["requestUri"]),
        new(SinkKind.Http, SinkShape.Assignment, "System.Net.Http.HttpRequestMessage", "HttpRequestMessage", ["RequestUri"]),
        Named(SinkKind.Http, "System.Net.Http.HttpClient", "HttpClient", HttpClientCalls, "requestUri"),
        Named(SinkKind.Http, "System.Net.Http.Json.HttpClientJsonExtensions", "HttpClient", HttpJsonCalls, "requestUri"),
        Named(SinkKind.Http, "Microsoft.AspNetCore.Http.Results", "Results", ResultRedirects, UrlParameters),
        Named(SinkKind.Http, "Microsoft.AspNetCore.Http.TypedResults", "TypedResults", ResultRedirects, UrlParameters),
        Named(SinkKind.Http, "Microsoft.AspNetCore.Http.HttpResponse", "Response", ["Redirect"], UrlParameters),
        Named(SinkKind.Http, "Microsoft.AspNetCore.Mvc.ControllerBase", "Controller", ControllerRedirects, UrlParameters),
        // A Razor page's handlers redirect like a controller's actions.
        Named(SinkKind.Http, "Microsoft.AspNetCore.Mvc.RazorPages.PageModel", "PageModel", ControllerRedirects, UrlParameters),
        // A Blazor component's navigation puts the address in the browser's history and, when it loads, in a request.
        Named(SinkKind.Http, "Microsoft.AspNetCore.Components.NavigationManager", "NavigationManager", ["NavigateTo"], UrlParameters),
        Named(SinkKind.Http, "Microsoft.AspNetCore.Routing.LinkGenerator", "LinkGenerator", LinkCalls, UrlParameters),
        Named(SinkKind.Http, "Microsoft.AspNetCore.Routing.ControllerLinkGeneratorExtensions", "LinkGenerator", LinkCalls, UrlParameters),
        Named(SinkKind.Http, "Microsoft.AspNetCore.Routing.PageLinkGeneratorExtensions", "LinkGenerator", LinkCalls, UrlParameters),
        Named(SinkKind.Http, "Microsoft.AspNetCore.Routing.LinkGeneratorEndpointNameAddressExtensions", "LinkGenerator", LinkCalls, UrlParameters),
        Named(SinkKind.Http, "Microsoft.AspNetCore.Routing.LinkGeneratorRouteValuesAddressExtensions", "LinkGenerator", LinkCalls, UrlParameters),
        Named(SinkKind.Http, "Microsoft.AspNetCore.Mvc.UrlHelperExtensions", "Url", LinkCalls, UrlParameters),
        Call(SinkKind.Http, "Microsoft.AspNetCore.Http.QueryString", "QueryString", "Create", "Add"),
        Call(SinkKind.Http, "Microsoft.AspNetCore.WebUtilities.QueryHelpers", "QueryHelpers", "AddQueryString"),
        Call(SinkKind.Http, "Microsoft.AspNetCore.Http.IResponseCookies", "Response.Cookies", "Append"),
        Call(SinkKind.Http, "Microsoft.AspNetCore.Http.IHeaderDictionary", "Response.Headers", "Append", "Add", "TryAdd", "AppendCommaSeparatedValues"),
        new(SinkKind.Http, SinkShape.Assignment, "Microsoft.AspNetCore.Http.IHeaderDictionary", "Response.Headers", [SinkRow.AnyMember]),
        // Headers of outbound requests travel in clear metadata that proxies and servers log, like URLs.
        Call(SinkKind.Http, "System.Net.Http.Headers.HttpHeaders", "HttpHeaders", "Add", "TryAddWithoutValidation"),
        // gRPC metadata (a call's headers, a reply's headers and trailers) travels as HTTP/2 headers, like the above.
        Call(SinkKind.Http, "Grpc.Core.Metadata", "Metadata", "Add"),

        // PII013: traces and metrics.
        Call(SinkKind.Telemetry, "System.Diagnostics.Activity", "Activity", ActivityWrites),
        Call(SinkKind.Telemetry, "System.Diagnostics.ActivitySource", "ActivitySource", "StartActivity", "CreateActivity"),
        new(SinkKind.Telemetry, SinkShape.Assignment, "System.Diagnostics.Activity", "Activity", ["DisplayName"]),
        // Application Insights: what its client tracks, and the user it says the telemetry is about.
        Call(SinkKind.Telemetry, "Microsoft.ApplicationInsights.TelemetryClient", "TelemetryClient", ApplicationInsightsTracks),
        new SinkRow(SinkKind.Telemetry, SinkShape.Assignment, "System.Collections.Generic.IDictionary`2", "Telemetry.Properties", [SinkRow.Indexer]) with
        {
            Receivers = [.. ApplicationInsightsProperties],
        },
        Call(SinkKind.Telemetry, "System.Collections.Generic.IDictionary`2", "Telemetry.Properties", "Add", "TryAdd") with
        {
            Receivers = [.. ApplicationInsightsProperties],
        },
        new(SinkKind.Telemetry, SinkShape.Assignment, "Microsoft.ApplicationInsights.Extensibility.Implementation.UserContext",
            "TelemetryContext.User", ["Id", "AuthenticatedUserId", "AccountId"]),
        new(SinkKind.Telemetry, SinkShape.Call, "System.Diagnostics.Metrics.Counter`1", "Counter", [.. MetricWrites], SinkArguments.AllButFirst),
        new(SinkKind.Telemetry, SinkShape.Call, "System.Diagnostics.Metrics.UpDownCounter`1", "UpDownCounter", [.. MetricWrites], SinkArguments.AllButFirst),
        new(SinkKind.Telemetry, SinkShape.Call, "System.Diagnostics.Metrics.Histogram`1", "Histogram", [.. MetricWrites], SinkArguments.AllButFirst),
        new(SinkKind.Telemetry, SinkShape.Call, "System.Diagnostics.Metrics.Gauge`1", "Gauge", [.. MetricWrites], SinkArguments.AllButFirst),
        // OpenTelemetry's API: baggage travels with every outgoing call; an exception's tags are recorded on the span.
        Call(SinkKind.Telemetry, "OpenTelemetry.Baggage", "Baggage", "SetBaggage"),
        Named(SinkKind.Telemetry, "OpenTelemetry.Trace.ActivityExtensions", "Activity", ["RecordException"], "tags"),
        // Sentry: breadcrumbs, tags, extras and captured messages go with every event; the user it names is the subject.
        Named(SinkKind.Telemetry, "Sentry.SentrySdk", "SentrySdk", ["AddBreadcrumb", "CaptureMessage"], SentryEventParameters),
        Call(SinkKind.Telemetry, "Sentry.SentrySdk", "SentrySdk", "SetTag"),
        Named(SinkKind.Telemetry, "Sentry.HubExtensions", "IHub", ["AddBreadcrumb", "CaptureMessage"], SentryEventParameters),
        Named(SinkKind.Telemetry, "Sentry.SentryClientExtensions", "ISentryClient", ["CaptureMessage"], SentryEventParameters),
        Named(SinkKind.Telemetry, "Sentry.EventLikeExtensions", "Scope", ["AddBreadcrumb"], SentryEventParameters),
        new(SinkKind.Telemetry, SinkShape.Construction, "Sentry.Breadcrumb", "Breadcrumb", [], SinkArguments.Named, [.. SentryEventParameters]),
        Call(SinkKind.Telemetry, "Sentry.IHasTags", "Scope", "SetTag"),
        Call(SinkKind.Telemetry, "Sentry.HasTagsExtensions", "Scope", "SetTags"),
        Call(SinkKind.Telemetry, "Sentry.IHasExtra", "Scope", "SetExtra"),
        Call(SinkKind.Telemetry, "Sentry.HasExtraExtensions", "Scope", "SetExtras"),
        new(SinkKind.Telemetry, SinkShape.Assignment, "Sentry.SentryUser", "SentryUser", ["Id", "Username", "Email", "IpAddress", "Other"]),

        // PII002: serializers write every member of what they are given; results write their body as JSON.
        Named(SinkKind.Serialization, "System.Text.Json.JsonSerializer", "JsonSerializer", JsonSerializes, "value"),
        Named(SinkKind.Serialization, "Newtonsoft.Json.JsonConvert", "JsonConvert", ["SerializeObject"], "value"),
        Named(SinkKind.Serialization, "Newtonsoft.Json.JsonSerializer", "JsonSerializer", ["Serialize"], "value"),
        Named(SinkKind.Serialization, "System.Xml.Serialization.XmlSerializer", "XmlSerializer", ["Serialize"], "o"),
        Named(SinkKind.Serialization, "System.Runtime.Serialization.XmlObjectSerializer", "XmlObjectSerializer", ["WriteObject"], "graph"),
        Named(SinkKind.Serialization, "Microsoft.AspNetCore.Http.Results", "Results", [SinkRow.AnyMember], BodyParameters),
        Named(SinkKind.Serialization, "Microsoft.AspNetCore.Http.TypedResults", "TypedResults", [SinkRow.AnyMember], BodyParameters),
        Named(SinkKind.Serialization, "Microsoft.AspNetCore.Mvc.ControllerBase", "Controller", [SinkRow.AnyMember], BodyParameters),
        Named(SinkKind.Serialization, "Microsoft.AspNetCore.Mvc.Controller", "Controller", ["Json"], BodyParameters),
        Named(SinkKind.Serialization, "Microsoft.AspNetCore.Http.HttpResponseJsonExtensions", "Response", ["WriteAsJsonAsync"], "value"),
        // A gRPC server streaming its replies to the caller.
        Named(SinkKind.Serialization, "Grpc.Core.IAsyncStreamWriter`1", "IServerStreamWriter", ["WriteAsync"], "message"),
        // A SignalR hub's messages to its clients are serialized into their connections.
        Named(SinkKind.Serialization, "Microsoft.AspNetCore.SignalR.ClientProxyExtensions", "IClientProxy", ["SendAsync"], SignalRArguments),
        Named(SinkKind.Serialization, "Microsoft.AspNetCore.SignalR.IClientProxy", "IClientProxy", ["SendCoreAsync"], "args"),
        // A message bus serializes what it publishes, sends or answers into the broker's queues (MassTransit).
        Named(SinkKind.Serialization, "MassTransit.IPublishEndpoint", "IPublishEndpoint", ["Publish"], "message", "values"),
        Named(SinkKind.Serialization, "MassTransit.ISendEndpoint", "ISendEndpoint", ["Send"], "message", "values"),
        Named(SinkKind.Serialization, "MassTransit.ConsumeContext", "ConsumeContext", ["RespondAsync"], "message", "values"),
        Named(SinkKind.Serialization, "Microsoft.AspNetCore.Http.HttpResponseWritingExtensions", "Response", ["WriteAsync"], "text"),
        Call(SinkKind.Serialization, "System.Text.Json.Utf8JsonWriter", "Utf8JsonWriter", JsonWriterWrites),
        Call(SinkKind.Serialization, "System.Xml.XmlWriter", "XmlWriter", XmlWriterWrites),
        // CsvHelper writes fields and whole records (their public properties) as CSV rows.
        Named(SinkKind.Serialization, "CsvHelper.IWriterRow", "CsvWriter", ["WriteField"], "field"),
        Named(SinkKind.Serialization, "CsvHelper.IWriterRow", "CsvWriter", ["WriteRecord"], "record"),
        Named(SinkKind.Serialization, "CsvHelper.IWriter", "CsvWriter", ["WriteRecords", "WriteRecordsAsync"], "records"),
        Call(SinkKind.Serialization, "Newtonsoft.Json.JsonWriter", "JsonWriter", "WriteValue", "WritePropertyName", "WriteRawValue", "WriteComment"),
        Receiver(SinkKind.Serialization, "System.Text.Json.Nodes.JsonNode", "JsonNode", DomWrites),
        Named(SinkKind.Serialization, "Newtonsoft.Json.Linq.JToken", "JToken", ["FromObject"], "o"),
        Receiver(SinkKind.Serialization, "Newtonsoft.Json.Linq.JToken", "JToken", DomWrites),
        Receiver(SinkKind.Serialization, "System.Xml.Linq.XNode", "XNode", DomWrites),
        new(SinkKind.Serialization, SinkShape.Construction, "Microsoft.AspNetCore.Mvc.ObjectResult", "ObjectResult", [], SinkArguments.Named, ["value"]),
        // A problem's extensions are written into the response body with it.
        new SinkRow(SinkKind.Serialization, SinkShape.Assignment, "System.Collections.Generic.IDictionary`2", "ProblemDetails.Extensions", [SinkRow.Indexer]) with
        {
            Receivers = ["Microsoft.AspNetCore.Mvc.ProblemDetails.Extensions"],
        },
        Call(SinkKind.Serialization, "System.Collections.Generic.IDictionary`2", "ProblemDetails.Extensions", "Add", "TryAdd") with
        {
            Receivers = ["Microsoft.AspNetCore.Mvc.ProblemDetails.Extensions"],
        },
        new(SinkKind.Serialization, SinkShape.Construction, "Microsoft.AspNetCore.Mvc.JsonResult", "JsonResult", [], SinkArguments.Named, ["value"]),

        // PII003/PII004: HTTP calls send their URL and content; the rules decide the recipient from the host.
        Call(SinkKind.Transfer, "System.Net.Http.HttpClient", "HttpClient", HttpSends),
        Call(SinkKind.Transfer, "System.Net.Http.Json.HttpClientJsonExtensions", "HttpClient", HttpJsonCalls),
    ];

    private static SinkRow Call(SinkKind kind, string type, string display, params string[] members) =>
        new(kind, SinkShape.Call, type, display, [.. members]);

    private static SinkRow Receiver(SinkKind kind, string type, string display, string[] members) =>
        new(kind, SinkShape.Call, type, display, [.. members], SinkArguments.Receiver);

    private static SinkRow Named(SinkKind kind, string type, string display, string[] members, params string[] parameters) =>
        new(kind, SinkShape.Call, type, display, [.. members], SinkArguments.Named, [.. parameters]);
}
