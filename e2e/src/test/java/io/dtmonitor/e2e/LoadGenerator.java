package io.dtmonitor.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's load: an open model (requests at a fixed arrival rate whatever the latency, timed
 * from the scheduled send so queueing shows) and a closed loop for peak throughput, over one shared
 * HTTP client.
 */
final class LoadGenerator {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private LoadGenerator() {}

  /** The outcome of an open-model load: errors, and latencies in nanoseconds, sorted. */
  record Arrivals(int errors, List<Long> latencies) {}

  static Arrivals openModel(URI uri, int rate, Duration duration) throws Exception {
    int total = (int) (rate * duration.toSeconds());
    long interval = 1_000_000_000L / rate;
    List<CompletableFuture<Long>> calls = new ArrayList<>();
    AtomicInteger errors = new AtomicInteger();
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      long sent = System.nanoTime();
      calls.add(
          HTTP.sendAsync(
                  HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                  HttpResponse.BodyHandlers.discarding())
              .handle(
                  (response, failure) -> {
                    if (failure != null || response.statusCode() != 200) {
                      // counted apart: a fast refusal must not pull the percentiles down
                      errors.incrementAndGet();
                      return -1L;
                    }
                    // latency from the scheduled send time: a late send counts as waiting
                    return System.nanoTime() - Math.min(sent, due);
                  }));
    }
    List<Long> latencies = new ArrayList<>();
    for (CompletableFuture<Long> call : calls) {
      long latency = call.get();
      if (latency >= 0) {
        latencies.add(latency);
      }
    }
    Collections.sort(latencies);
    return new Arrivals(errors.get(), latencies);
  }

  /** Completed requests per second with 16 clients sending back to back for 10 s. */
  static double peak(URI uri) throws Exception {
    int clients = 16;
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    AtomicInteger completed = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Thread client =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  try {
                    if (status(uri) == 200 && System.nanoTime() <= end) {
                      completed.incrementAndGet();
                    }
                  } catch (Exception e) {
                    // counted by its absence from the completed requests
                  }
                }
              });
      client.start();
      threads.add(client);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return completed.get() / 10.0;
  }

  static int status(URI uri) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  static String body(URI uri) throws Exception {
    return get(uri).body();
  }

  static HttpResponse<String> get(URI uri) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The value at {@code quantile} of sorted nanoseconds, in milliseconds; NaN when none. */
  static double percentile(List<Long> sorted, double quantile) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}
