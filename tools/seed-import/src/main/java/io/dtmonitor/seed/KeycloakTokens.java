package io.dtmonitor.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tokens from the realm's token endpoint: the demo users sign in through the public {@code
 * dtm-demo-cli} client (password grant, added to the realm only by the local run), the ministry
 * aggregator with its client credentials. A token is reused until shortly before it expires.
 */
public final class KeycloakTokens implements TokenSource {

  private static final String CLI_CLIENT = "dtm-demo-cli";
  private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

  private final URI tokenEndpoint;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final Map<Actor, Cached> cache = new EnumMap<>(Actor.class);

  /** {@code realmUrl} such as {@code http://127.0.0.1:8180/realms/dtm}. */
  public KeycloakTokens(URI realmUrl) {
    this.tokenEndpoint = URI.create(realmUrl + "/protocol/openid-connect/token");
  }

  @Override
  public synchronized String tokenFor(Actor actor) {
    Cached cached = cache.get(actor);
    if (cached != null && Instant.now().isBefore(cached.expires())) {
      return cached.token();
    }
    Map<String, String> form = new LinkedHashMap<>();
    if (actor.role() == Actor.Role.MINISTRY) {
      form.put("grant_type", "client_credentials");
      form.put("client_id", actor.login());
      form.put("client_secret", actor.secret());
    } else {
      form.put("grant_type", "password");
      form.put("client_id", CLI_CLIENT);
      form.put("username", actor.login());
      form.put("password", actor.secret());
    }
    JsonNode response = post(form, actor);
    Cached fresh =
        new Cached(
            response.path("access_token").asText(),
            Instant.now().plusSeconds(response.path("expires_in").asLong(60)).minus(EXPIRY_MARGIN));
    cache.put(actor, fresh);
    return fresh.token();
  }

  private JsonNode post(Map<String, String> form, Actor actor) {
    String body =
        form.entrySet().stream()
            .map(
                entry ->
                    URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(tokenEndpoint)
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Keycloak refused a token for "
                + actor.login()
                + " ("
                + response.statusCode()
                + "): "
                + response.body());
      }
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak at " + tokenEndpoint + " is not reachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private record Cached(String token, Instant expires) {}
}
