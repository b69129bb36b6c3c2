package io.dtmonitor.reporting.expected;

import io.dtmonitor.platform.persistence.DatabaseFailures;
import io.dtmonitor.reporting.expected.ScheduledTerms.ScheduledTerm;
import io.dtmonitor.reporting.replica.ProgrammeReplica.ReplicaProgramme;
import io.dtmonitor.reporting.report.Period;
import io.dtmonitor.reporting.report.ReportRepository;
import io.dtmonitor.reporting.report.ReportService;
import io.dtmonitor.reporting.schedule.DueRules;
import io.dtmonitor.reporting.schedule.ReportingSchedule;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Chases the expected reports nobody started: once the due date of such a period has passed (the
 * end of that day in the schedule's zone), the check opens its report as a draft prefilled from the
 * version in force, marks it overdue and publishes {@code ReportOverdue}, in one transaction per
 * report, so consumers count it as missing like any other overdue report. A report opens once: the
 * region and the check take the same lock on the period, and whichever comes second finds it. The
 * region later starts the opened report by creating it or filling it in.
 */
@ApplicationScoped
public class MissedReports {

  private static final Logger LOG = Logger.getLogger(MissedReports.class);

  private final ScheduledTerms scheduledTerms;
  private final ReportRepository reports;
  private final ReportService service;
  private final Clock clock;
  private final ExpectedReportsConfig config;

  public MissedReports(
      ScheduledTerms scheduledTerms,
      ReportRepository reports,
      ReportService service,
      Clock clock,
      ExpectedReportsConfig config) {
    this.scheduledTerms = scheduledTerms;
    this.reports = reports;
    this.service = service;
    this.clock = clock;
    this.config = config;
  }

  @Scheduled(
      every = "${dtm.reporting.overdue-check}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      identity = "missed-report-check")
  void scheduled() {
    try {
      openOverdue(clock.instant());
    } catch (RuntimeException e) {
      if (!DatabaseFailures.isUnavailable(e)) {
        throw e;
      }
      LOG.warnf("Missed-report check skipped, the database is unavailable: %s", e.toString());
    }
  }

  /** Opens and marks every expected report nobody started that is overdue at {@code now}. */
  public int openOverdue(Instant now) {
    Instant at = now.truncatedTo(ChronoUnit.MICROS);
    // The widest zone offset is +14h: a due date before tomorrow in UTC covers every zone.
    LocalDate dueBefore = LocalDate.ofInstant(at, ZoneId.of("UTC")).plusDays(1);
    List<Missed> candidates = QuarkusTransaction.requiringNew().call(() -> missing(dueBefore));
    int opened = 0;
    for (Missed missed : candidates) {
      if (open(missed, at)) {
        opened++;
      }
    }
    return opened;
  }

  /** An expected period without a report, due before the check's horizon. */
  private record Missed(
      ReplicaProgramme programme, Period period, LocalDate dueDate, String zone) {}

  private List<Missed> missing(LocalDate dueBefore) {
    Set<String> reported = reports.periodKeys();
    List<Missed> missing = new ArrayList<>();
    for (ScheduledTerm term : scheduledTerms.of(Optional.empty(), Optional.empty())) {
      ReplicaProgramme programme = term.programme();
      ReportingSchedule schedule = term.schedule();
      // A period's due date falls in the year after it at the latest.
      int first = Math.max(programme.firstYear(), config.from().getYear() - 1);
      int last = Math.min(programme.lastYear(), dueBefore.getYear());
      for (int year = first; year <= last; year++) {
        for (Period period : term.expectedPeriods(year)) {
          LocalDate due = DueRules.dueDate(period, schedule.dueDay);
          if (!due.isBefore(config.from())
              && due.isBefore(dueBefore)
              && !reported.contains(programme.id() + "/" + period)) {
            missing.add(new Missed(programme, period, due, schedule.zone));
          }
        }
      }
    }
    return missing;
  }

  private boolean open(Missed missed, Instant at) {
    if (!at.atZone(ZoneId.of(missed.zone())).toLocalDate().isAfter(missed.dueDate())) {
      return false;
    }
    try {
      return QuarkusTransaction.requiringNew()
          .call(() -> service.openOverdue(missed.programme(), missed.period(), at));
    } catch (RuntimeException e) {
      if (!DatabaseFailures.isConcurrentUpdate(e)) {
        throw e;
      }
      LOG.debugf(
          "The report of %s %s changed while it was being opened; the next run decides",
          missed.programme().id(), missed.period());
      return false;
    }
  }
}
