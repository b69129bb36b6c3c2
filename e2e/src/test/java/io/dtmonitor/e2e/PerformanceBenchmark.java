package io.dtmonitor.e2e;

import io.dtmonitor.client.programme.api.ProgrammesApi;
import io.dtmonitor.e2e.RunningSuite.Service;
import io.dtmonitor.seed.Actor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The benchmark harness behind {@code bench/run.sh}: never part of {@code ./mvnw verify} (its name
 * does not end in Test), run on demand against the packaged services on this machine. It measures
 * and writes {@code target/bench/report.md}; it asserts nothing about speed.
 *
 * <ul>
 *   <li>footprint: time from process start to ready, and resident memory after a warm-up, per
 *       service (-Xmx256m), median of three restarts;
 *   <li>read path, open model: requests are sent at a fixed arrival rate whatever the latency, so
 *       queueing shows up in the percentiles instead of being hidden by a closed loop;
 *   <li>write to visible elsewhere: from the 200 of an adoption in programme-service to the
 *       programme appearing in indicator-service's cross-region view.
 * </ul>
 */
class PerformanceBenchmark {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<String> report = new ArrayList<>();

  @Test
  void measure() throws Exception {
    SeededSuite.firstImport();
    report.add("# Benchmark run " + java.time.Instant.now());
    report.add("");
    report.add(
        "Machine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores; the load generator, the three services, PostgreSQL and Kafka share them.");
    report.add("");
    footprint();
    readPath("cross-region view 2022", Service.INDICATOR, "/api/v1/cross-region?period=2022");
    UUID poltava = poltavaDigital();
    readPath(
        "programme version (Poltava v2, 30 measures)",
        Service.PROGRAMME,
        "/api/v1/programmes/" + poltava + "/versions/2");
    writeToVisible();
    Path out = Path.of("target/bench/report.md");
    Files.createDirectories(out.getParent());
    Files.write(out, report);
    report.forEach(System.out::println);
  }

  private void footprint() throws Exception {
    report.add("## Footprint (-Xmx256m)");
    report.add("");
    report.add(
        "| service | start to ready, median of 3 (s) | all three (s) | RSS after 500 requests (MB) |");
    report.add("|---|---|---|---|");
    for (Service service : Service.values()) {
      List<Double> starts = new ArrayList<>();
      for (int run = 0; run < 3; run++) {
        long begin = System.nanoTime();
        RunningSuite.get().killAndRestart(service);
        starts.add((System.nanoTime() - begin) / 1e9);
      }
      for (int i = 0; i < 500; i++) {
        get(service, "/q/health/ready");
        get(
            service,
            service == Service.INDICATOR ? "/api/v1/cross-region?period=2022" : "/api/v1/regions");
      }
      long rssKb = rssKb(RunningSuite.get().pid(service));
      List<Double> sorted = new ArrayList<>(starts);
      Collections.sort(sorted);
      report.add(
          String.format(
              "| %s | %.1f | %s | %d |",
              service.module,
              sorted.get(1),
              starts.stream().map(s -> String.format("%.1f", s)).toList(),
              rssKb / 1024));
    }
    report.add("");
  }

  private void readPath(String name, Service service, String path) throws Exception {
    report.add("## Read path: " + name);
    report.add("");
    report.add("| offered rate (req/s) | sent | errors | p50 (ms) | p99 (ms) | max (ms) |");
    report.add("|---|---|---|---|---|---|");
    for (int i = 0; i < 200; i++) {
      get(service, path);
    }
    for (int rate : new int[] {50, 100, 200, 400}) {
      report.add(openModel(service, path, rate, Duration.ofSeconds(10)));
    }
    report.add("");
  }

  /** Sends at a fixed arrival rate for the duration and records each request's latency. */
  private String openModel(Service service, String path, int rate, Duration duration)
      throws Exception {
    URI uri = RunningSuite.get().baseUri(service).resolve(path);
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
                      errors.incrementAndGet();
                    }
                    // latency from the scheduled send time: a late send counts as waiting
                    return System.nanoTime() - Math.min(sent, due);
                  }));
    }
    List<Long> latencies = new ArrayList<>();
    for (CompletableFuture<Long> call : calls) {
      latencies.add(call.get());
    }
    Collections.sort(latencies);
    return String.format(
        "| %d | %d | %d | %.1f | %.1f | %.1f |",
        rate,
        total,
        errors.get(),
        percentile(latencies, 0.50),
        percentile(latencies, 0.99),
        latencies.get(latencies.size() - 1) / 1e6);
  }

  private void writeToVisible() throws Exception {
    AdoptedProgrammes programmes = new AdoptedProgrammes(SeededSuite.clients());
    String run = "Бенчмарк " + UUID.randomUUID().toString().substring(0, 8);
    List<Long> latencies = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      UUID programme = programmes.adopt(run + " #" + i);
      long acknowledged = System.nanoTime();
      String needle = programme.toString();
      while (!get(Service.INDICATOR, "/api/v1/cross-region?period=2026").contains(needle)) {
        Thread.sleep(1);
      }
      latencies.add(System.nanoTime() - acknowledged);
      Thread.sleep(200);
    }
    Collections.sort(latencies);
    report.add("## Write to visible elsewhere");
    report.add("");
    report.add(
        "From the 200 of an adoption in programme-service to the programme in indicator-service's"
            + " cross-region view (polled back to back), 40 adoptions at about 4/s.");
    report.add("");
    report.add("| p50 (ms) | p99 (ms) | max (ms) |");
    report.add("|---|---|---|");
    report.add(
        String.format(
            "| %.1f | %.1f | %.1f |",
            percentile(latencies, 0.50),
            percentile(latencies, 0.99),
            latencies.get(latencies.size() - 1) / 1e6));
    report.add("");
  }

  private UUID poltavaDigital() throws Exception {
    return new ProgrammesApi(SeededSuite.clients().programme(Actor.MINISTRY))
        .listProgrammes(100, null, "UA-53", null, null).getItems().stream()
            .filter(p -> p.getTitleUk().contains("Цифрова Полтавщина"))
            .findFirst()
            .orElseThrow()
            .getId();
  }

  private static String get(Service service, String path) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(RunningSuite.get().baseUri(service).resolve(path))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static double percentile(List<Long> sorted, double quantile) {
    int index = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  private static long rssKb(long pid) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
