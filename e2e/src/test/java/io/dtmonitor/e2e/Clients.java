package io.dtmonitor.e2e;

import io.dtmonitor.e2e.RunningSuite.Service;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Configures the generated clients the way an integrating team would: the service's base URI and a
 * bearer token on every request.
 */
final class Clients {

  private Clients() {}

  static io.dtmonitor.client.programme.ApiClient programme(String token) {
    io.dtmonitor.client.programme.ApiClient client = new io.dtmonitor.client.programme.ApiClient();
    client.updateBaseUri(base(Service.PROGRAMME));
    client.setReadTimeout(Duration.ofSeconds(30));
    client.setRequestInterceptor(bearer(token));
    return client;
  }

  static io.dtmonitor.client.reporting.ApiClient reporting(String token) {
    io.dtmonitor.client.reporting.ApiClient client = new io.dtmonitor.client.reporting.ApiClient();
    client.updateBaseUri(base(Service.REPORTING));
    client.setReadTimeout(Duration.ofSeconds(30));
    client.setRequestInterceptor(bearer(token));
    return client;
  }

  static io.dtmonitor.client.indicator.ApiClient indicator(String token) {
    io.dtmonitor.client.indicator.ApiClient client = new io.dtmonitor.client.indicator.ApiClient();
    client.updateBaseUri(base(Service.INDICATOR));
    client.setReadTimeout(Duration.ofSeconds(30));
    client.setRequestInterceptor(bearer(token));
    return client;
  }

  /** The strong ETag of a representation's version, for {@code If-Match}. */
  static String etag(Long version) {
    return "\"" + version + "\"";
  }

  private static String base(Service service) {
    URI uri = RunningSuite.get().baseUri(service);
    return uri.toString();
  }

  private static Consumer<HttpRequest.Builder> bearer(String token) {
    return request -> request.header("Authorization", "Bearer " + token);
  }
}
