package io.dtmonitor.reporting.expected;

import io.dtmonitor.reporting.replica.ProgrammeReplica.ReplicaProgramme;
import io.dtmonitor.reporting.report.Period;
import io.dtmonitor.reporting.report.Report;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A report the schedule expects, as it stands at a moment: the report, when one exists. Due once
 * its due date has come in its zone; received once submitted (a returned report was received); on
 * time when first submitted by the due date; overdue when not received after the due date.
 */
public record Expectation(
    ReplicaProgramme programme, Period period, LocalDate dueDate, String dueZone, Report report) {

  public ExpectedState state() {
    if (report == null || report.startedAt == null) {
      return ExpectedState.NOT_STARTED;
    }
    return ExpectedState.valueOf(report.status.name());
  }

  public boolean received() {
    return report != null && report.submissions > 0;
  }

  public boolean onTime() {
    return received() && report.daysLate != null && report.daysLate == 0;
  }

  public boolean due(Instant now) {
    return !today(now).isBefore(dueDate);
  }

  public boolean overdue(Instant now) {
    return !received() && today(now).isAfter(dueDate);
  }

  /** Days late at first submission; for a report not received yet, days late so far. */
  public Integer daysLate(Instant now) {
    if (received()) {
      return report.daysLate;
    }
    return overdue(now) ? (int) ChronoUnit.DAYS.between(dueDate, today(now)) : null;
  }

  private LocalDate today(Instant now) {
    return now.atZone(ZoneId.of(dueZone)).toLocalDate();
  }
}
