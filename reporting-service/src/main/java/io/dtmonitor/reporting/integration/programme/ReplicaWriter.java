package io.dtmonitor.reporting.integration.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes one adopted version into the replica. Idempotent and order-independent: a version already
 * present is left alone (adopted versions never change), and the programme row keeps the passport
 * of the highest version number seen.
 */
@ApplicationScoped
public class ReplicaWriter {

  private final EntityManager entityManager;

  public ReplicaWriter(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(ProgrammeVersionAdopted event) {
    var passport = event.content().passport();
    entityManager
        .createNativeQuery(
            """
            insert into replica_programme (programme_id, region_code, currency, title_uk, first_year, last_year, latest_version)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            on conflict (programme_id) do update
               set title_uk = excluded.title_uk, first_year = excluded.first_year, last_year = excluded.last_year,
                   latest_version = excluded.latest_version
             where replica_programme.latest_version < excluded.latest_version
            """)
        .setParameter(1, event.programmeId())
        .setParameter(2, event.regionCode())
        .setParameter(3, event.currency())
        .setParameter(4, passport.titleUk())
        .setParameter(5, passport.firstYear())
        .setParameter(6, passport.lastYear())
        .setParameter(7, event.versionNumber())
        .executeUpdate();
    int inserted =
        entityManager
            .createNativeQuery(
                """
                insert into replica_version (programme_id, version_number, effective_from) values (?1, ?2, ?3)
                on conflict do nothing
                """)
            .setParameter(1, event.programmeId())
            .setParameter(2, event.versionNumber())
            .setParameter(3, event.effectiveFrom())
            .executeUpdate();
    if (inserted == 0) {
      return;
    }
    for (var measure : event.content().measures()) {
      entityManager
          .createNativeQuery(
              """
              insert into replica_measure (programme_id, version_number, code, direction_number, title, first_year, last_year)
              values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
              """)
          .setParameter(1, event.programmeId())
          .setParameter(2, event.versionNumber())
          .setParameter(3, measure.code())
          .setParameter(4, measure.directionNumber())
          .setParameter(5, measure.title())
          .setParameter(6, measure.firstYear())
          .setParameter(7, measure.lastYear())
          .executeUpdate();
    }
    plans(event)
        .forEach(
            (key, plan) ->
                entityManager
                    .createNativeQuery(
                        """
                    insert into replica_plan (programme_id, version_number, measure_code, year, fixed_amount, within_funding, has_fixed)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                    """)
                    .setParameter(1, event.programmeId())
                    .setParameter(2, event.versionNumber())
                    .setParameter(3, key.measureCode())
                    .setParameter(4, key.year())
                    .setParameter(5, plan.fixed())
                    .setParameter(6, plan.withinFunding())
                    .setParameter(7, plan.hasFixed())
                    .executeUpdate());
  }

  /** The yearly plan per measure: FIXED lines summed over sources, within funding flagged. */
  private static Map<PlanKey, Plan> plans(ProgrammeVersionAdopted event) {
    Map<PlanKey, Plan> plans = new TreeMap<>();
    for (var line : event.content().lines()) {
      PlanKey key = new PlanKey(line.measureCode(), line.year());
      Plan plan = plans.getOrDefault(key, new Plan(BigDecimal.ZERO, false, false));
      plans.put(
          key,
          line.planned().isFixed()
              ? new Plan(plan.fixed().add(line.planned().amount()), plan.withinFunding(), true)
              : new Plan(plan.fixed(), true, plan.hasFixed()));
    }
    return plans;
  }

  private record PlanKey(String measureCode, int year) implements Comparable<PlanKey> {
    @Override
    public int compareTo(PlanKey other) {
      int byCode = measureCode.compareTo(other.measureCode);
      return byCode != 0 ? byCode : Integer.compare(year, other.year);
    }
  }

  private record Plan(BigDecimal fixed, boolean withinFunding, boolean hasFixed) {}
}
