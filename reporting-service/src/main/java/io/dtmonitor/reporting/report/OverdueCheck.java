package io.dtmonitor.reporting.report;

import io.dtmonitor.platform.persistence.DatabaseFailures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Marks reports still open after their due date (the end of that day in the schedule's zone) as
 * overdue and publishes {@code ReportOverdue}, once per report: the mark is written in the same
 * transaction as the event. Each report is marked in a transaction of its own, under the report's
 * row lock: a submission racing the check either waits for the mark or is seen by it, and the mark
 * does not move the report's version, so the region's next write is not refused for it.
 */
@ApplicationScoped
public class OverdueCheck {

  private static final Logger LOG = Logger.getLogger(OverdueCheck.class);

  private final ReportRepository reports;
  private final ReportService service;
  private final Clock clock;

  public OverdueCheck(ReportRepository reports, ReportService service, Clock clock) {
    this.reports = reports;
    this.service = service;
    this.clock = clock;
  }

  @Scheduled(
      every = "${dtm.reporting.overdue-check}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      identity = "overdue-check")
  void scheduled() {
    try {
      run(clock.instant());
    } catch (RuntimeException e) {
      if (!DatabaseFailures.isUnavailable(e)) {
        throw e;
      }
      // An outage is not a fault of the check: what it did not mark, the next run marks.
      LOG.warnf("Overdue check skipped, the database is unavailable: %s", e.toString());
    }
  }

  /** Marks what is overdue at {@code now}; returns how many reports it marked. */
  public int run(Instant now) {
    Instant at = now.truncatedTo(ChronoUnit.MICROS);
    // The widest zone offset is +14h: a due date before tomorrow in UTC covers every zone.
    LocalDate candidatesBefore = LocalDate.ofInstant(at, ZoneId.of("UTC")).plusDays(1);
    List<UUID> candidates =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    reports.pastDueUnmarked(candidatesBefore).stream()
                        .map(report -> report.id)
                        .toList());
    int marked = 0;
    for (UUID id : candidates) {
      if (markIfOverdue(id, at)) {
        marked++;
      }
    }
    return marked;
  }

  private boolean markIfOverdue(UUID id, Instant at) {
    try {
      return QuarkusTransaction.requiringNew()
          .call(
              () -> {
                // Locked, since the mark does not move the version: a submission racing the check
                // waits for it, or is seen by it.
                Report report = reports.findById(id, LockModeType.PESSIMISTIC_WRITE);
                if (report == null || report.overdueAt != null || !report.awaitsSubmission()) {
                  return false;
                }
                LocalDate today = at.atZone(ZoneId.of(report.dueZone)).toLocalDate();
                if (!today.isAfter(report.dueDate)) {
                  return false;
                }
                service.markOverdue(report, at);
                return true;
              });
    } catch (RuntimeException e) {
      if (!DatabaseFailures.isConcurrentUpdate(e)) {
        throw e;
      }
      LOG.debugf("Report %s changed while it was being marked overdue; the next run decides", id);
      return false;
    }
  }
}
