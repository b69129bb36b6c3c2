package io.dtmonitor.reporting.report;

import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.reporting.replica.ProgrammeReplica;
import io.dtmonitor.reporting.replica.ProgrammeReplica.ReplicaProgramme;
import io.dtmonitor.reporting.schedule.DueRules;
import io.dtmonitor.reporting.schedule.ReportingSchedule;
import io.dtmonitor.reporting.schedule.ScheduleService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Makes the report of a programme's period as the schedule and the version in force at the period's
 * end say: its due date and zone, and a line per measure prefilled with the year's plan. The region
 * opens reports by creating them; the overdue check opens those nobody started.
 */
@ApplicationScoped
public class ReportOpener {

  private final ProgrammeReplica replica;
  private final ScheduleService schedules;

  public ReportOpener(ProgrammeReplica replica, ScheduleService schedules) {
    this.replica = replica;
    this.schedules = schedules;
  }

  /**
   * A new draft of {@code period}, not yet stored: 400 when the period is outside the programme's
   * term or its schedule, 409 when no version is in force at the period's end.
   */
  public Report open(ReplicaProgramme programme, Period period, String actor, Instant now) {
    if (period.year() < programme.firstYear() || period.year() > programme.lastYear()) {
      throw ProblemException.invalid(
          "period",
          "is outside the programme's term " + programme.firstYear() + "-" + programme.lastYear());
    }
    ReportingSchedule schedule = schedules.effective(programme.id(), programme.regionCode());
    if (!schedule.requires(period.type())) {
      throw ProblemException.invalid(
          "period", "the programme's schedule has no " + period.type() + " reports");
    }
    int version =
        replica
            .versionInForce(programme.id(), period.lastDay())
            .orElseThrow(
                () ->
                    ProblemException.conflict(
                        "No version of the programme is in force on " + period.lastDay()));
    Report report = new Report();
    report.id = UUID.randomUUID();
    report.programmeId = programme.id();
    report.regionCode = programme.regionCode();
    report.currency = programme.currency();
    report.period = period.toString();
    report.periodType = period.type();
    report.year = period.year();
    report.quarter = period.quarter();
    report.programmeVersion = version;
    report.status = ReportStatus.DRAFT;
    report.dueDate = DueRules.dueDate(period, schedule.dueDay);
    report.dueZone = schedule.zone;
    report.createdAt = now;
    report.createdBy = actor;
    report.updatedAt = now;
    report.updatedBy = actor;
    for (ProgrammeReplica.MeasurePlan plan : replica.plan(programme.id(), version, period.year())) {
      ReportLine line = new ReportLine();
      line.measureCode = plan.code();
      line.measureTitle = plan.title();
      line.plannedFixed = plan.fixedAmount();
      line.plannedWithinFunding = plan.withinFunding();
      line.plannedHasFixed = plan.hasFixed();
      report.lines.add(line);
    }
    return report;
  }
}
