package io.dtmonitor.seed;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The generated clients of the three services, configured as an integration configures them: the
 * service's base URI and the actor's bearer token on every request (fetched per request, so an
 * expired token is replaced transparently).
 */
public final class ServiceClients {

  private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

  private final SeedEndpoints endpoints;
  private final TokenSource tokens;

  public ServiceClients(SeedEndpoints endpoints, TokenSource tokens) {
    this.endpoints = endpoints;
    this.tokens = tokens;
  }

  public io.dtmonitor.client.programme.ApiClient programme(Actor actor) {
    var client = new io.dtmonitor.client.programme.ApiClient();
    client.updateBaseUri(endpoints.programme().toString());
    client.setReadTimeout(READ_TIMEOUT);
    client.setRequestInterceptor(bearer(actor));
    return client;
  }

  public io.dtmonitor.client.reporting.ApiClient reporting(Actor actor) {
    var client = new io.dtmonitor.client.reporting.ApiClient();
    client.updateBaseUri(endpoints.reporting().toString());
    client.setReadTimeout(READ_TIMEOUT);
    client.setRequestInterceptor(bearer(actor));
    return client;
  }

  public io.dtmonitor.client.indicator.ApiClient indicator(Actor actor) {
    var client = new io.dtmonitor.client.indicator.ApiClient();
    client.updateBaseUri(endpoints.indicator().toString());
    client.setReadTimeout(READ_TIMEOUT);
    client.setRequestInterceptor(bearer(actor));
    return client;
  }

  /** The strong ETag of a representation's {@code version}, for {@code If-Match}. */
  public static String etag(Long version) {
    return "\"" + version + "\"";
  }

  private Consumer<HttpRequest.Builder> bearer(Actor actor) {
    return request -> request.header("Authorization", "Bearer " + tokens.tokenFor(actor));
  }
}
