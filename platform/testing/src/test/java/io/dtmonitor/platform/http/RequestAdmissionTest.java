package io.dtmonitor.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The in-flight bound (dtm.http.max-in-flight is 2 in this application, whose body limit is 64 KB):
 * requests over it are refused at once with a 503 problem, probes still answer, and slots are given
 * back however a response ends, but not before the request's work has ended.
 *
 * <p>Uploads that are refused unread send their headers only: a body sent to a server that answers
 * without reading it and closes can have that answer reset away before the client reads it (seen in
 * CI as "header parser received no bytes"), and the JDK 17 client cannot wait for 100-continue.
 */
@QuarkusTest
class RequestAdmissionTest {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Inject Vertx vertx;

  @TestHTTPResource("/probe/held")
  URI held;

  @TestHTTPResource("/probe/read")
  URI read;

  @TestHTTPResource("/probe/streamed")
  URI streamed;

  @TestHTTPResource("/probe/large")
  URI large;

  @TestHTTPResource("/probe/quick")
  URI quick;

  @TestHTTPResource("/probe/unsignalled")
  URI unsignalled;

  @TestHTTPResource(value = "health/live", management = true)
  URI health;

  @TestHTTPResource(value = "metrics", management = true)
  URI metrics;

  @Test
  void requestsOverTheBoundAreRefusedAtOnceAndProbesStillAnswer() throws Exception {
    double reclaimedBefore = metric("dtm_http_requests_reclaimed_total");
    HeldRequests.holdFromNowOn();
    List<CompletableFuture<HttpResponse<String>>> holding =
        List.of(sendAsync(get(held)), sendAsync(get(held)));
    try {
      assertTrue(HeldRequests.ARRIVED.tryAcquire(2, 30, TimeUnit.SECONDS), "both are held");

      HttpResponse<String> refused = HTTP.send(get(held), HttpResponse.BodyHandlers.ofString());
      assertEquals(503, refused.statusCode());
      assertEquals(
          "application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
      assertEquals("2", refused.headers().firstValue("Retry-After").orElseThrow());
      assertTrue(
          refused.headers().firstValue("Connection").isEmpty(),
          "a refused GET keeps its connection");
      JsonNode problem = new ObjectMapper().readTree(refused.body());
      assertEquals("https://dtmonitor.io/problems/unavailable", problem.get("type").asText());
      assertEquals(503, problem.get("status").asInt());
      assertEquals("/probe/held", problem.get("instance").asText());
      assertTrue(problem.get("detail").asText().contains("More than 2 requests"));

      String refusedUpload = answerBeforeTheBody(held, 60_000);
      assertTrue(refusedUpload.startsWith("HTTP/1.1 503 "), refusedUpload);
      assertTrue(
          refusedUpload.toLowerCase(Locale.ROOT).contains("\r\nconnection: close\r\n"),
          "the body refused unread is not read: " + refusedUpload);

      assertEquals(200, HTTP.send(get(health), HttpResponse.BodyHandlers.ofString()).statusCode());
      assertTrue(metric("dtm_http_requests_refused_total") >= 2, "refusals are counted");
      assertEquals(2.0, metric("dtm_http_requests_in_flight"));
    } finally {
      HeldRequests.letGo();
    }
    for (CompletableFuture<HttpResponse<String>> call : holding) {
      HttpResponse<String> response = call.get(30, TimeUnit.SECONDS);
      assertEquals(200, response.statusCode());
      assertEquals("released", response.body());
    }

    awaitNoneInFlight();
    HttpResponse<String> afterwards = HTTP.send(get(held), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, afterwards.statusCode(), "freed slots are taken again");
    assertEquals(
        reclaimedBefore,
        metric("dtm_http_requests_reclaimed_total"),
        "the slots were given back as the responses ended, not taken back by a sweep");
  }

  @Test
  void aRequestWhoseClientLeftHoldsItsSlotUntilItsWorkEnds() throws Exception {
    double reclaimedBefore = metric("dtm_http_requests_reclaimed_total");
    HeldRequests.holdFromNowOn();
    CompletableFuture<HttpResponse<String>> stillWaited;
    try {
      try (Socket abandoning = sendHead(held, "GET", "")) {
        assertTrue(HeldRequests.ARRIVED.tryAcquire(30, TimeUnit.SECONDS), "the first is held");
      }
      stillWaited = sendAsync(get(held));
      assertTrue(HeldRequests.ARRIVED.tryAcquire(30, TimeUnit.SECONDS), "the second is held");
      // the server learns of the closed connection on its own schedule; give it time to
      Thread.sleep(300);

      assertEquals(
          2.0, metric("dtm_http_requests_in_flight"), "the abandoned request's worker still runs");
      assertEquals(503, HTTP.send(get(held), HttpResponse.BodyHandlers.ofString()).statusCode());
    } finally {
      HeldRequests.letGo();
    }
    assertEquals(200, stillWaited.get(30, TimeUnit.SECONDS).statusCode());
    awaitNoneInFlight();
    assertEquals(
        reclaimedBefore,
        metric("dtm_http_requests_reclaimed_total"),
        "the abandoned request's slot came back when its work ended, not by a sweep");
  }

  @Test
  void aStreamLeftInTheMiddleGivesItsSlotBack() throws Exception {
    double reclaimedBefore = metric("dtm_http_requests_reclaimed_total");
    try (Socket leaving = sendHead(streamed, "GET", "")) {
      assertEquals(64 * 1024, leaving.getInputStream().readNBytes(64 * 1024).length);
    }
    awaitNoneInFlight();
    assertEquals(
        reclaimedBefore,
        metric("dtm_http_requests_reclaimed_total"),
        "the slot came back as the stream failed, not by a sweep");
  }

  @Test
  void aBodyLeftUnfinishedGivesItsSlotBack() throws Exception {
    double reclaimedBefore = metric("dtm_http_requests_reclaimed_total");
    try (Socket leaving =
        sendHead(read, "POST", "Content-Type: application/json\r\nContent-Length: 100\r\n")) {
      leaving.getOutputStream().write("[1,2,3,".getBytes(StandardCharsets.US_ASCII));
      leaving.getOutputStream().flush();
      Thread.sleep(300);
      assertEquals(1.0, metric("dtm_http_requests_in_flight"), "it waits for the rest of its body");
    }
    awaitNoneInFlight();
    assertEquals(
        reclaimedBefore,
        metric("dtm_http_requests_reclaimed_total"),
        "the slot came back as the connection closed, not by a sweep");
  }

  /**
   * A response that has ended but waits in the server's buffers for a client that does not read it
   * keeps its slot until it has been written, so clients that stop reading cannot make a service
   * hold more answers than the bound; the keep-alive connections then serve again.
   */
  @Test
  void aResponseLeftUnreadHoldsItsSlotUntilItIsWritten() throws Exception {
    double reclaimedBefore = metric("dtm_http_requests_reclaimed_total");
    try (Socket first = sendHeadReadingSlowly(large);
        Socket second = sendHeadReadingSlowly(large)) {
      for (Socket unread : List.of(first, second)) {
        // the response is written in one piece, so a first byte means it has ended
        assertTrue(unread.getInputStream().read() >= 0, "the response has begun");
      }
      Thread.sleep(300);
      assertEquals(2.0, metric("dtm_http_requests_in_flight"), "both still wait to be written");
      assertEquals(503, HTTP.send(get(read), HttpResponse.BodyHandlers.ofString()).statusCode());

      for (Socket unread : List.of(first, second)) {
        assertEquals(LargeResponses.SIZE, readRestOfResponse(unread));
      }
      awaitNoneInFlight();
      for (Socket kept : List.of(first, second)) {
        sendHead(kept, read, "POST", "Content-Type: application/json\r\nContent-Length: 2\r\n");
        kept.getOutputStream().write("[]".getBytes(StandardCharsets.US_ASCII));
        assertEquals(1, readResponse(kept), "the connection serves the next request");
      }
    }
    awaitNoneInFlight();
    assertEquals(
        reclaimedBefore,
        metric("dtm_http_requests_reclaimed_total"),
        "the slots came back as the responses were written, not by a sweep");
  }

  /**
   * The same on HTTP/2, where the answers wait in the connection's flow control for a client that
   * does not read them: both streams keep their slots until their last frames have been written.
   */
  @Test
  void anHttp2ResponseLeftUnreadHoldsItsSlotUntilItIsWritten() throws Exception {
    double reclaimedBefore = metric("dtm_http_requests_reclaimed_total");
    io.vertx.core.http.HttpClient client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_2)
                .setHttp2ClearTextUpgrade(false));
    try {
      List<HttpClientResponse> unread = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        unread.add(
            client
                .request(HttpMethod.GET, large.getPort(), large.getHost(), large.getPath())
                .compose(request -> request.send())
                .map(
                    response -> {
                      response.pause();
                      return response;
                    })
                .toCompletionStage()
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS));
      }
      Thread.sleep(300);
      assertEquals(2.0, metric("dtm_http_requests_in_flight"), "both still wait to be written");
      assertEquals(503, HTTP.send(get(quick), BodyHandlers.discarding()).statusCode());

      // Both at once: a paused stream keeps the connection's flow-control credit it was sent.
      List<CompletableFuture<Buffer>> bodies = new ArrayList<>();
      for (HttpClientResponse response : unread) {
        bodies.add(response.body().toCompletionStage().toCompletableFuture());
        response.resume();
      }
      for (CompletableFuture<Buffer> body : bodies) {
        assertEquals(LargeResponses.SIZE, body.get(30, TimeUnit.SECONDS).length());
      }
      awaitNoneInFlight();
    } finally {
      client.close();
    }
    assertEquals(
        reclaimedBefore,
        metric("dtm_http_requests_reclaimed_total"),
        "the slots came back as the streams closed, not by a sweep");
  }

  /**
   * Quarkus answers a body over the size limit with a 413 after replacing the response's end
   * handler (to close the connection); the end of its body still gives the slot back.
   */
  @Test
  void requestsRefusedForTheirBodySizeGiveTheirSlotsBack() throws Exception {
    double reclaimedBefore = metric("dtm_http_requests_reclaimed_total");
    for (int i = 0; i < 3; i++) {
      String refused = answerBeforeTheBody(held, 100_000);
      assertTrue(refused.startsWith("HTTP/1.1 413 "), refused);
    }
    awaitNoneInFlight();
    assertEquals(
        reclaimedBefore,
        metric("dtm_http_requests_reclaimed_total"),
        "the slots came back as the bodies ended, not by a sweep");
  }

  /**
   * A response whose end no handler signalled holds its slot until the bound is reached; then the
   * sweep takes it back (refusing requests meanwhile), but never a slot whose request still works.
   */
  @Test
  void slotsWhoseEndWentUnsignalledAreTakenBackOnceTheBoundIsReached() throws Exception {
    double reclaimedBefore = metric("dtm_http_requests_reclaimed_total");
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> answered = HTTP.send(get(unsignalled), BodyHandlers.ofString());
      assertEquals("unsignalled", answered.body());
    }
    assertEquals(2.0, metric("dtm_http_requests_in_flight"), "their ends went unheard");

    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    int status;
    while ((status = HTTP.send(get(quick), BodyHandlers.ofString()).statusCode()) != 200) {
      assertEquals(503, status);
      assertTrue(System.nanoTime() < deadline, "the sweep takes the slots back");
      Thread.sleep(5);
    }
    assertEquals(2.0, metric("dtm_http_requests_reclaimed_total") - reclaimedBefore);

    HeldRequests.holdFromNowOn();
    List<CompletableFuture<HttpResponse<String>>> holding =
        List.of(sendAsync(get(held)), sendAsync(get(held)));
    try {
      assertTrue(HeldRequests.ARRIVED.tryAcquire(2, 30, TimeUnit.SECONDS), "both are admitted");
      for (int sweep = 0; sweep < 3; sweep++) {
        // past the sweep interval each time: a sweep must not free a slot whose request works
        Thread.sleep(20);
        assertEquals(503, HTTP.send(get(quick), BodyHandlers.discarding()).statusCode());
      }
    } finally {
      HeldRequests.letGo();
    }
    for (CompletableFuture<HttpResponse<String>> call : holding) {
      assertEquals(200, call.get(30, TimeUnit.SECONDS).statusCode());
    }
    awaitNoneInFlight();
    assertEquals(2.0, metric("dtm_http_requests_reclaimed_total") - reclaimedBefore);
  }

  /**
   * Bursts far over the bound on HTTP/2 connections: every request is answered, served or refused,
   * and the slots all come back. Reading other responses' state from the event loop that routes a
   * request deadlocked a service's event loops this way.
   */
  @Test
  void burstsOverTheBoundOnHttp2AreAllAnswered() throws Exception {
    HttpClient http2 =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_2)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    for (int round = 0; round < 20; round++) {
      List<CompletableFuture<HttpResponse<Void>>> calls = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        calls.add(
            http2.sendAsync(
                HttpRequest.newBuilder(quick).timeout(Duration.ofSeconds(10)).build(),
                BodyHandlers.discarding()));
      }
      for (CompletableFuture<HttpResponse<Void>> call : calls) {
        int status = call.get(30, TimeUnit.SECONDS).statusCode();
        assertTrue(status == 200 || status == 503, "round " + round + ": " + status);
      }
    }
    awaitNoneInFlight();
  }

  private void awaitNoneInFlight() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (metric("dtm_http_requests_in_flight") != 0.0) {
      assertTrue(System.nanoTime() < deadline, "slots are freed when responses end");
      Thread.sleep(20);
    }
  }

  private double metric(String name) throws Exception {
    String exposition = HTTP.send(get(metrics), HttpResponse.BodyHandlers.ofString()).body();
    return exposition
        .lines()
        .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  /**
   * Sends a POST's headers announcing a JSON body of {@code length} bytes, none of it, and returns
   * everything the server wrote until it closed the connection.
   */
  private static String answerBeforeTheBody(URI uri, int length) throws IOException {
    try (Socket socket =
        sendHead(
            uri,
            "POST",
            "Content-Type: application/json\r\nContent-Length: %d\r\n".formatted(length))) {
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Opens a connection and sends an HTTP/1.1 request's head, with {@code headers} (CRLF-ended). */
  private static Socket sendHead(URI uri, String method, String headers) throws IOException {
    Socket socket = new Socket(uri.getHost(), uri.getPort());
    socket.setSoTimeout(10_000);
    sendHead(socket, uri, method, headers);
    return socket;
  }

  /** Sends a GET on a connection whose receive buffer is as small as the system allows. */
  private static Socket sendHeadReadingSlowly(URI uri) throws IOException {
    Socket socket = new Socket();
    socket.setReceiveBufferSize(4096);
    socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
    socket.setSoTimeout(10_000);
    sendHead(socket, uri, "GET", "");
    return socket;
  }

  private static void sendHead(Socket socket, URI uri, String method, String headers)
      throws IOException {
    String head =
        "%s %s HTTP/1.1\r\nHost: %s:%d\r\n%s\r\n"
            .formatted(method, uri.getPath(), uri.getHost(), uri.getPort(), headers);
    socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
  }

  /** Reads one response and returns the length of its body. */
  private static int readResponse(Socket socket) throws IOException {
    return readRestOfResponse(socket, new StringBuilder());
  }

  /** Reads the rest of a response whose first byte was read already; returns its body's length. */
  private static int readRestOfResponse(Socket socket) throws IOException {
    return readRestOfResponse(socket, new StringBuilder("H"));
  }

  private static int readRestOfResponse(Socket socket, StringBuilder head) throws IOException {
    InputStream in = socket.getInputStream();
    while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
      int next = in.read();
      if (next < 0) {
        throw new IOException("the connection closed within the head: " + head);
      }
      head.append((char) next);
    }
    int length =
        head.toString()
            .lines()
            .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
            .mapToInt(line -> Integer.parseInt(line.substring(line.indexOf(':') + 1).trim()))
            .findFirst()
            .orElseThrow(() -> new IOException("no Content-Length in " + head));
    return in.readNBytes(length).length;
  }

  private static CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
    return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest get(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build();
  }
}
