package io.dtmonitor.reporting.report;

import static io.dtmonitor.platform.http.Decimals.normalize;

import io.dtmonitor.reporting.replica.ProgrammeReplica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps the reports still awaiting submission on the version in force at their period's end. A
 * report takes its lines from that version when it is opened; when a version adopted later takes
 * effect by the period's end (an amendment in force from March, arriving after the region opened
 * its first-quarter report), the draft follows it: each measure of the new version keeps the
 * figures already entered for it and takes the new plan, new measures get empty lines, and lines of
 * measures the amendment removed go, named in the report's history with what they held. Submitted
 * and accepted reports keep the version they were submitted against.
 */
@ApplicationScoped
public class ReportRebase {

  /** Who the history names for the change. */
  static final String ACTOR = "system";

  private final ReportRepository reports;
  private final ReportTransitionRepository transitions;
  private final ProgrammeReplica replica;
  private final Clock clock;

  public ReportRebase(
      ReportRepository reports,
      ReportTransitionRepository transitions,
      ProgrammeReplica replica,
      Clock clock) {
    this.reports = reports;
    this.transitions = transitions;
    this.replica = replica;
    this.clock = clock;
  }

  /** Moves the programme's open reports to the version now in force at their period's end. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void followVersionsInForce(UUID programmeId) {
    Instant now = clock.instant();
    for (Report report : reports.awaitingSubmission(programmeId)) {
      Period period = Period.parse(report.period, "period");
      replica
          .versionInForce(programmeId, period.lastDay())
          .filter(version -> version != report.programmeVersion)
          .ifPresent(version -> rebase(report, version, period.year(), now));
    }
  }

  private void rebase(Report report, int version, int year, Instant now) {
    Map<String, ReportLine> old = new LinkedHashMap<>();
    report.lines.forEach(line -> old.put(line.measureCode, line));
    List<ReportLine> lines = new ArrayList<>();
    for (ProgrammeReplica.MeasurePlan plan : replica.plan(report.programmeId, version, year)) {
      ReportLine line = old.containsKey(plan.code()) ? old.remove(plan.code()) : new ReportLine();
      line.measureCode = plan.code();
      line.measureTitle = plan.title();
      line.plannedFixed = plan.fixedAmount();
      line.plannedWithinFunding = plan.withinFunding();
      line.plannedHasFixed = plan.hasFixed();
      lines.add(line);
    }
    String reason =
        "version "
            + version
            + " is in force at the period's end, in place of version "
            + report.programmeVersion
            + removed(old.values());
    report.lines = lines;
    report.programmeVersion = version;
    report.updatedAt = now;
    report.updatedBy = ACTOR;
    transitions.record(
        report, Transition.REBASED, report.status, report.status, ACTOR, now, reason, null);
  }

  /** The lines the new version has no measure for, with what was entered in them. */
  private static String removed(Iterable<ReportLine> lines) {
    List<String> removed = new ArrayList<>();
    for (ReportLine line : lines) {
      removed.add(
          line.measureCode
              + (line.fundedYtd == null && line.spentYtd == null
                  ? ""
                  : " (funded "
                      + normalize(line.fundedYtd)
                      + ", spent "
                      + normalize(line.spentYtd)
                      + ")"));
    }
    return removed.isEmpty()
        ? ""
        : "; lines of measures no longer in it removed: " + String.join(", ", removed);
  }
}
