package io.dtmonitor.indicator.projection;

import io.dtmonitor.platform.inbox.RegionPin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes programme and report events into the projections. Both writes are idempotent and tolerate
 * out-of-order delivery: an adopted version is written once, a report's row only moves forward in
 * event time (and an overdue mark, once made, stays).
 */
@ApplicationScoped
public class ProjectionWriter {

  private final EntityManager entityManager;

  public ProjectionWriter(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * The version and its yearly plan in one statement: the plan rows come from arrays bound as text,
   * so a poll of adoptions costs two round trips per event (inbox row, then this) however many
   * years a programme runs.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void programme(ProgrammeAdopted event) {
    requireSameRegion(event);
    var passport = event.content().passport();
    StringJoiner years = new StringJoiner(",", "{", "}");
    StringJoiner amounts = new StringJoiner(",", "{", "}");
    StringJoiner withinFunding = new StringJoiner(",", "{", "}");
    event
        .yearlyPlan()
        .forEach(
            (year, planned) -> {
              boolean fixed = "FIXED".equals(planned.kind());
              years.add(Integer.toString(Integer.parseInt(year)));
              amounts.add(fixed ? planned.amount().toPlainString() : "0");
              withinFunding.add(Boolean.toString(!fixed));
            });
    entityManager
        .createNativeQuery(
            """
            with fact as (
                insert into programme_fact (programme_id, version_number, region_code, currency, title_uk, first_year, last_year, effective_from)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing
                returning programme_id, version_number)
            insert into programme_year_plan (programme_id, version_number, year, planned_fixed, within_funding)
            select fact.programme_id, fact.version_number, plan.year, plan.planned_fixed, plan.within_funding
              from fact
             cross join unnest(cast(?9 as integer[]), cast(?10 as numeric[]), cast(?11 as boolean[]))
                        as plan (year, planned_fixed, within_funding)
            """)
        .setParameter(1, event.programmeId())
        .setParameter(2, event.versionNumber())
        .setParameter(3, event.regionCode())
        .setParameter(4, event.currency())
        .setParameter(5, passport.titleUk())
        .setParameter(6, passport.firstYear())
        .setParameter(7, passport.lastYear())
        .setParameter(8, event.effectiveFrom())
        .setParameter(9, years.toString())
        .setParameter(10, amounts.toString())
        .setParameter(11, withinFunding.toString())
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void report(ReportChanged event) {
    int year = Integer.parseInt(event.period().substring(0, 4));
    entityManager
        .createNativeQuery(
            """
            insert into report_fact (report_id, programme_id, region_code, currency, period, period_type, year, status, due_date,
                                     days_late, overdue, planned_fixed, funded_ytd, spent_ytd, accepted, event_time)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, cast(?10 as integer), ?11, ?12, ?13, ?14, ?15, ?16)
            on conflict (report_id) do update
               set status = excluded.status, days_late = coalesce(excluded.days_late, report_fact.days_late),
                   overdue = report_fact.overdue or excluded.overdue, planned_fixed = excluded.planned_fixed,
                   funded_ytd = excluded.funded_ytd, spent_ytd = excluded.spent_ytd, accepted = excluded.accepted,
                   event_time = excluded.event_time
             where report_fact.event_time <= excluded.event_time
            """)
        .setParameter(1, event.reportId())
        .setParameter(2, event.programmeId())
        .setParameter(3, event.regionCode())
        .setParameter(4, event.currency())
        .setParameter(5, event.period())
        .setParameter(6, event.periodType())
        .setParameter(7, year)
        .setParameter(8, event.status())
        .setParameter(9, event.dueDate())
        .setParameter(10, event.daysLate())
        .setParameter(11, "OVERDUE".equals(event.transition()))
        .setParameter(12, event.totals().plannedFixed())
        .setParameter(13, event.totals().fundedYtd())
        .setParameter(14, event.totals().spentYtd())
        .setParameter(15, "ACCEPTED".equals(event.status()))
        .setParameter(16, event.at())
        .executeUpdate();
  }

  /** Dead-letters an event that would move a programme this service knows to another region. */
  private void requireSameRegion(ProgrammeAdopted event) {
    @SuppressWarnings("unchecked")
    List<String> known =
        entityManager
            .createNativeQuery(
                "select region_code from programme_fact where programme_id = ?1 limit 1")
            .setParameter(1, event.programmeId())
            .getResultList();
    RegionPin.requireUnchanged(
        "programme", event.programmeId(), known.stream().findFirst(), event.regionCode());
  }
}
