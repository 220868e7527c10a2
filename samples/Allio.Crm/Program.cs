var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => "Allio CRM");
app.Run();

/// <summary>Entry point, visible to the integration tests.</summary>
public partial class Program;
