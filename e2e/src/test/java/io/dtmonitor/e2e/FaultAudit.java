package io.dtmonitor.e2e;

import io.dtmonitor.e2e.Acknowledged.Adoption;
import io.dtmonitor.e2e.RunningSuite.Service;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares, after the fault scenario, four accounts of the same history: what the client was
 * promised ({@link Acknowledged}), what each producer committed (its tables and outbox), what the
 * topics hold, and what each consumer's projection holds (and its inbox). Reads the databases
 * directly, read-only, once the pipeline has drained.
 */
final class FaultAudit {

  static final String PROGRAMME_TOPIC = "dtm.programme.events.v1";

  /** Version imports register draft organisations for names they cannot link. */
  static final String ORGANISATION_TOPIC = "dtm.organisation.events.v1";

  static final String REPORT_TOPIC = "dtm.report.events.v1";
  static final String INDICATOR_TOPIC = "dtm.indicator.events.v1";

  static final List<String> TOPICS =
      List.of(PROGRAMME_TOPIC, ORGANISATION_TOPIC, REPORT_TOPIC, INDICATOR_TOPIC);

  private static final String REPORT_OVERDUE = "io.dtmonitor.report.ReportOverdue.v1";

  /** The producing service of each topic. */
  static final Map<String, Service> PRODUCERS =
      Map.of(
          PROGRAMME_TOPIC, Service.PROGRAMME,
          ORGANISATION_TOPIC, Service.PROGRAMME,
          REPORT_TOPIC, Service.REPORTING,
          INDICATOR_TOPIC, Service.INDICATOR);

  /** Rows the projections write per adopted version of the workload's document. */
  private static final int MEASURES_PER_VERSION = 1;

  private static final int YEARS_PER_VERSION = 2;

  /** One consumer's processed events from one topic. */
  record InboxTally(long events, long redeliveries) {}

  /** Everything the audit found; each field is a set or a count that a defect would change. */
  record Findings(
      Set<UUID> programmesLost,
      Set<Adoption> adoptionsLost,
      Set<UUID> reportsLost,
      Set<UUID> observationsLost,
      Set<Adoption> adoptedInProducer,
      Set<Adoption> adoptedInReplica,
      Set<Adoption> adoptedInIndicator,
      Set<UUID> replicaBehindLatest,
      Map<UUID, String> reportsInProducer,
      Map<UUID, String> reportsInIndicator,
      Map<String, Set<String>> eventsWithoutOutboxRow,
      Map<String, Set<String>> outboxRowsNotPublished,
      Set<Adoption> adoptionEventsWithoutAdoption,
      Set<String> observationEventsWithoutObservation,
      Map<String, Integer> topicRecords,
      Map<String, Integer> duplicatePublishes,
      Map<String, Set<String>> aggregatesOutOfOrder,
      Map<String, InboxTally> inboxes,
      Map<String, Integer> distinctEvents,
      long duplicateEffectRows,
      Set<String> programmeTitlesTwice,
      long reportsMarkedOverdue,
      Set<String> reportsMarkedOverdueTwice,
      Set<String> partitionsUnderReplicated) {

    long redeliveries() {
      return inboxes.values().stream().mapToLong(InboxTally::redeliveries).sum();
    }

    /** Consumers whose inbox does not hold each event of its topic exactly once. */
    Map<String, String> inboxMismatches() {
      Map<String, String> mismatches = new LinkedHashMap<>();
      inboxes.forEach(
          (consumerTopic, tally) -> {
            String topic = consumerTopic.substring(consumerTopic.indexOf(' ') + 1);
            int expected = distinctEvents.getOrDefault(topic, 0);
            if (tally.events() != expected) {
              mismatches.put(consumerTopic, tally.events() + " of " + expected);
            }
          });
      return mismatches;
    }
  }

  private final FaultStack stack;
  private final Acknowledged acknowledged;

  FaultAudit(FaultStack stack, Acknowledged acknowledged) {
    this.stack = stack;
    this.acknowledged = acknowledged;
  }

  /**
   * Waits until every outbox is published and both projections agree with the producers, then takes
   * the findings. Gives up after {@code patience} and reports what it saw then.
   */
  Findings awaitConvergence(Duration patience) throws Exception {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      Findings findings = findings();
      boolean converged =
          findings.outboxRowsNotPublished().values().stream().allMatch(Set::isEmpty)
              && findings.adoptedInProducer().equals(findings.adoptedInReplica())
              && findings.adoptedInProducer().equals(findings.adoptedInIndicator())
              && findings.reportsInProducer().equals(findings.reportsInIndicator())
              && findings.inboxMismatches().isEmpty()
              && findings.partitionsUnderReplicated().isEmpty();
      if (converged || System.nanoTime() > deadline) {
        return findings;
      }
      RunningSuite.sleep(Duration.ofSeconds(1));
    }
  }

  private Findings findings() throws Exception {
    try (Connection db = stack.services.connect()) {
      Set<UUID> programmes = uuids(db, "select id from programme.programme");
      Set<Adoption> adopted =
          adoptions(
              db,
              "select programme_id, number from programme.programme_version"
                  + " where status in ('ADOPTED', 'SUPERSEDED')");
      // A draft report has events once it is submitted, or once the overdue check has marked it.
      Map<UUID, String> reports =
          statuses(
              db,
              "select id, status from reporting.report"
                  + " where status <> 'DRAFT' or overdue_at is not null");
      Set<UUID> observations = uuids(db, "select id from indicator.observation");

      Map<String, TopicContents> topics = new LinkedHashMap<>();
      for (String topic : TOPICS) {
        topics.put(topic, TopicContents.read(stack.kafka.bootstrapServers(), topic));
      }
      Map<String, Long> overdueEvents = overdueEventsPerReport(topics.get(REPORT_TOPIC));
      Map<String, Set<String>> withoutOutbox = new LinkedHashMap<>();
      Map<String, Set<String>> notPublished = new LinkedHashMap<>();
      for (var entry : topics.entrySet()) {
        String schema = PRODUCERS.get(entry.getKey()).schema;
        Set<String> outbox =
            strings(
                db,
                "select event_id::text from "
                    + schema
                    + ".outbox where topic = '"
                    + entry.getKey()
                    + "'");
        Set<String> published = entry.getValue().distinct().keySet();
        withoutOutbox.put(entry.getKey(), difference(published, outbox));
        notPublished.put(entry.getKey(), difference(outbox, published));
      }
      return new Findings(
          difference(acknowledged.programmes, programmes),
          difference(acknowledged.adoptions, adopted),
          reportsLost(reports),
          difference(acknowledged.observations, observations),
          adopted,
          adoptions(db, "select programme_id, version_number from reporting.replica_version"),
          adoptions(db, "select programme_id, version_number from indicator.programme_fact"),
          replicaBehindLatest(db, adopted),
          reports,
          statuses(db, "select report_id, status from indicator.report_fact"),
          withoutOutbox,
          notPublished,
          difference(adoptionEvents(topics.get(PROGRAMME_TOPIC)), adopted),
          difference(
              observationEvents(topics.get(INDICATOR_TOPIC)),
              observations.stream().map(UUID::toString).collect(Collectors.toSet())),
          perTopic(topics, contents -> contents.records.size()),
          perTopic(topics, TopicContents::duplicateRecords),
          perTopic(topics, TopicContents::aggregatesOutOfOrder),
          inboxes(db),
          perTopic(topics, contents -> contents.distinct().size()),
          duplicateEffectRows(db, adopted.size()),
          strings(
              db, "select title_uk from programme.programme group by title_uk having count(*) > 1"),
          overdueEvents.size(),
          overdueEvents.entrySet().stream()
              .filter(e -> e.getValue() > 1)
              .map(Map.Entry::getKey)
              .collect(Collectors.toSet()),
          stack.kafka.underReplicated(TOPICS));
    }
  }

  /** Distinct ReportOverdue events per report: more than one means two instances marked it. */
  private static Map<String, Long> overdueEventsPerReport(TopicContents reportTopic) {
    return reportTopic.distinct().values().stream()
        .filter(event -> REPORT_OVERDUE.equals(event.type()))
        .collect(Collectors.groupingBy(TopicContents.Event::key, Collectors.counting()));
  }

  /** Acknowledged reports the producer lost, or holds in an earlier state than acknowledged. */
  private Set<UUID> reportsLost(Map<UUID, String> producer) {
    Set<UUID> lost = new HashSet<>();
    acknowledged.reportStatus.forEach(
        (id, status) -> {
          String held = producer.get(id);
          if (held == null || "ACCEPTED".equals(status) && !"ACCEPTED".equals(held)) {
            lost.add(id);
          }
        });
    return lost;
  }

  /** Programmes whose replica row does not carry the highest adopted version number. */
  private static Set<UUID> replicaBehindLatest(Connection db, Set<Adoption> adopted)
      throws SQLException {
    Map<UUID, Integer> latest = new HashMap<>();
    adopted.forEach(a -> latest.merge(a.programmeId(), a.number(), Math::max));
    Set<Adoption> replica =
        adoptions(db, "select programme_id, latest_version from reporting.replica_programme");
    return latest.entrySet().stream()
        .filter(e -> !replica.contains(new Adoption(e.getKey(), e.getValue())))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  /**
   * Rows beyond one effect per event: the projections' per-version rows against what one
   * application of each adopted version writes.
   */
  private static long duplicateEffectRows(Connection db, int adoptedVersions) throws SQLException {
    long measures = count(db, "select count(*) from reporting.replica_measure");
    long replicaPlans = count(db, "select count(*) from reporting.replica_plan");
    long indicatorPlans = count(db, "select count(*) from indicator.programme_year_plan");
    return Math.max(0, measures - (long) adoptedVersions * MEASURES_PER_VERSION)
        + Math.max(0, replicaPlans - (long) adoptedVersions * YEARS_PER_VERSION)
        + Math.max(0, indicatorPlans - (long) adoptedVersions * YEARS_PER_VERSION);
  }

  private static Map<String, InboxTally> inboxes(Connection db) throws SQLException {
    Map<String, InboxTally> tallies = new LinkedHashMap<>();
    for (Service service : Service.values()) {
      try (Statement statement = db.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "select consumer, topic, count(*), sum(redeliveries) from "
                      + service.schema
                      + ".inbox group by consumer, topic order by consumer, topic")) {
        while (rows.next()) {
          tallies.put(
              rows.getString(1) + " " + rows.getString(2),
              new InboxTally(rows.getLong(3), rows.getLong(4)));
        }
      }
    }
    return tallies;
  }

  private static Set<Adoption> adoptionEvents(TopicContents programmeTopic) {
    return programmeTopic.distinct().values().stream()
        .filter(event -> event.type().contains("ProgrammeVersionAdopted"))
        .map(
            event ->
                new Adoption(
                    UUID.fromString(event.data().get("programmeId").asText()),
                    event.data().get("versionNumber").asInt()))
        .collect(Collectors.toSet());
  }

  private static Set<String> observationEvents(TopicContents indicatorTopic) {
    return indicatorTopic.distinct().values().stream()
        .filter(event -> event.type().contains("ObservationRecorded"))
        .map(event -> event.data().get("id").asText())
        .collect(Collectors.toSet());
  }

  private static <T> Map<String, T> perTopic(
      Map<String, TopicContents> topics, Function<TopicContents, T> measure) {
    Map<String, T> values = new LinkedHashMap<>();
    topics.forEach((topic, contents) -> values.put(topic, measure.apply(contents)));
    return values;
  }

  private static <T> Set<T> difference(Set<T> from, Set<T> without) {
    Set<T> rest = new HashSet<>(from);
    rest.removeAll(without);
    return rest;
  }

  /** Reads one value from each row of a result. */
  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private static <T> Set<T> rows(Connection db, String sql, RowReader<T> reader)
      throws SQLException {
    Set<T> values = new HashSet<>();
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(reader.read(rows));
      }
    }
    return values;
  }

  private static Set<UUID> uuids(Connection db, String sql) throws SQLException {
    return rows(db, sql, row -> row.getObject(1, UUID.class));
  }

  private static Set<String> strings(Connection db, String sql) throws SQLException {
    return rows(db, sql, row -> row.getString(1));
  }

  private static Set<Adoption> adoptions(Connection db, String sql) throws SQLException {
    return rows(db, sql, row -> new Adoption(row.getObject(1, UUID.class), row.getInt(2)));
  }

  private static Map<UUID, String> statuses(Connection db, String sql) throws SQLException {
    return rows(db, sql, row -> Map.entry(row.getObject(1, UUID.class), row.getString(2))).stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** The single number a query such as {@code select count(*) ...} returns. */
  static long count(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
