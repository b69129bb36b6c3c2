package io.dtmonitor.e2e;

import io.dtmonitor.e2e.RunningSuite.Service;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The resource-limit requests of ResourceLimitsTest sent without pause by many clients at once: how
 * much memory the attacked service takes, and what the attack does to an ordinary read served
 * alongside it on the same core.
 */
final class HostileLoad {

  /** Requests built to exhaust a service, the answers they should get, and how many senders. */
  record Attack(
      String name, Service target, int clients, HttpRequest request, Set<Integer> answers) {}

  /**
   * What one attack did: its rate, answers outside the expected ones (and how many of each kind, a
   * status or the exception), and peak resident memory.
   */
  record Outcome(double perSecond, Map<String, Integer> unexpectedKinds, double peakRssMb) {

    long unexpected() {
      return unexpectedKinds.values().stream().mapToLong(Integer::longValue).sum();
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private HostileLoad() {}

  /**
   * The attacks, in order. Crowds of readers from one client larger than its share of the in-flight
   * bound (dtm.http.max-in-flight-per-client, 32 of 128) are partly refused with 429, or 503 when
   * the bound itself is reached, which is the bound doing its job, not an unexpected answer.
   */
  static List<Attack> attacks(String token, URI versionRead) {
    URI programmes = RunningSuite.get().baseUri(Service.PROGRAMME).resolve("/api/v1/programmes");
    URI view =
        RunningSuite.get().baseUri(Service.INDICATOR).resolve("/api/v1/cross-region?period=2022");
    String nested = "[".repeat(100_000) + "]".repeat(100_000);
    return List.of(
        new Attack(
            "3 MB bodies, sent whole (limit 2 MB)",
            Service.PROGRAMME,
            16,
            post(programmes, token, "{\"titleUk\": \"" + "ы".repeat(1_600_000) + "\"}"),
            Set.of(413)),
        new Attack(
            "JSON nested 100,000 levels deep",
            Service.PROGRAMME,
            16,
            post(programmes, token, "{\"regionCode\": \"UA-53\", \"titleUk\": " + nested + "}"),
            Set.of(400)),
        new Attack(
            "1,000,000-character title",
            Service.PROGRAMME,
            16,
            post(
                programmes,
                token,
                "{\"regionCode\": \"UA-53\", \"titleUk\": \""
                    + "a".repeat(1_000_000)
                    + "\", \"firstYear\": 2025, \"lastYear\": 2026}"),
            Set.of(400)),
        new Attack(
            "tampered bearer tokens",
            Service.PROGRAMME,
            16,
            post(
                programmes,
                token.substring(0, token.length() - 4) + "AAAA",
                "{\"regionCode\": \"UA-53\", \"titleUk\": \"x\", \"firstYear\": 2025,"
                    + " \"lastYear\": 2026}"),
            Set.of(401)),
        new Attack(
            "300 concurrent cross-region views",
            Service.INDICATOR,
            300,
            HttpRequest.newBuilder(view).timeout(Duration.ofSeconds(60)).build(),
            Set.of(200, 429, 503)),
        new Attack(
            "300 concurrent reads of a programme version",
            Service.PROGRAMME,
            300,
            HttpRequest.newBuilder(versionRead).timeout(Duration.ofSeconds(60)).build(),
            Set.of(200, 429, 503)));
  }

  private static HttpRequest post(URI uri, String token, String body) {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /**
   * Sends the attack from its clients back to back until {@code during} returns, sampling the
   * target's resident memory every 100 ms. A connection the service closes while an oversized body
   * is still being sent counts as refused, not as unexpected.
   */
  static Outcome run(Attack attack, ThrowingRunnable during) throws Exception {
    AtomicInteger sent = new AtomicInteger();
    Map<String, Integer> unexpected = new ConcurrentSkipListMap<>();
    long start = System.nanoTime();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> clients = new ArrayList<>();
    for (int i = 0; i < attack.clients(); i++) {
      Thread client =
          new Thread(
              () -> {
                while (!stop.get()) {
                  try {
                    int status =
                        HTTP.send(attack.request(), HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                    if (!attack.answers().contains(status)) {
                      unexpected.merge(Integer.toString(status), 1, Integer::sum);
                    }
                  } catch (java.net.http.HttpTimeoutException | java.net.ConnectException down) {
                    unexpected.merge(down.getClass().getSimpleName(), 1, Integer::sum);
                  } catch (IOException closedEarly) {
                    if (!attack.answers().contains(413)) {
                      unexpected.merge(closedEarly.getClass().getSimpleName(), 1, Integer::sum);
                    }
                  } catch (InterruptedException e) {
                    return;
                  }
                  sent.incrementAndGet();
                }
              });
      client.setDaemon(true);
      client.start();
      clients.add(client);
    }
    AtomicLong peak = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (!stop.get()) {
                peak.accumulateAndGet(RunningSuite.get().rssKb(attack.target()), Math::max);
                try {
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    try {
      during.run();
    } finally {
      stop.set(true);
      for (Thread client : clients) {
        client.join(60_000);
      }
      sampler.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Outcome(sent.get() / seconds, unexpected, peak.get() / 1024.0);
  }

  /** Work run while the attack goes on. */
  interface ThrowingRunnable {
    void run() throws Exception;
  }
}
