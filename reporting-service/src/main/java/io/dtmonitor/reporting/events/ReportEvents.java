package io.dtmonitor.reporting.events;

import static io.dtmonitor.platform.http.Decimals.normalize;

import io.dtmonitor.platform.events.EventKind;
import io.dtmonitor.platform.outbox.OutboxWriter;
import io.dtmonitor.reporting.report.Report;
import io.dtmonitor.reporting.report.ReportLine;
import io.dtmonitor.reporting.report.Transition;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** The events reporting-service publishes on {@value #TOPIC}, written through the outbox. */
@ApplicationScoped
public class ReportEvents {

  public static final String TOPIC = "dtm.report.events.v1";
  public static final String SUBMITTED = "io.dtmonitor.report.ReportSubmitted.v1";
  public static final String RETURNED = "io.dtmonitor.report.ReportReturned.v1";
  public static final String ACCEPTED = "io.dtmonitor.report.ReportAccepted.v1";
  public static final String REOPENED = "io.dtmonitor.report.ReportReopened.v1";
  public static final String OVERDUE = "io.dtmonitor.report.ReportOverdue.v1";

  private static final Map<Transition, EventKind> KINDS =
      Map.of(
          Transition.SUBMITTED, kind(SUBMITTED),
          Transition.RETURNED, kind(RETURNED),
          Transition.ACCEPTED, kind(ACCEPTED),
          Transition.REOPENED, kind(REOPENED),
          Transition.OVERDUE, kind(OVERDUE));

  private final OutboxWriter outbox;

  public ReportEvents(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  /** Publishes the event of {@code transition}; transitions without an event publish nothing. */
  public void transitioned(
      Report report, Transition transition, String actor, Instant at, String reason) {
    EventKind kind = KINDS.get(transition);
    if (kind == null) {
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
    outbox.append(kind.about(report.id.toString(), report.regionCode, at, data));
  }

  private static EventKind kind(String type) {
    return new EventKind(TOPIC, type, "report");
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
