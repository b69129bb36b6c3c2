package io.dtmonitor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.e2e.RunningSuite.Service;
import io.dtmonitor.platform.testing.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Requests built to exhaust a service: a body over the size limit, a page size over the cap, deeply
 * nested JSON, a huge string, and a burst of concurrent reads. Each gets a clear 4xx (or its normal
 * answer), never a 5xx, and the service keeps answering afterwards.
 */
@Order(5)
class ResourceLimitsTest {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String cdto = Tokens.cdto("UA-53");

  /**
   * The client announces the body and waits (Expect: 100-continue), as a well-behaved client does,
   * so the refusal arrives before 3 MB are sent.
   */
  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    String huge = "{\"titleUk\": \"" + "ы".repeat(1_600_000) + "\"}";
    HttpResponse<String> response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(
                        RunningSuite.get().baseUri(Service.PROGRAMME).resolve("/api/v1/programmes"))
                    .timeout(Duration.ofSeconds(60))
                    .expectContinue(true)
                    .header("Authorization", "Bearer " + cdto)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(huge))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(413, response.statusCode());
    assertServiceAnswers(Service.PROGRAMME);
  }

  @Test
  void aPageSizeOverTheCapIsAProblem() throws Exception {
    HttpResponse<String> response = get(Service.PROGRAMME, "/api/v1/programmes?pageSize=100000");
    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("pageSize"), response.body());
  }

  @Test
  void deeplyNestedJsonIsAProblemNotACrash() throws Exception {
    String nested = "[".repeat(100_000) + "]".repeat(100_000);
    String body = "{\"regionCode\": \"UA-53\", \"titleUk\": " + nested + "}";
    HttpResponse<String> response = post(Service.PROGRAMME, "/api/v1/programmes", body);
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("content-type").orElse("").contains("problem+json"));
    assertServiceAnswers(Service.PROGRAMME);
  }

  @Test
  void aHugeStringInAFieldIsAProblem() throws Exception {
    String body =
        "{\"regionCode\": \"UA-53\", \"titleUk\": \""
            + "a".repeat(1_000_000)
            + "\", \"firstYear\": 2025, \"lastYear\": 2026}";
    HttpResponse<String> response = post(Service.PROGRAMME, "/api/v1/programmes", body);
    assertEquals(400, response.statusCode(), response.body().substring(0, 200));
    assertTrue(response.body().length() < 10_000, "the problem does not echo the value back");
  }

  /**
   * 300 reads at once from one client: its share of the in-flight bound (32 of 128) is always
   * admitted and served; the rest are served too or refused at once with a 429 problem and
   * Retry-After, and a client that waits as told and retries is served.
   */
  @Test
  void aBurstOverAClientsShareIsServedOrRefusedUntilRetried() throws Exception {
    String token = Tokens.builder("burst-one-client").roles("ministry").sign();
    assertBurstServedOrRefused(i -> token, 32, 429, "/problems/too-many-requests");
  }

  /**
   * 300 reads at once from 300 clients, over the in-flight bound of 128: the first 128 are always
   * admitted and served; the rest are served too or refused at once with a 503 problem and
   * Retry-After, and a client that waits as told and retries is served.
   */
  @Test
  void aBurstOverTheInFlightBoundIsServedOrRefusedUntilRetried() throws Exception {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      tokens.add(Tokens.builder("burst-client-" + i).roles("ministry").sign());
    }
    assertBurstServedOrRefused(tokens::get, 128, 503, "/problems/unavailable");
  }

  private void assertBurstServedOrRefused(
      IntFunction<String> tokenOfRequest, int alwaysServed, int refusal, String refusalType)
      throws Exception {
    URI view =
        RunningSuite.get().baseUri(Service.INDICATOR).resolve("/api/v1/cross-region?period=2022");
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      calls.add(
          HTTP.sendAsync(
              read(view, tokenOfRequest.apply(i)), HttpResponse.BodyHandlers.ofString()));
    }
    int served = 0;
    List<HttpResponse<String>> refused = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> call : calls) {
      HttpResponse<String> response = call.get();
      if (response.statusCode() == 200) {
        served++;
      } else {
        assertEquals(refusal, response.statusCode(), response.body());
        refused.add(response);
      }
    }
    assertTrue(served >= alwaysServed, served + " served");
    for (HttpResponse<String> response : refused) {
      assertEquals(
          "application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
      assertTrue(response.body().contains(refusalType), response.body());
      assertEquals("2", response.headers().firstValue("Retry-After").orElseThrow());
    }
    if (!refused.isEmpty()) {
      Thread.sleep(Duration.ofSeconds(2).toMillis());
      assertEquals(
          200,
          HTTP.send(read(view, tokenOfRequest.apply(0)), HttpResponse.BodyHandlers.discarding())
              .statusCode());
    }
  }

  private static HttpRequest read(URI uri, String token) {
    return HttpRequest.newBuilder(uri)
        .header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(60))
        .build();
  }

  private static HttpRequest read(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build();
  }

  private void assertServiceAnswers(Service service) throws Exception {
    HttpResponse<String> health =
        HTTP.send(
            read(RunningSuite.get().managementUri(service).resolve("/q/health/ready")),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, health.statusCode());
  }

  private HttpResponse<String> post(Service service, String path, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(RunningSuite.get().baseUri(service).resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + cdto)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(Service service, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(RunningSuite.get().baseUri(service).resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + cdto)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
