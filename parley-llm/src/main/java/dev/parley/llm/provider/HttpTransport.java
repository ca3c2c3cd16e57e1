package dev.parley.llm.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.llm.ChatException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Posts JSON to a provider and maps every failure to a {@link ChatException}: status codes to
 * kinds, {@code Retry-After} to a delay, timeouts, refused connections and unreadable bodies.
 * Secrets given to it are blanked out of every message.
 */
final class HttpTransport {
  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client;
  private final String providerId;
  private final Duration timeout;
  private final String secret;

  HttpTransport(String providerId, ProviderSettings settings) {
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
    this.providerId = providerId;
    this.timeout = settings.timeout();
    this.secret = settings.key();
  }

  /** POSTs {@code body} to {@code url} with {@code headers}; returns the parsed JSON reply. */
  JsonNode post(String url, Map<String, String> headers, Object body) {
    String json;
    try {
      json = JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new ChatException(ChatException.Kind.BAD_REQUEST, 0, providerId + ": cannot encode request: "
          + e.getOriginalMessage(), null, e);
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    headers.forEach(b::header);
    HttpResponse<String> response;
    try {
      response = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpConnectTimeoutException e) {
      throw new ChatException(ChatException.Kind.CONNECTION, 0, providerId + ": could not connect to " + url
          + " within the connect timeout", null, e);
    } catch (HttpTimeoutException e) {
      throw new ChatException(ChatException.Kind.TIMEOUT, 0, providerId + ": no reply within " + timeout.toMillis()
          + " ms", null, e);
    } catch (ConnectException e) {
      throw new ChatException(ChatException.Kind.CONNECTION, 0, providerId + ": cannot connect to " + url
          + " (is the server running?)", null, e);
    } catch (IOException e) {
      throw new ChatException(ChatException.Kind.CONNECTION, 0, providerId + ": connection failed: "
          + redact(String.valueOf(e.getMessage())), null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChatException(ChatException.Kind.REFUSED, 0, providerId + ": interrupted", null, e);
    }
    int status = response.statusCode();
    String text = response.body() == null ? "" : response.body();
    if (status >= 200 && status < 300) {
      try {
        JsonNode node = JSON.readTree(text);
        if (node == null || !node.isObject()) {
          throw new ChatException(ChatException.Kind.BAD_RESPONSE, status, providerId
              + ": reply is not a JSON object: " + snippet(text), null, null);
        }
        return node;
      } catch (JsonProcessingException e) {
        throw new ChatException(ChatException.Kind.BAD_RESPONSE, status, providerId + ": unreadable reply ("
            + e.getOriginalMessage() + "): " + snippet(text), null, e);
      }
    }
    Duration retryAfter = retryAfter(response.headers().firstValue("retry-after").orElse(null));
    ChatException.Kind kind;
    if (status == 429) {
      kind = ChatException.Kind.RATE_LIMITED;
    } else if (status == 401 || status == 403) {
      kind = ChatException.Kind.AUTHENTICATION;
    } else if (status == 408) {
      kind = ChatException.Kind.TIMEOUT;
    } else if (status >= 500) {
      kind = ChatException.Kind.SERVER_ERROR;
    } else {
      kind = ChatException.Kind.BAD_REQUEST;
    }
    throw new ChatException(kind, status, providerId + ": HTTP " + status + ": " + snippet(text), retryAfter, null);
  }

  /** Seconds or an HTTP date; null when absent or unreadable. */
  static Duration retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      double seconds = Double.parseDouble(v);
      return seconds < 0 ? null : Duration.ofMillis(Math.round(seconds * 1000));
    } catch (NumberFormatException ignored) {
      try {
        Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }

  private String snippet(String body) {
    String s = redact(body.strip());
    return s.length() <= 300 ? s : s.substring(0, 300) + "…";
  }

  String redact(String s) {
    return secret == null || secret.isEmpty() ? s : s.replace(secret, "***");
  }

  static ChatException badReply(String providerId, String what) {
    return new ChatException(ChatException.Kind.BAD_RESPONSE, 200, providerId + ": " + what, null, null);
  }
}
