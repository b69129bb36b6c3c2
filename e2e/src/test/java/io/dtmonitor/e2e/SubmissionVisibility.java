package io.dtmonitor.e2e;

import io.dtmonitor.client.reporting.api.ReportsApi;
import io.dtmonitor.client.reporting.model.CreateReportRequest;
import io.dtmonitor.client.reporting.model.Report;
import io.dtmonitor.seed.Actor;
import io.dtmonitor.seed.ServiceClients;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/**
 * Write to visible elsewhere at a fixed rate of report submissions: filled draft reports are
 * prepared first, then submitted at a fixed arrival rate (open model), and each submission is timed
 * from the client's 2xx to the commit of indicator-service's transaction that applied it to the
 * report projection the cross-region view reads (PostgreSQL's commit timestamp of the row, which
 * needs {@code track_commit_timestamp=on}). Same machine, same clock.
 */
final class SubmissionVisibility {

  /** Quarters that need no cumulative or year-end cross-check between them: Q1 to Q3. */
  private static final List<String> PERIODS =
      List.of("2025-Q1", "2025-Q2", "2025-Q3", "2026-Q1", "2026-Q2", "2026-Q3");

  /** A filled draft ready to submit. */
  record Draft(UUID reportId, String etag) {}

  /**
   * One run's latencies in nanoseconds: each submission from its scheduled send to the client's
   * 2xx, and each submission's visibility in indicator-service from reporting-service's commit and
   * from the client's 2xx.
   */
  record Result(
      List<Long> submitNanos,
      List<Long> fromCommitNanos,
      List<Long> fromResponseNanos,
      int errors) {}

  private final ServiceClients clients;
  private final ReportsApi reports;

  SubmissionVisibility(ServiceClients clients) {
    this.clients = clients;
    this.reports = new ReportsApi(clients.reporting(Actor.POLTAVA_CDTO));
  }

  /** Adopts programmes and creates and fills six quarterly reports of each, eight at a time. */
  List<Draft> prepare(int count) throws Exception {
    AdoptedProgrammes programmes = new AdoptedProgrammes(clients);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Draft>>> batches = new ArrayList<>();
      String title = "Подання " + UUID.randomUUID().toString().substring(0, 8);
      for (int i = 0; i * PERIODS.size() < count; i++) {
        String name = title + " #" + i;
        batches.add(pool.submit(() -> drafts(programmes.adopt(name))));
      }
      List<Draft> drafts = new ArrayList<>();
      for (Future<List<Draft>> batch : batches) {
        drafts.addAll(batch.get());
      }
      return settled(drafts.subList(0, count));
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The drafts as they stand once reporting-service's overdue check (every minute) has marked every
   * one that is past due, with their ETags then. The quarters are past due, and a mark changes a
   * report's ETag: a draft marked between its preparation and its submission would be refused with
   * a 412, as it should be, and counted as an error that says nothing about the pipeline.
   */
  private static List<Draft> settled(List<Draft> drafts) throws Exception {
    UUID[] ids = drafts.stream().map(Draft::reportId).toArray(UUID[]::new);
    try (Connection db = RunningSuite.get().connect();
        PreparedStatement unmarked =
            db.prepareStatement(
                "select count(*) from reporting.report where id = any(?) and overdue_at is null"
                    + " and due_date < current_date");
        PreparedStatement versions =
            db.prepareStatement("select id, version from reporting.report where id = any(?)")) {
      unmarked.setArray(1, db.createArrayOf("uuid", ids));
      awaitCount(
          unmarked,
          count -> count == 0,
          Duration.ofSeconds(120),
          "the overdue check did not mark the past-due drafts");
      versions.setArray(1, db.createArrayOf("uuid", ids));
      Map<UUID, String> etags = new HashMap<>();
      try (ResultSet rows = versions.executeQuery()) {
        while (rows.next()) {
          etags.put(rows.getObject(1, UUID.class), ServiceClients.etag(rows.getLong(2)));
        }
      }
      return drafts.stream()
          .map(draft -> new Draft(draft.reportId(), etags.get(draft.reportId())))
          .toList();
    }
  }

  private List<Draft> drafts(UUID programme) throws Exception {
    awaitReplica(programme);
    List<Draft> drafts = new ArrayList<>();
    for (String period : PERIODS) {
      Report report =
          reports.createReport(
              programme, new CreateReportRequest().period(period), UUID.randomUUID().toString());
      Report filled =
          reports.updateReportLines(
              report.getId(),
              ServiceClients.etag(report.getVersion()),
              ProgrammeChain.firstQuarterLines());
      drafts.add(new Draft(filled.getId(), ServiceClients.etag(filled.getVersion())));
    }
    return drafts;
  }

  /** Reports can be created once reporting-service's replica holds the adopted programme. */
  private static void awaitReplica(UUID programme) throws Exception {
    try (Connection db = RunningSuite.get().connect();
        PreparedStatement query =
            db.prepareStatement(
                "select count(*) from reporting.replica_version where programme_id = ?")) {
      query.setObject(1, programme);
      awaitCount(
          query,
          count -> count > 0,
          Duration.ofSeconds(60),
          "reporting-service did not replicate " + programme);
    }
  }

  /** Runs a count query every 20 ms until its count satisfies {@code done}. */
  private static void awaitCount(
      PreparedStatement count, LongPredicate done, Duration timeout, String failure)
      throws Exception {
    poll(
        () -> {
          try (ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
          }
        },
        done::test,
        Duration.ofMillis(20),
        timeout,
        failure);
  }

  /** Reads every {@code interval} until what it reads satisfies {@code done}, and returns that. */
  private static <T> T poll(
      Read<T> read, Predicate<T> done, Duration interval, Duration timeout, String failure)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      T value = read.get();
      if (done.test(value)) {
        return value;
      }
      Thread.sleep(interval.toMillis());
    }
    throw new IllegalStateException(failure);
  }

  /** One read of the database. */
  private interface Read<T> {
    T get() throws Exception;
  }

  /** Submits the drafts at {@code rate} per second and times each to its visibility. */
  Result submitAt(List<Draft> drafts, int rate) throws Exception {
    long interval = 1_000_000_000L / rate;
    Map<UUID, Instant> acknowledged = new ConcurrentHashMap<>();
    List<Long> submitNanos = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger errors = new AtomicInteger();
    ExecutorService senders = Executors.newFixedThreadPool(64);
    long start = System.nanoTime();
    try {
      for (int i = 0; i < drafts.size(); i++) {
        long due = start + i * interval;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        Draft draft = drafts.get(i);
        senders.execute(
            () -> {
              try {
                reports.submitReport(draft.reportId(), draft.etag());
                acknowledged.put(draft.reportId(), Instant.now());
              } catch (Exception e) {
                errors.incrementAndGet();
              } finally {
                // from the scheduled send time, so queueing in the generator counts as waiting
                submitNanos.add(System.nanoTime() - due);
              }
            });
      }
    } finally {
      senders.shutdown();
      senders.awaitTermination(2, TimeUnit.MINUTES);
    }
    Map<UUID, Instant> submitted =
        committed(
            acknowledged.keySet(),
            "select report_id, pg_xact_commit_timestamp(xmin) from reporting.report_submission"
                + " where report_id = any(?)");
    Map<UUID, Instant> visible =
        committed(
            acknowledged.keySet(),
            "select report_id, pg_xact_commit_timestamp(xmin) from indicator.report_fact"
                + " where status = 'SUBMITTED' and report_id = any(?)");
    List<Long> fromCommit = new ArrayList<>();
    List<Long> fromResponse = new ArrayList<>();
    acknowledged.forEach(
        (report, at) -> {
          fromCommit.add(Duration.between(submitted.get(report), visible.get(report)).toNanos());
          fromResponse.add(Duration.between(at, visible.get(report)).toNanos());
        });
    return new Result(new ArrayList<>(submitNanos), fromCommit, fromResponse, errors.get());
  }

  /**
   * The commit times of the rows {@code sql} finds for the reports, once it finds one for each (the
   * consumer may still be applying them).
   */
  private static Map<UUID, Instant> committed(java.util.Set<UUID> reportIds, String sql)
      throws Exception {
    try (Connection db = RunningSuite.get().connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      Array ids = db.createArrayOf("uuid", reportIds.toArray());
      query.setArray(1, ids);
      return poll(
          () -> {
            Map<UUID, Instant> committed = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                committed.put(rows.getObject(1, UUID.class), rows.getTimestamp(2).toInstant());
              }
            }
            return committed;
          },
          committed -> committed.size() == reportIds.size(),
          Duration.ofMillis(200),
          Duration.ofMinutes(5),
          "not every submission was committed in 5 min: " + sql);
    }
  }

  /** Fails fast when the database cannot tell commit times. */
  static void requireCommitTimestamps() throws Exception {
    try (Connection db = RunningSuite.get().connect();
        ResultSet setting = db.createStatement().executeQuery("show track_commit_timestamp")) {
      setting.next();
      if (!"on".equals(setting.getString(1))) {
        throw new IllegalStateException(
            "run with -Ddtm.test.pg.settings=track_commit_timestamp=on (bench/run.sh does)");
      }
    }
  }
}
