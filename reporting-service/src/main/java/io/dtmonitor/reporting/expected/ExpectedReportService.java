package io.dtmonitor.reporting.expected;

import io.dtmonitor.platform.paging.Page;
import io.dtmonitor.platform.paging.PageRequest;
import io.dtmonitor.platform.security.RegionAccess;
import io.dtmonitor.reporting.expected.ScheduledTerms.ScheduledTerm;
import io.dtmonitor.reporting.replica.ProgrammeReplica.ProgrammeKey;
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
   * One page of the expected reports of a year as the caller may see them: the workflow state where
   * it may read the region's unpublished reports, only what is public elsewhere. Pages run over the
   * programmes in region and id order, a window at a time, so a page reads no more programmes than
   * it shows (more only where the state filter drops some).
   */
  public Page<ExpectedReport> list(
      int year, Optional<String> region, Optional<ExpectedState> state, PageRequest page) {
    Instant now = clock.instant();
    Optional<ExpectedKey> after = page.after(ExpectedKey::parse);
    Optional<ProgrammeKey> from = after.map(ExpectedKey::programme);
    boolean inclusive = from.isPresent();
    List<ExpectedReport> shown = new ArrayList<>();
    while (shown.size() < page.fetchSize()) {
      List<ScheduledTerm> window =
          scheduledTerms.of(year, region, from, inclusive, page.fetchSize());
      for (Expectation expectation : expectations(year, window)) {
        if (after.map(key -> !key.precedes(expectation)).orElse(false)) {
          continue;
        }
        ExpectedReport report = shown(expectation, now);
        if (state.map(wanted -> wanted == report.state()).orElse(true)) {
          shown.add(report);
        }
      }
      if (window.size() < page.fetchSize()) {
        break;
      }
      ReplicaProgramme last = window.get(window.size() - 1).programme();
      from = Optional.of(new ProgrammeKey(last.regionCode(), last.id()));
      inclusive = false;
    }
    return page.toPage(
        shown.subList(0, Math.min(shown.size(), page.fetchSize())),
        report -> ExpectedKey.of(report).toString());
  }

  /** Every expected report of a year, of one region when given, in region and period order. */
  public List<Expectation> expectations(int year, Optional<String> region) {
    return expectations(year, scheduledTerms.of(Optional.of(year), region));
  }

  private List<Expectation> expectations(int year, List<ScheduledTerm> terms) {
    if (terms.isEmpty()) {
      return List.of();
    }
    Map<UUID, Map<String, Report>> reported =
        reports
            .ofProgrammes(year, terms.stream().map(term -> term.programme().id()).toList())
            .stream()
            .collect(
                Collectors.groupingBy(
                    report -> report.programmeId,
                    Collectors.toMap(report -> report.period, report -> report)));
    List<Expectation> expected = new ArrayList<>();
    for (ScheduledTerm term : terms) {
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

  /** Where an expected report sorts: its programme's place, then its period's. */
  private record ExpectedKey(ProgrammeKey programme, Period period) {

    static ExpectedKey of(ExpectedReport report) {
      return new ExpectedKey(
          new ProgrammeKey(report.regionCode(), report.programmeId()),
          Period.parse(report.period(), "pageToken"));
    }

    static ExpectedKey parse(String token) {
      String[] parts = token.split("\\|", 3);
      return new ExpectedKey(
          new ProgrammeKey(parts[0], UUID.fromString(parts[1])),
          Period.parse(parts[2], "pageToken"));
    }

    /**
     * Whether {@code expectation}, of this key's programme or a later one, sorts after this key.
     */
    boolean precedes(Expectation expectation) {
      return !expectation.programme().id().equals(programme.id())
          || PERIOD_ORDER.compare(period, expectation.period()) < 0;
    }

    @Override
    public String toString() {
      return programme.regionCode() + "|" + programme.id() + "|" + period;
    }
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
