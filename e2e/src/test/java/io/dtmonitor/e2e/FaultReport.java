package io.dtmonitor.e2e;

import io.dtmonitor.e2e.FaultAudit.Findings;
import io.dtmonitor.e2e.FaultInjector.Outage;
import io.dtmonitor.e2e.RunningSuite.Service;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The fault scenario's figures as the markdown that docs/reliability.md quotes. */
record FaultReport(
    FaultPlan plan,
    Acknowledged acknowledged,
    int chainsStarted,
    int chainsCompleted,
    List<Outage> outages,
    double writingSeconds,
    double convergenceSeconds,
    Findings findings,
    PipelineWatch watch) {

  /** Writes a service acknowledged while an outage of the given kind lasted. */
  long acknowledgedDuring(FaultPlan.Kind kind, Service service) {
    return acknowledgedDuring(outage -> outage.kind() == kind, service);
  }

  /** The highest consumer lag a service's instances reported during outages of the given kind. */
  double highestLagDuring(FaultPlan.Kind kind, Service service) {
    return outages.stream()
        .filter(outage -> outage.kind() == kind)
        .mapToDouble(outage -> watch.highestLagDuring(outage, service))
        .filter(lag -> !Double.isNaN(lag))
        .max()
        .orElse(Double.NaN);
  }

  private long acknowledgedDuring(Predicate<Outage> outages, Service service) {
    return acknowledged.acks().stream()
        .filter(ack -> ack.service() == service)
        .filter(ack -> this.outages.stream().anyMatch(o -> outages.test(o) && o.covers(ack.at())))
        .count();
  }

  String markdown() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "## Fault scenario, %s plan%n%n"
                + "%,d writes acknowledged in %.1f s (target %,d at %d requests/s); %d programme"
                + " chains started, %d complete; the pipeline had drained %.1f s after the last"
                + " write.%n%n",
            plan.name(),
            acknowledged.writes(),
            writingSeconds,
            plan.writes(),
            plan.perSecond(),
            chainsStarted,
            chainsCompleted,
            convergenceSeconds));
    out.append(
        "| fault | out for | writes acknowledged meanwhile (programme / reporting / indicator) |\n");
    out.append("|---|---|---|\n");
    for (Outage outage : outages) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s %s | %.1f s | %s |%n",
              outage.kind(),
              outage.what(),
              outage.seconds(),
              java.util.Arrays.stream(Service.values())
                  .map(service -> Long.toString(acknowledgedDuring(outage::equals, service)))
                  .collect(Collectors.joining(" / "))));
    }
    out.append("\n| failed write requests | count |\n|---|---|\n");
    for (CallFailure failure : CallFailure.values()) {
      out.append("| ").append(failure).append(" | ").append(acknowledged.failures(failure));
      out.append(" |\n");
    }
    out.append("| of which 5xx other than 503 | ").append(acknowledged.serverErrors());
    out.append(" |\n\n");
    out.append("| check | result |\n|---|---|\n");
    row(out, "acknowledged programmes lost", findings.programmesLost().size());
    row(out, "acknowledged adoptions lost", findings.adoptionsLost().size());
    row(out, "acknowledged report submissions/acceptances lost", findings.reportsLost().size());
    row(out, "acknowledged observations lost", findings.observationsLost().size());
    row(out, "adopted versions in programme-service", findings.adoptedInProducer().size());
    row(out, "... in reporting-service's replica", findings.adoptedInReplica().size());
    row(out, "... in indicator-service's projection", findings.adoptedInIndicator().size());
    row(
        out,
        "replica programmes not at their latest version",
        findings.replicaBehindLatest().size());
    row(
        out,
        "reports with events (submitted, reviewed or overdue) in reporting-service",
        findings.reportsInProducer().size());
    row(out, "... with the same status in indicator-service", sameStatus());
    row(
        out,
        "events published without an outbox row (rolled back)",
        total(findings.eventsWithoutOutboxRow()));
    row(out, "outbox rows never published", total(findings.outboxRowsNotPublished()));
    row(
        out,
        "adoption events for versions not adopted",
        findings.adoptionEventsWithoutAdoption().size());
    row(
        out,
        "observation events for observations not stored",
        findings.observationEventsWithoutObservation().size());
    row(out, "records on the topics", findings.topicRecords().toString());
    row(out, "duplicate publishes (same event id again)", findings.duplicatePublishes().toString());
    row(out, "aggregates whose events went back in time", total(findings.aggregatesOutOfOrder()));
    row(out, "duplicate deliveries to consumers (skipped by the inbox)", findings.redeliveries());
    row(out, "projection rows beyond one effect per event", findings.duplicateEffectRows());
    row(
        out,
        "consumers whose inbox does not hold each event once",
        findings.inboxMismatches().toString());
    row(out, "partitions below three in-sync replicas", findings.partitionsUnderReplicated());
    row(
        out,
        "highest indicator-service consumer lag (dtm_inbox_lag_events) while a replica was frozen",
        highestLagDuring(FaultPlan.Kind.REPLICA_FREEZE, Service.INDICATOR));
    row(out, "registrations replayed on the other replica", acknowledged.keysReplayed());
    row(
        out,
        "... answered other than the first time",
        acknowledged.replaysAnsweredDifferently().size());
    row(out, "programmes registered twice", findings.programmeTitlesTwice().size());
    row(out, "reports marked overdue", findings.reportsMarkedOverdue());
    row(out, "... marked twice", findings.reportsMarkedOverdueTwice().size());
    row(out, "standings read after an acknowledged write", acknowledged.standingsRead());
    row(out, "... older than that write", acknowledged.staleStandings().size());
    return out.toString();
  }

  private long sameStatus() {
    return findings.reportsInProducer().entrySet().stream()
        .filter(e -> e.getValue().equals(findings.reportsInIndicator().get(e.getKey())))
        .count();
  }

  private static long total(Map<String, ? extends java.util.Collection<?>> perTopic) {
    return perTopic.values().stream().mapToLong(java.util.Collection::size).sum();
  }

  private static void row(StringBuilder out, String check, Object result) {
    out.append("| ").append(check).append(" | ").append(result).append(" |\n");
  }
}
