using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Procountor.Sdk;

/// <summary>
/// Reads the <c>exp</c> claim of a JWT. The signature is not checked: the token came from the token endpoint over
/// TLS, and the expiry only decides when to ask for a new one.
/// </summary>
internal static class JwtExpiry
{
    public static DateTimeOffset? Read(string? token)
    {
        if (string.IsNullOrEmpty(token))
            return null;
        var parts = token.Split('.');
        if (parts.Length != 3)
            return null;
        var payload = Encoding.ASCII.GetBytes(parts[1]);
        var buffer = ArrayPool<byte>.Shared.Rent(Base64Url.GetMaxDecodedLength(payload.Length));
        try
        {
            if (Base64Url.DecodeFromUtf8(payload, buffer, out _, out var written) != OperationStatus.Done)
                return null;
            var reader = new Utf8JsonReader(buffer.AsSpan(0, written));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isExp = reader.ValueTextEquals("exp"u8);
                reader.Read();
                if (isExp && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var seconds))
                    return DateTimeOffset.FromUnixTimeSeconds(seconds);
                reader.Skip();
            }
            return null;
        }
        catch (Exception e) when (e is JsonException or ArgumentOutOfRangeException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
