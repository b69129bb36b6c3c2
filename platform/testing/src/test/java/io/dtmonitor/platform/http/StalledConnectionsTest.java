package io.dtmonitor.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.platform.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Slow clients cannot hold the server: connections that stall in the middle of their request take
 * no admission slot (a request is admitted once its headers are complete), so 200 of them from one
 * client leave another client served, and the server closes each of them once it has been idle for
 * {@code quarkus.http.idle-timeout} (2 s here, 60 s in the services). A client whose complete
 * requests are slow holds at most its share of the in-flight bound (2 of 4 here, 32 of 128 in the
 * services), so the others still get theirs.
 */
@QuarkusTest
@TestProfile(StalledConnectionsTest.SlowClients.class)
class StalledConnectionsTest {

  private static final int STALLED = 200;

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TestHTTPResource("/probe/quick")
  URI quick;

  @TestHTTPResource("/probe/held")
  URI held;

  @Test
  void aClientHoldsOnlyItsShareOfTheInFlightBound() throws Exception {
    String greedy = Tokens.builder("greedy-client").roles("ministry").sign();
    HeldRequests.holdFromNowOn();
    List<CompletableFuture<HttpResponse<String>>> holding =
        List.of(
            HTTP.sendAsync(get(held, greedy), BodyHandlers.ofString()),
            HTTP.sendAsync(get(held, greedy), BodyHandlers.ofString()));
    try {
      assertTrue(HeldRequests.ARRIVED.tryAcquire(2, 30, TimeUnit.SECONDS), "its share is held");

      HttpResponse<String> overShare = HTTP.send(get(quick, greedy), BodyHandlers.ofString());
      assertEquals(429, overShare.statusCode(), overShare.body());
      assertEquals("2", overShare.headers().firstValue("Retry-After").orElseThrow());
      assertEquals(
          "application/problem+json", overShare.headers().firstValue("Content-Type").orElseThrow());
      assertTrue(overShare.body().contains("/problems/too-many-requests"), overShare.body());
      assertTrue(overShare.body().contains("This client has 2 requests"), overShare.body());

      String patient = Tokens.builder("patient-client").roles("ministry").sign();
      assertEquals(200, HTTP.send(get(quick, patient), BodyHandlers.ofString()).statusCode());
      assertEquals(
          200,
          HTTP.send(HttpRequest.newBuilder(quick).build(), BodyHandlers.ofString()).statusCode(),
          "a client without a token is a client of its own, by address");
    } finally {
      HeldRequests.letGo();
    }
    for (CompletableFuture<HttpResponse<String>> call : holding) {
      assertEquals(200, call.get(30, TimeUnit.SECONDS).statusCode());
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    int afterwards;
    do {
      afterwards = HTTP.send(get(quick, greedy), BodyHandlers.discarding()).statusCode();
    } while (afterwards != 200 && System.nanoTime() < deadline);
    assertEquals(200, afterwards, "its share is given back as its requests end");
  }

  private static HttpRequest get(URI uri, String token) {
    return HttpRequest.newBuilder(uri)
        .header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(30))
        .build();
  }

  @Test
  void twoHundredStalledConnectionsLeaveAnotherClientServedAndAreClosedWhenIdle() throws Exception {
    List<Socket> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < STALLED; i++) {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(quick.getHost(), quick.getPort()), 5_000);
        OutputStream out = socket.getOutputStream();
        out.write(
            ("GET " + quick.getPath() + " HTTP/1.1\r\nHost: " + quick.getHost() + "\r\nX-Slow: ")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        stalled.add(socket);
      }

      HttpResponse<String> served =
          HTTP.send(
              HttpRequest.newBuilder(quick).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, served.statusCode(), "another client is served");

      long closed = 0;
      long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      for (Socket socket : stalled) {
        long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
        socket.setSoTimeout((int) Math.max(1, left));
        if (closedByServer(socket)) {
          closed++;
        }
      }
      assertEquals(STALLED, closed, "every stalled connection is closed once idle");
    } finally {
      for (Socket socket : stalled) {
        socket.close();
      }
    }
  }

  /** True when the server ends the connection (end of stream or reset) within the read timeout. */
  private static boolean closedByServer(Socket socket) throws IOException {
    try {
      while (true) {
        if (socket.getInputStream().read() == -1) {
          return true;
        }
      }
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      assertTrue(e.getMessage() != null && e.getMessage().contains("reset"), e.toString());
      return true;
    }
  }

  public static class SlowClients implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.http.idle-timeout", "2s",
          "dtm.http.max-in-flight", "4",
          "dtm.http.max-in-flight-per-client", "2");
    }
  }
}
