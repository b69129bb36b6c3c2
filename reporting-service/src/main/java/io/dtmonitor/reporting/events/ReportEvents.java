package io.dtmonitor.reporting.events;

import static io.dtmonitor.platform.http.Decimals.normalize;

import io.dtmonitor.platform.events.OutgoingEvent;
import io.dtmonitor.platform.outbox.OutboxWriter;
import io.dtmonitor.reporting.report.Report;
import io.dtmonitor.reporting.report.ReportLine;
import io.dtmonitor.reporting.report.Transition;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The events reporting-service publishes on {@value #TOPIC}, written through the outbox. */
@ApplicationScoped
public class ReportEvents {

  public static final String TOPIC = "dtm.report.events.v1";
  public static final String SUBMITTED = "io.dtmonitor.report.ReportSubmitted.v1";
  public static final String RETURNED = "io.dtmonitor.report.ReportReturned.v1";
  public static final String ACCEPTED = "io.dtmonitor.report.ReportAccepted.v1";
  public static final String REOPENED = "io.dtmonitor.report.ReportReopened.v1";
  public static final String OVERDUE = "io.dtmonitor.report.ReportOverdue.v1";

  private static final String SCHEMA_BASE = "https://dtmonitor.io/schemas/events/";
  private static final Map<Transition, String[]> TYPES =
      Map.of(
          Transition.SUBMITTED, new String[] {SUBMITTED, "report-submitted.v1"},
          Transition.RETURNED, new String[] {RETURNED, "report-returned.v1"},
          Transition.ACCEPTED, new String[] {ACCEPTED, "report-accepted.v1"},
          Transition.REOPENED, new String[] {REOPENED, "report-reopened.v1"},
          Transition.OVERDUE, new String[] {OVERDUE, "report-overdue.v1"});

  private final OutboxWriter outbox;

  public ReportEvents(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  /** Publishes the event of {@code transition}; transitions without an event publish nothing. */
  public void transitioned(
      Report report, Transition transition, String actor, Instant at, String reason) {
    String[] type = TYPES.get(transition);
    if (type == null) {
      return;
    }
    ReportEventData data =
        new ReportEventData(
            report.id,
            report.programmeId,
            report.regionCode,
            report.currency,
            report.period,
            report.periodType.name(),
            report.programmeVersion,
            report.status.name(),
            report.dueDate,
            report.dueZone,
            report.submittedAt,
            report.daysLate,
            report.submissions,
            transition.name(),
            actor,
            at,
            reason,
            totals(report),
            report.lines.stream()
                .map(
                    line ->
                        new ReportEventData.Line(
                            line.measureCode,
                            normalize(line.plannedFixed),
                            line.plannedWithinFunding,
                            normalize(line.fundedYtd),
                            normalize(line.spentYtd),
                            line.measureStatus.name()))
                .toList());
    outbox.append(
        new OutgoingEvent(
            UUID.randomUUID(),
            TOPIC,
            type[0],
            SCHEMA_BASE + type[1] + ".schema.json",
            "report",
            report.id.toString(),
            report.regionCode,
            at,
            data));
  }

  private static ReportEventData.Totals totals(Report report) {
    return new ReportEventData.Totals(
        normalize(sum(report, line -> line.plannedFixed)),
        report.lines.stream().anyMatch(line -> line.plannedWithinFunding),
        normalize(sum(report, line -> line.fundedYtd)),
        normalize(sum(report, line -> line.spentYtd)));
  }

  private static BigDecimal sum(
      Report report, java.util.function.Function<ReportLine, BigDecimal> value) {
    return report.lines.stream()
        .map(value)
        .filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
