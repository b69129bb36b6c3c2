package io.dtmonitor.reporting.expected;

import io.dtmonitor.reporting.replica.ProgrammeReplica;
import io.dtmonitor.reporting.replica.ProgrammeReplica.ProgrammeKey;
import io.dtmonitor.reporting.replica.ProgrammeReplica.ProgrammeTerm;
import io.dtmonitor.reporting.replica.ProgrammeReplica.ReplicaProgramme;
import io.dtmonitor.reporting.report.Period;
import io.dtmonitor.reporting.schedule.ReportingSchedule;
import io.dtmonitor.reporting.schedule.ScheduleService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The programmes in force with the reporting schedule that applies to each, read in two queries:
 * what both the expected-reports view and the missed-report check start from.
 */
@ApplicationScoped
class ScheduledTerms {

  /** A programme, the date its first adopted version took effect, and its effective schedule. */
  record ScheduledTerm(
      ReplicaProgramme programme, LocalDate inForceFrom, ReportingSchedule schedule) {

    /** The periods of {@code year} this programme's schedule asks a report for. */
    List<Period> expectedPeriods(int year) {
      return ExpectedPeriods.of(
          year, programme.firstYear(), programme.lastYear(), inForceFrom, schedule);
    }
  }

  private final ProgrammeReplica replica;
  private final ScheduleService schedules;

  ScheduledTerms(ProgrammeReplica replica, ScheduleService schedules) {
    this.replica = replica;
    this.schedules = schedules;
  }

  /**
   * The programmes whose term includes {@code year} (every programme when empty), of {@code region}
   * when given, in region and id order.
   */
  List<ScheduledTerm> of(Optional<Integer> year, Optional<String> region) {
    return scheduled(replica.terms(year, region));
  }

  /** A window of {@link #of}: up to {@code limit} programmes from {@code from} on. */
  List<ScheduledTerm> of(
      int year,
      Optional<String> region,
      Optional<ProgrammeKey> from,
      boolean inclusive,
      int limit) {
    return scheduled(replica.terms(Optional.of(year), region, from, inclusive, limit));
  }

  private List<ScheduledTerm> scheduled(List<ProgrammeTerm> terms) {
    Map<UUID, ReportingSchedule> effective =
        schedules.effective(
            terms.stream()
                .map(ProgrammeTerm::programme)
                .collect(Collectors.toMap(ReplicaProgramme::id, ReplicaProgramme::regionCode)));
    return terms.stream()
        .map(
            term ->
                new ScheduledTerm(
                    term.programme(), term.inForceFrom(), effective.get(term.programme().id())))
        .toList();
  }
}
