package io.dtmonitor.reporting.expected;

import io.dtmonitor.platform.security.RegionAccess;
import io.dtmonitor.reporting.expected.ScheduledTerms.ScheduledTerm;
import io.dtmonitor.reporting.replica.ProgrammeReplica.ReplicaProgramme;
import io.dtmonitor.reporting.report.Period;
import io.dtmonitor.reporting.report.PeriodType;
import io.dtmonitor.reporting.report.Report;
import io.dtmonitor.reporting.report.ReportRepository;
import io.dtmonitor.reporting.schedule.DueRules;
import io.dtmonitor.reporting.schedule.ReportingSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The reports expected of every programme in force, from its reporting schedule alone (DHIS2's
 * "expected reports"): each period the schedule asks for, once a version is in force at the
 * period's end, whether or not anyone created its report, and every period that has a report.
 * Periods due before {@link ExpectedReportsConfig#from} are expected only where a report exists.
 */
@ApplicationScoped
public class ExpectedReportService {

  private static final Comparator<Period> PERIOD_ORDER =
      Comparator.<Period>comparingInt(Period::year)
          .thenComparingInt(period -> period.type() == PeriodType.YEAR ? 5 : period.quarter());

  private final ScheduledTerms scheduledTerms;
  private final ReportRepository reports;
  private final RegionAccess access;
  private final Clock clock;
  private final ExpectedReportsConfig config;

  public ExpectedReportService(
      ScheduledTerms scheduledTerms,
      ReportRepository reports,
      RegionAccess access,
      Clock clock,
      ExpectedReportsConfig config) {
    this.scheduledTerms = scheduledTerms;
    this.reports = reports;
    this.access = access;
    this.clock = clock;
    this.config = config;
  }

  /**
   * The expected reports of a year as the caller may see them: the workflow state where it may read
   * the region's unpublished reports, only what is public elsewhere.
   */
  public ExpectedReportList list(int year, Optional<String> region, Optional<ExpectedState> state) {
    Instant now = clock.instant();
    return new ExpectedReportList(
        year,
        expectations(year, region).stream()
            .map(expectation -> shown(expectation, now))
            .filter(shown -> state.map(wanted -> wanted == shown.state()).orElse(true))
            .toList());
  }

  /** Every expected report of a year, of one region when given, in region and period order. */
  public List<Expectation> expectations(int year, Optional<String> region) {
    Map<UUID, Map<String, Report>> reported =
        reports.ofYear(year, region).stream()
            .collect(
                Collectors.groupingBy(
                    report -> report.programmeId,
                    Collectors.toMap(report -> report.period, report -> report)));
    List<Expectation> expected = new ArrayList<>();
    for (ScheduledTerm term : scheduledTerms.of(Optional.of(year), region)) {
      ReplicaProgramme programme = term.programme();
      ReportingSchedule schedule = term.schedule();
      Map<String, Report> ofProgramme = reported.getOrDefault(programme.id(), Map.of());
      TreeSet<Period> periods = new TreeSet<>(PERIOD_ORDER);
      periods.addAll(term.expectedPeriods(year));
      ofProgramme.keySet().forEach(period -> periods.add(Period.parse(period, "period")));
      for (Period period : periods) {
        Report report = ofProgramme.get(period.toString());
        Expectation expectation =
            report == null
                ? new Expectation(
                    programme,
                    period,
                    DueRules.dueDate(period, schedule.dueDay),
                    schedule.zone,
                    null)
                : new Expectation(programme, period, report.dueDate, report.dueZone, report);
        if (report != null || !expectation.dueDate().isBefore(config.from())) {
          expected.add(expectation);
        }
      }
    }
    return expected;
  }

  private ExpectedReport shown(Expectation expectation, Instant now) {
    ReplicaProgramme programme = expectation.programme();
    Report report = expectation.report();
    boolean unpublished = access.canReadUnpublished(programme.regionCode());
    boolean readable = report != null && (unpublished || report.isPublic());
    return new ExpectedReport(
        programme.id(),
        programme.titleUk(),
        programme.regionCode(),
        expectation.period().toString(),
        expectation.period().type(),
        expectation.dueDate(),
        expectation.dueZone(),
        unpublished ? expectation.state() : expectation.state().published(),
        readable ? report.id : null,
        readable ? report.submittedAt : null,
        expectation.daysLate(now),
        expectation.overdue(now));
  }
}
