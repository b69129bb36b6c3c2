package io.dtmonitor.reporting.report;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Marks reports still open after their due date (the end of that day in the schedule's zone) as
 * overdue and publishes {@code ReportOverdue}, once per report: the mark is written in the same
 * transaction as the event.
 */
@ApplicationScoped
public class OverdueCheck {

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
    run(clock.instant());
  }

  /** Marks what is overdue at {@code now}; returns how many reports it marked. */
  @Transactional
  public int run(Instant now) {
    Instant at = now.truncatedTo(ChronoUnit.MICROS);
    int marked = 0;
    // The widest zone offset is +14h: a due date before tomorrow in UTC covers every zone.
    LocalDate candidatesBefore = LocalDate.ofInstant(at, ZoneId.of("UTC")).plusDays(1);
    for (Report report : reports.pastDueUnmarked(candidatesBefore)) {
      LocalDate today = at.atZone(ZoneId.of(report.dueZone)).toLocalDate();
      if (today.isAfter(report.dueDate)) {
        service.markOverdue(report, at);
        marked++;
      }
    }
    return marked;
  }
}
