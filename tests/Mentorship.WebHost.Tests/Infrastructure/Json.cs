using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Mentorship.WebHost.Tests.Infrastructure;

/// <summary>The API's JSON settings on the client side, and small helpers to read answers.</summary>
public static class Json
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Options))!;

    public static async Task<JsonObject> ReadObjectAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T body, int? ifMatch = null) =>
        client.SendAsync(Request(HttpMethod.Post, url, body, ifMatch));

    public static Task<HttpResponseMessage> PutJsonAsync<T>(this HttpClient client, string url, T body, int? ifMatch = null) =>
        client.SendAsync(Request(HttpMethod.Put, url, body, ifMatch));

    public static Task<HttpResponseMessage> DeleteAsync(this HttpClient client, string url, int? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, url);
        if (ifMatch is { } version)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, string json) =>
        client.PostAsync(url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    private static HttpRequestMessage Request<T>(HttpMethod method, string url, T body, int? ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body, options: Options) };
        if (ifMatch is { } version)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        }

        return request;
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}
