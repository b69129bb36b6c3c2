package io.dtmonitor.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Slow clients cannot hold the server: connections that stall in the middle of their request take
 * no admission slot (a request is admitted once its headers are complete), so 200 of them from one
 * client leave another client served, and the server closes each of them once it has been idle for
 * {@code quarkus.http.idle-timeout} (2 s here, 60 s in the services).
 */
@QuarkusTest
@TestProfile(StalledConnectionsTest.ShortIdleTimeout.class)
class StalledConnectionsTest {

  private static final int STALLED = 200;

  @TestHTTPResource("/probe/quick")
  URI quick;

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
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(5))
              .build()
              .send(
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

  public static class ShortIdleTimeout implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.http.idle-timeout", "2s");
    }
  }
}
