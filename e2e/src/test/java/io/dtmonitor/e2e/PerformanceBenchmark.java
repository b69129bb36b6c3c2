package io.dtmonitor.e2e;

import io.dtmonitor.client.programme.api.ProgrammesApi;
import io.dtmonitor.e2e.RunningSuite.Service;
import io.dtmonitor.platform.testing.Tokens;
import io.dtmonitor.seed.Actor;
import io.dtmonitor.seed.ProgrammeLookup;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The benchmark harness behind {@code bench/run.sh}: never part of {@code ./mvnw verify} (its name
 * does not end in Test), run on demand against the packaged services on this machine. It measures
 * and writes {@code target/bench/report.md}; it asserts nothing about speed. Every measurement is
 * taken {@code dtm.bench.runs} times (3 by default) in one JVM and reported as median and range.
 *
 * <ul>
 *   <li>footprint: time from process start to ready, and resident memory after a warm-up, per
 *       service (-Xmx256m);
 *   <li>read path, open model: requests are sent at a fixed arrival rate whatever the latency, so
 *       queueing shows up in the percentiles instead of being hidden by a closed loop;
 *   <li>write to visible elsewhere: from the 200 of an adoption in programme-service to the
 *       programme appearing in indicator-service's cross-region view, split at the outbox relay and
 *       the consumer by the timestamps they record;
 *   <li>the same reads against a bare Vert.x pgclient handler running the same statements ({@link
 *       RawReadServer}): peak of each, and latency at half the service's peak;
 *   <li>report submissions at 100 and 200 per second, each timed to its commit in indicator-service
 *       ({@link SubmissionVisibility});
 *   <li>hostile load: memory of the attacked service and latency of an ordinary read while the
 *       resource-limit requests arrive without pause ({@link HostileLoad});
 *   <li>pipeline throughput: a backlog of adoption events committed to programme-service's outbox
 *       at once, and how fast the relay and the consumers work it off together; then lag recovery:
 *       the relay alone with the consumers frozen, and each consumer alone once thawed;
 *   <li>scale: export and cross-region queries against 24 oblasts and against 1,469 regions of 200
 *       indicators x 40 quarters ({@link ScaleCase}).
 * </ul>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerformanceBenchmark {

  private static final int RUNS = Integer.getInteger("dtm.bench.runs", 3);
  private static final int BACKLOG = Integer.getInteger("dtm.bench.backlog", 20_000);
  private static final String FOOTPRINT = "Footprint (-Xmx256m)";
  private static final String WRITE_TO_VISIBLE = "Write to visible elsewhere (ms)";
  private static final String PIPELINE = "Pipeline throughput";
  private static final String HOSTILE = "Memory and latency under hostile load";
  private static final String AGAINST_RAW = "Read path against a raw Vert.x pgclient handler";
  private static final String SCALE = "Scale: 24 oblasts against 1,469 regions";

  /** The token of a view's next page, in its JSON body. */
  private static final Pattern NEXT_PAGE_TOKEN =
      Pattern.compile("\"nextPageToken\"\\s*:\\s*\"([^\"]+)\"");

  private static final int SCALE_REGIONS = Integer.getInteger("dtm.bench.scale.regions", 1_469);
  private static final String SUBMISSIONS =
      "Write to visible at a fixed rate of report submissions (ms)";
  private static final int[] SUBMISSION_RATES = {100, 200};

  private final BenchFigures figures = new BenchFigures();

  /**
   * Footprint, read path and write to visible, {@code dtm.bench.runs} times; the pipeline's backlog
   * runs after them ({@link #pipeline}), since the programmes it leaves behind in the projections
   * would slow the views measured here.
   */
  @Test
  @Order(1)
  void measure() throws Exception {
    SeededSuite.firstImport();
    SubmissionVisibility.requireCommitTimestamps();
    pinDatabase();
    UUID poltava = poltavaDigital();
    declareTables();
    SubmissionVisibility submissions = new SubmissionVisibility(SeededSuite.clients());
    try (RawReadProcess raw = RawReadProcess.start(Path.of("target/bench"))) {
      for (int run = 1; run <= RUNS; run++) {
        System.out.println("Benchmark run " + run + " of " + RUNS);
        footprint();
        readPath("cross-region view 2022", Service.INDICATOR, "/api/v1/cross-region?period=2022");
        readPath(
            "programme version (Poltava v2, 30 measures)",
            Service.PROGRAMME,
            "/api/v1/programmes/" + poltava + "/versions/2");
        againstRaw(
            raw,
            "cross-region view 2022",
            Service.INDICATOR,
            "/api/v1/cross-region?period=2022",
            "/cross-region?period=2022");
        againstRaw(
            raw,
            "programme version 2",
            Service.PROGRAMME,
            "/api/v1/programmes/" + poltava + "/versions/2",
            "/programmes/" + poltava + "/versions/2");
        writeToVisible();
        submissions(submissions);
      }
    }
    write("report.md");
  }

  /**
   * Footprint alone, to compare launch options ({@code dtm.services.jdk}, {@code
   * dtm.services.jvm-options}, {@code dtm.services.aot}: see {@link RunningSuite}).
   */
  @Test
  @Order(0)
  void startup() throws Exception {
    SeededSuite.firstImport();
    pinDatabase();
    declareTables();
    for (int run = 1; run <= RUNS; run++) {
      footprint();
    }
    write("startup.md");
  }

  /**
   * Memory of the attacked service, and latency of an ordinary read (Poltava's programme version 2
   * at 20/s, open model) served alongside, while the requests of ResourceLimitsTest arrive without
   * pause from many clients; first without an attack, for comparison.
   */
  @Test
  @Order(2)
  void hostile() throws Exception {
    SeededSuite.firstImport();
    pinDatabase();
    URI probe =
        RunningSuite.get()
            .baseUri(Service.PROGRAMME)
            .resolve("/api/v1/programmes/" + poltavaDigital() + "/versions/2");
    figures.table(
        HOSTILE,
        "Each attack: its clients send back to back for the 20 s of the probe (programme version"
            + " 2 at 20/s, latency from the scheduled send). Unexpected: answers other than the"
            + " limit's (5xx other than the in-flight bound's 503, 4xx other than a client"
            + " share's 429, or 200 where a refusal is"
            + " due). Peak RSS: the attacked service's VmRSS sampled every 100 ms; RSS before:"
            + " at the attack's start, since the JVM keeps the heap an earlier attack grew, so a"
            + " peak is the attack's own only where it exceeds it. The probe, anonymous from the"
            + " same address as the readers' crowds, shares their client share, so some of its"
            + " reads are refused there.",
        "attack req/s",
        "unexpected answers",
        "RSS of the target before (MB)",
        "peak RSS of the target (MB)",
        "probe errors",
        "probe p50 (ms)",
        "probe p99 (ms)");
    for (int run = 1; run <= RUNS; run++) {
      System.out.println("Hostile load run " + run + " of " + RUNS);
      recordProbe("no attack", LoadGenerator.openModel(probe, 20, Duration.ofSeconds(20)));
      for (HostileLoad.Attack attack : HostileLoad.attacks(Tokens.cdto("UA-53"), probe)) {
        List<LoadGenerator.Arrivals> during = new ArrayList<>();
        figures.record(
            HOSTILE,
            attack.name(),
            "RSS of the target before (MB)",
            RunningSuite.get().rssKb(attack.target()) / 1024.0);
        HostileLoad.Outcome outcome =
            HostileLoad.run(
                attack,
                () -> during.add(LoadGenerator.openModel(probe, 20, Duration.ofSeconds(20))));
        figures.record(HOSTILE, attack.name(), "attack req/s", outcome.perSecond());
        figures.record(HOSTILE, attack.name(), "unexpected answers", outcome.unexpected());
        if (outcome.unexpected() > 0) {
          System.out.println(attack.name() + ": unexpected answers " + outcome.unexpectedKinds());
        }
        figures.record(HOSTILE, attack.name(), "peak RSS of the target (MB)", outcome.peakRssMb());
        recordProbe(attack.name(), during.get(0));
      }
    }
    write("hostile.md");
  }

  private void recordProbe(String row, LoadGenerator.Arrivals probe) {
    figures.record(HOSTILE, row, "probe errors", probe.errors());
    figures.record(
        HOSTILE, row, "probe p50 (ms)", LoadGenerator.percentile(probe.latencies(), 0.5));
    figures.record(
        HOSTILE, row, "probe p99 (ms)", LoadGenerator.percentile(probe.latencies(), 0.99));
  }

  /** Pipeline throughput, {@code dtm.bench.runs} backlogs one after another. */
  @Test
  @Order(3)
  void pipeline() throws Exception {
    SeededSuite.firstImport();
    pinDatabase();
    declareTables();
    for (int run = 1; run <= RUNS; run++) {
      System.out.println("Pipeline run " + run + " of " + RUNS);
      backlog();
    }
    write("pipeline.md");
  }

  /**
   * The scale case, after the others since it leaves millions of values behind: each query against
   * 24 oblasts, then against 1,469 regions ({@link ScaleCase}), {@code dtm.bench.runs} times each.
   */
  @Test
  @Order(4)
  void scale() throws Exception {
    SeededSuite.firstImport();
    pinDatabase();
    String small = "24 oblasts (ms)";
    String large = SCALE_REGIONS + " regions (ms)";
    figures.table(
        SCALE,
        "200 indicators x 40 quarters of values per region. Each cell: the median latency of 10"
            + " requests one after another (after 3 unmeasured), over "
            + RUNS
            + " runs. The CSV and the views return a value per region, so they grow with the"
            + " regions; the export pages hold at most 100 rows.",
        small,
        large,
        "ratio",
        "errors");
    long values;
    try (Connection db = RunningSuite.get().connect()) {
      ScaleCase.catalogue(db);
      values = ScaleCase.oblasts(db);
      List<Map<String, Double>> before = new ArrayList<>();
      for (int run = 1; run <= RUNS; run++) {
        System.out.println("Scale run " + run + " of " + RUNS + ", 24 oblasts");
        before.add(scaleQueries(small, db));
      }
      values += ScaleCase.communities(db, SCALE_REGIONS);
      for (int run = 1; run <= RUNS; run++) {
        System.out.println("Scale run " + run + " of " + RUNS + ", " + SCALE_REGIONS + " regions");
        Map<String, Double> after = scaleQueries(large, db);
        after.forEach(
            (query, ms) -> figures.record(SCALE, query, "ratio", ms / before.get(0).get(query)));
        before.remove(0);
      }
    }
    figures.record(
        SCALE,
        "indicator-service RSS afterwards (MB)",
        large,
        RunningSuite.get().rssKb(Service.INDICATOR) / 1024.0);
    System.out.println(values + " values in the scale case");
    write("scale.md");
  }

  /**
   * Each scale query's median latency, recorded in {@code column} and returned by query. A query
   * may first change the data, untimed, through {@code db}.
   */
  private Map<String, Double> scaleQueries(String column, Connection db) throws Exception {
    Map<String, Callable<Integer>> queries = new LinkedHashMap<>();
    queries.put("export, first page of 100", once("/api/v1/exports/observations?pageSize=100"));
    queries.put(
        "export, page from the middle of the history",
        once("/api/v1/exports/observations?pageSize=100&updatedSince=2022-01-01T00:00:00Z"));
    queries.put(
        "export of one quarter, first page",
        once("/api/v1/exports/observations?pageSize=100&period=2025-Q1"));
    queries.put(
        "export of one region's series",
        once("/api/v1/exports/observations?pageSize=100&region=UA-53&indicator=SCALE_001"));
    queries.put(
        "CSV of one quarter (all regions)",
        once("/api/v1/exports/observations.csv?period=2025-Q1"));
    queries.put(
        "cross-region view of one quarter, one indicator (first page)",
        once("/api/v1/cross-region?period=2025-Q1&indicator=SCALE_001"));
    queries.put(
        "cross-region view of one quarter, one indicator, every page of 500",
        () -> everyPage("/api/v1/cross-region?period=2025-Q1&indicator=SCALE_001&pageSize=500"));
    String twentyFive =
        "/api/v1/cross-region?period=2025-Q1"
            + IntStream.rangeClosed(1, 25)
                .mapToObj(n -> "&indicator=SCALE_%03d".formatted(n))
                .collect(Collectors.joining());
    String afterAChange = "the same, first read after a value of the quarter is corrected";
    queries.put("cross-region view of one quarter, 25 indicators (first page)", once(twentyFive));
    queries.put(afterAChange, once(twentyFive));
    queries.put("dashboard of one quarter, default listing", once("/dashboard?period=2025-Q1"));
    Map<String, Double> medians = new LinkedHashMap<>();
    for (Map.Entry<String, Callable<Integer>> query : queries.entrySet()) {
      int errors = 0;
      List<Long> latencies = new ArrayList<>();
      for (int i = 0; i < 13; i++) {
        if (query.getKey().equals(afterAChange)) {
          ScaleCase.correctOneValue(db, "2025-Q1");
        }
        long begin = System.nanoTime();
        int status = query.getValue().call();
        if (status != 200) {
          errors++;
        }
        if (i >= 3) {
          latencies.add(System.nanoTime() - begin);
        }
      }
      Collections.sort(latencies);
      double median = LoadGenerator.percentile(latencies, 0.5);
      figures.record(SCALE, query.getKey(), column, median);
      figures.record(SCALE, query.getKey(), "errors", errors);
      medians.put(query.getKey(), median);
    }
    return medians;
  }

  /** One request for {@code path}: its status. */
  private static Callable<Integer> once(String path) {
    return () -> LoadGenerator.status(indicator(path));
  }

  /**
   * Reads every page of the view at {@code path}, following its page tokens: the status of the
   * first page that failed, else 200.
   */
  private static int everyPage(String path) throws Exception {
    String token = null;
    do {
      HttpResponse<String> page =
          LoadGenerator.get(indicator(path + (token == null ? "" : "&pageToken=" + token)));
      if (page.statusCode() != 200) {
        return page.statusCode();
      }
      Matcher next = NEXT_PAGE_TOKEN.matcher(page.body());
      token = next.find() ? next.group(1) : null;
    } while (token != null);
    return 200;
  }

  private static URI indicator(String path) {
    return RunningSuite.get().baseUri(Service.INDICATOR).resolve(path);
  }

  private void write(String file) throws Exception {
    List<String> report = new ArrayList<>();
    report.add("# Benchmark run " + Instant.now());
    report.add("");
    report.add(
        String.format(
            "Machine: %d cores. %d runs; each cell is the median and, in brackets, the range over"
                + " the runs. Services and PostgreSQL pinned to CPUs: %s (the load generator, the"
                + " in-process Kafka broker and this JVM run on the others).",
            machineCpus(), RUNS, System.getProperty(RunningSuite.SERVICE_CPUS, "none")));
    report.add("");
    report.addAll(figures.markdown());
    Path out = Path.of("target/bench").resolve(file);
    Files.createDirectories(out.getParent());
    Files.write(out, report);
    report.forEach(System.out::println);
  }

  /** The machine's CPUs, whatever this JVM's affinity (which availableProcessors reports). */
  private static long machineCpus() throws Exception {
    return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
        .filter(line -> line.startsWith("processor"))
        .count();
  }

  private void declareTables() {
    figures.table(
        FOOTPRINT,
        "Start: process start to /q/health/ready after a SIGKILL. RSS: VmRSS after 500 requests.",
        "start to ready (s)",
        "RSS (MB)");
    figures.table(
        WRITE_TO_VISIBLE,
        "40 adoptions one after another. From the client's 200 to: the start of the relay's"
            + " publishing transaction (outbox.published_at; negative when the relay, woken by the"
            + " commit, starts before the response reaches the client), the start of"
            + " indicator-service's consuming transaction (inbox.processed_at), and the programme"
            + " in the cross-region view for 2026 (polled back to back).",
        "p50",
        "p99",
        "max");
    figures.table(
        AGAINST_RAW,
        "The same SQL statements, one after another, in a bare Vert.x HTTP server with the reactive"
            + " PostgreSQL client (RawReadServer: no framework, ORM, security or domain"
            + " computation), in its own JVM on the services' CPU with the same heap. Peak: 16"
            + " clients back to back for 10 s. Then 10 s at a fixed rate of half the service's"
            + " peak against each (open model).",
        "peak (req/s)",
        "errors",
        "p50 at half the service's peak",
        "p99 at half the service's peak");
    figures.table(
        SUBMISSIONS,
        "10 s of filled quarterly reports submitted at a fixed rate (open model; submission"
            + " latency from the scheduled send time). Visible: the commit of indicator-service's"
            + " transaction that applied the submission to the report projection the cross-region"
            + " view reads, from the commit of reporting-service's submission (both PostgreSQL"
            + " commit timestamps) and from the client's 2xx (negative when it commits before the"
            + " response reaches the client).",
        "errors",
        "p50",
        "p99",
        "p99.9",
        "max");
    figures.table(
        PIPELINE,
        BACKLOG
            + " adoption events committed to programme-service's outbox in one transaction; time"
            + " until every one is published, and until each consumer has applied every one, all"
            + " three working at once. Then the same backlog as lag recovery: the relay publishes"
            + " it while both consumers are frozen (SIGSTOP), then each consumer is thawed and"
            + " timed alone.",
        "seconds",
        "events/s");
  }

  private void footprint() throws Exception {
    for (Service service : Service.values()) {
      long begin = System.nanoTime();
      RunningSuite.get().killAndRestart(service);
      figures.record(
          FOOTPRINT, service.module, "start to ready (s)", (System.nanoTime() - begin) / 1e9);
      for (int i = 0; i < 500; i++) {
        LoadGenerator.body(RunningSuite.get().managementUri(service).resolve("/q/health/ready"));
        get(
            service,
            service == Service.INDICATOR ? "/api/v1/cross-region?period=2022" : "/api/v1/regions");
      }
      figures.record(
          FOOTPRINT, service.module, "RSS (MB)", RunningSuite.get().rssKb(service) / 1024.0);
    }
  }

  private void readPath(String name, Service service, String path) throws Exception {
    String table = "Read path: " + name + " (ms)";
    figures.table(
        table,
        "Open model: requests at a fixed arrival rate for 10 s each; latency from the scheduled"
            + " send time.",
        "errors",
        "p50",
        "p99",
        "max");
    for (int i = 0; i < 200; i++) {
      get(service, path);
    }
    for (int rate : new int[] {50, 100, 200, 400}) {
      openModel(table, service, path, rate, Duration.ofSeconds(10));
    }
  }

  /** Sends at a fixed arrival rate for the duration and records each request's latency. */
  private void openModel(String table, Service service, String path, int rate, Duration duration)
      throws Exception {
    LoadGenerator.Arrivals arrivals =
        LoadGenerator.openModel(RunningSuite.get().baseUri(service).resolve(path), rate, duration);
    String row = rate + "/s";
    figures.record(table, row, "errors", arrivals.errors());
    tail(table, row, arrivals.latencies());
  }

  /**
   * Each read against the same statements in a bare Vert.x handler ({@link RawReadServer}): the
   * peak of each with 16 clients in a closed loop, and latency at half of the service's peak.
   */
  private void againstRaw(
      RawReadProcess raw, String read, Service service, String path, String rawPath)
      throws Exception {
    URI serviceUri = RunningSuite.get().baseUri(service).resolve(path);
    URI rawUri = raw.uri(rawPath);
    for (int i = 0; i < 300; i++) {
      LoadGenerator.status(serviceUri);
      LoadGenerator.status(rawUri);
    }
    double servicePeak = LoadGenerator.peak(serviceUri);
    double rawPeak = LoadGenerator.peak(rawUri);
    figures.record(AGAINST_RAW, read + ": service", "peak (req/s)", servicePeak);
    figures.record(AGAINST_RAW, read + ": raw Vert.x pgclient", "peak (req/s)", rawPeak);
    figures.record(AGAINST_RAW, read + ": service / raw", "peak (req/s)", servicePeak / rawPeak);
    int half = (int) Math.max(1, servicePeak / 2);
    for (Map.Entry<String, URI> target :
        Map.of("service", serviceUri, "raw Vert.x pgclient", rawUri).entrySet()) {
      LoadGenerator.Arrivals arrivals =
          LoadGenerator.openModel(target.getValue(), half, Duration.ofSeconds(10));
      String row = read + ": " + target.getKey();
      figures.record(AGAINST_RAW, row, "errors", arrivals.errors());
      figures.record(
          AGAINST_RAW,
          row,
          "p50 at half the service's peak",
          LoadGenerator.percentile(arrivals.latencies(), 0.5));
      figures.record(
          AGAINST_RAW,
          row,
          "p99 at half the service's peak",
          LoadGenerator.percentile(arrivals.latencies(), 0.99));
    }
  }

  private void writeToVisible() throws Exception {
    AdoptedProgrammes programmes = new AdoptedProgrammes(SeededSuite.clients());
    String title = "Бенчмарк " + UUID.randomUUID().toString().substring(0, 8);
    List<Long> published = new ArrayList<>();
    List<Long> consumed = new ArrayList<>();
    List<Long> visible = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      UUID programme = programmes.adopt(title + " #" + i);
      Instant acknowledged = Instant.now();
      long acknowledgedNanos = System.nanoTime();
      String needle = programme.toString();
      while (!get(Service.INDICATOR, "/api/v1/cross-region?period=2026").contains(needle)) {
        Thread.sleep(1);
      }
      visible.add(System.nanoTime() - acknowledgedNanos);
      Instant[] stages = pipelineStages(programme);
      published.add(Duration.between(acknowledged, stages[0]).toNanos());
      consumed.add(Duration.between(acknowledged, stages[1]).toNanos());
      Thread.sleep(200);
    }
    tail(WRITE_TO_VISIBLE, "relay publishes", published);
    tail(WRITE_TO_VISIBLE, "indicator-service consumes", consumed);
    tail(WRITE_TO_VISIBLE, "visible in the view", visible);
  }

  /** Report submissions at a fixed rate, each timed to its commit in indicator-service. */
  private void submissions(SubmissionVisibility submissions) throws Exception {
    for (int rate : SUBMISSION_RATES) {
      List<SubmissionVisibility.Draft> drafts = submissions.prepare(rate * 10);
      SubmissionVisibility.Result result = submissions.submitAt(drafts, rate);
      String at = rate + "/s: ";
      figures.record(
          SUBMISSIONS, at + "submission, to the client's 2xx", "errors", result.errors());
      tail(SUBMISSIONS, at + "submission, to the client's 2xx", result.submitNanos());
      tail(SUBMISSIONS, at + "visible, from reporting-service's commit", result.fromCommitNanos());
      tail(SUBMISSIONS, at + "visible, from the client's 2xx", result.fromResponseNanos());
    }
  }

  private void tail(String table, String row, List<Long> latencies) {
    Collections.sort(latencies);
    figures.record(table, row, "p50", LoadGenerator.percentile(latencies, 0.50));
    figures.record(table, row, "p99", LoadGenerator.percentile(latencies, 0.99));
    figures.record(table, row, "p99.9", LoadGenerator.percentile(latencies, 0.999));
    figures.record(table, row, "max", LoadGenerator.percentile(latencies, 1.0));
  }

  /** When the relay published the programme's adoption, and when indicator-service consumed it. */
  private static Instant[] pipelineStages(UUID programme) throws Exception {
    try (Connection db = RunningSuite.get().connect();
        PreparedStatement query =
            db.prepareStatement(
                """
                select o.published_at, i.processed_at
                  from programme.outbox o
                  join indicator.inbox i on i.event_id = o.event_id::text
                 where o.aggregate_id = ? and o.event_type like '%VersionAdopted%'
                   and i.consumer = 'indicator.programmes'
                """)) {
      query.setString(1, programme.toString());
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return new Instant[] {row.getTimestamp(1).toInstant(), row.getTimestamp(2).toInstant()};
      }
    }
  }

  /**
   * Copies one real adoption event {@link #BACKLOG} times into programme-service's outbox, for
   * programmes that exist only in those events (in force in 2090-2091, so no measured view shows
   * them), then times the relay and both consumers until all are through, all three at once. Then
   * the same backlog again as lag recovery after a consumer outage: both consumers frozen while the
   * relay publishes it, then each thawed and timed alone, so that neither shares the core with the
   * relay or the other.
   */
  private void backlog() throws Exception {
    try (Connection db = RunningSuite.get().connect()) {
      Backlog together = Backlog.insert(db);
      double published = -1;
      double replica = -1;
      double indicator = -1;
      while (published < 0 || replica < 0 || indicator < 0) {
        if (published < 0 && together.published()) {
          published = together.elapsed();
        }
        if (replica < 0 && together.replicaDone()) {
          replica = together.elapsed();
        }
        if (indicator < 0 && together.indicatorDone()) {
          indicator = together.elapsed();
        }
        Thread.sleep(100);
      }
      recordThroughput("relay (outbox to Kafka)", published);
      recordThroughput("reporting-service replica", replica);
      recordThroughput("indicator-service projection", indicator);

      RunningSuite suite = RunningSuite.get();
      suite.freeze(Service.REPORTING);
      suite.freeze(Service.INDICATOR);
      Backlog recovery;
      try {
        recovery = Backlog.insert(db);
        recordTimeUntil("relay alone, consumers frozen", recovery.start(), recovery::published);
      } finally {
        suite.thaw(Service.REPORTING);
      }
      try {
        recordTimeUntil(
            "reporting-service replica alone, after its outage",
            System.nanoTime(),
            recovery::replicaDone);
      } finally {
        suite.thaw(Service.INDICATOR);
      }
      recordTimeUntil(
          "indicator-service projection alone, after its outage",
          System.nanoTime(),
          recovery::indicatorDone);
    }
  }

  /**
   * Polls a backlog's progress until {@code done}, and records the throughput since {@code start}.
   */
  private void recordTimeUntil(String row, long start, BacklogCheck done) throws Exception {
    while (!done.met()) {
      Thread.sleep(100);
    }
    recordThroughput(row, (System.nanoTime() - start) / 1e9);
  }

  /** One step of a backlog's progress, read from the database. */
  @FunctionalInterface
  private interface BacklogCheck {
    boolean met() throws Exception;
  }

  /** One backlog in programme-service's outbox, and how far the pipeline has worked it off. */
  private record Backlog(Connection db, long start, long replicaBefore, long indicatorBefore) {

    static Backlog insert(Connection db) throws Exception {
      long replicaBefore = FaultAudit.count(db, "select count(*) from reporting.inbox");
      long indicatorBefore =
          FaultAudit.count(
              db, "select count(*) from indicator.inbox where consumer = 'indicator.programmes'");
      long start = System.nanoTime();
      try (Statement insert = db.createStatement()) {
        insert.executeUpdate(
            """
            insert into programme.outbox (event_id, topic, event_type, aggregate_type, aggregate_id, region,
                                          data_schema, payload, occurred_at)
            select gen_random_uuid(), o.topic, o.event_type, o.aggregate_type, p.id::text, o.region, o.data_schema,
                   jsonb_set(jsonb_set(jsonb_set(o.payload::jsonb, '{programmeId}', to_jsonb(p.id::text)),
                             '{content,passport,firstYear}', '2090'), '{content,passport,lastYear}', '2091')::text,
                   now()
              from (select * from programme.outbox where event_type like '%%VersionAdopted%%' limit 1) o,
                   (select gen_random_uuid() as id from generate_series(1, %d)) p
            """
                .formatted(BACKLOG));
      }
      return new Backlog(db, start, replicaBefore, indicatorBefore);
    }

    /** Seconds since the backlog was committed; fails the run after ten minutes. */
    double elapsed() {
      double elapsed = (System.nanoTime() - start) / 1e9;
      if (elapsed > 600) {
        throw new IllegalStateException("the backlog was not worked off in 10 minutes");
      }
      return elapsed;
    }

    boolean published() throws Exception {
      elapsed();
      return FaultAudit.count(
              db, "select count(*) from programme.outbox where published_at is null")
          == 0;
    }

    boolean replicaDone() throws Exception {
      elapsed();
      return FaultAudit.count(db, "select count(*) from reporting.inbox") - replicaBefore
          >= BACKLOG;
    }

    boolean indicatorDone() throws Exception {
      elapsed();
      return FaultAudit.count(
                  db,
                  "select count(*) from indicator.inbox where consumer = 'indicator.programmes'")
              - indicatorBefore
          >= BACKLOG;
    }
  }

  private void recordThroughput(String row, double seconds) {
    figures.record(PIPELINE, row, "seconds", seconds);
    figures.record(PIPELINE, row, "events/s", BACKLOG / seconds);
  }

  /** Moves the embedded PostgreSQL to the services' CPUs, when they are pinned. */
  private static void pinDatabase() throws Exception {
    String cpus = System.getProperty(RunningSuite.SERVICE_CPUS);
    if (cpus == null || cpus.isBlank()) {
      return;
    }
    Process pgrep = new ProcessBuilder("pgrep", "-f", "embedded-pg.*/bin/postgres").start();
    for (String pid : new String(pgrep.getInputStream().readAllBytes()).trim().split("\\s+")) {
      if (!pid.isBlank()) {
        new ProcessBuilder("taskset", "-a", "-p", "-c", cpus, pid).inheritIO().start().waitFor();
      }
    }
  }

  /** Poltava's seeded programme, past the programmes earlier measurements adopted. */
  private UUID poltavaDigital() throws Exception {
    return ProgrammeLookup.find(
            new ProgrammesApi(SeededSuite.clients().programme(Actor.MINISTRY)),
            "UA-53",
            "Цифрова Полтавщина",
            p -> p.getTitleUk().contains("Цифрова Полтавщина"))
        .orElseThrow(() -> new IllegalStateException("the seeded Poltava programme is not listed"))
        .getId();
  }

  private static String get(Service service, String path) throws Exception {
    return LoadGenerator.body(RunningSuite.get().baseUri(service).resolve(path));
  }
}
