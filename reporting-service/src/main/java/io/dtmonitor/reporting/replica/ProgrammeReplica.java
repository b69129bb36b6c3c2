package io.dtmonitor.reporting.replica;

import io.dtmonitor.platform.ordering.DottedCodes;
import io.dtmonitor.platform.persistence.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the replica of adopted programme versions. */
@ApplicationScoped
public class ProgrammeReplica {

  private final EntityManager entityManager;

  public ProgrammeReplica(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** A programme as the replica knows it. */
  public record ReplicaProgramme(
      UUID id, String regionCode, String currency, String titleUk, int firstYear, int lastYear) {}

  /** A measure's plan for a year in one version. */
  public record MeasurePlan(
      String code, String title, BigDecimal fixedAmount, boolean withinFunding, boolean hasFixed) {}

  /** A programme with the date its first adopted version took effect. */
  public record ProgrammeTerm(ReplicaProgramme programme, LocalDate inForceFrom) {}

  /** Where a programme sorts among the replica's programmes: by region, then id. */
  public record ProgrammeKey(String regionCode, UUID id) {}

  /**
   * The programmes in force whose term includes {@code year} (every programme when empty), of
   * {@code region} when given, in region and id order.
   */
  public List<ProgrammeTerm> terms(Optional<Integer> year, Optional<String> region) {
    return terms(year, region, Optional.empty(), false, Integer.MAX_VALUE);
  }

  /**
   * Up to {@code limit} of the programmes {@link #terms(Optional, Optional)} lists, starting at
   * {@code from} (included when {@code inclusive}, else the ones after it).
   */
  public List<ProgrammeTerm> terms(
      Optional<Integer> year,
      Optional<String> region,
      Optional<ProgrammeKey> from,
      boolean inclusive,
      int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                """
                select * from (
                  select p.programme_id, p.region_code, p.currency, p.title_uk, p.first_year, p.last_year,
                         (select min(v.effective_from) from replica_version v where v.programme_id = p.programme_id) as in_force_from
                    from replica_programme p
                   where (cast(?1 as integer) is null or ?1 between p.first_year and p.last_year)
                     and (cast(?2 as varchar) is null or p.region_code = cast(?2 as varchar))
                     and (cast(?3 as varchar) is null
                          or (p.region_code, p.programme_id) > (cast(?3 as varchar), cast(cast(?4 as varchar) as uuid))
                          or (?5 and p.region_code = cast(?3 as varchar) and p.programme_id = cast(cast(?4 as varchar) as uuid)))
                ) in_force
                 where in_force_from is not null
                 order by region_code, programme_id
                 limit ?6
                """)
            .setParameter(1, year.orElse(null))
            .setParameter(2, region.orElse(null))
            .setParameter(3, from.map(ProgrammeKey::regionCode).orElse(null))
            .setParameter(4, from.map(key -> key.id().toString()).orElse(null))
            .setParameter(5, inclusive)
            .setParameter(6, limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ProgrammeTerm(
                    new ReplicaProgramme(
                        (UUID) r[0],
                        (String) r[1],
                        r[2].toString(),
                        (String) r[3],
                        (Integer) r[4],
                        (Integer) r[5]),
                    SqlTimes.localDate(r[6])))
        .toList();
  }

  public Optional<ReplicaProgramme> programme(UUID id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select region_code, currency, title_uk, first_year, last_year from replica_programme where programme_id = ?1")
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new ReplicaProgramme(
                    id,
                    (String) r[0],
                    r[1].toString(),
                    (String) r[2],
                    (Integer) r[3],
                    (Integer) r[4]));
  }

  /** The number of the version in force on {@code date}: the one that took effect last by then. */
  public Optional<Integer> versionInForce(UUID programmeId, LocalDate date) {
    @SuppressWarnings("unchecked")
    List<Integer> rows =
        entityManager
            .createNativeQuery(
                """
                select version_number from replica_version
                 where programme_id = ?1 and effective_from <= ?2
                 order by effective_from desc, version_number desc limit 1
                """)
            .setParameter(1, programmeId)
            .setParameter(2, date)
            .getResultList();
    return rows.stream().findFirst();
  }

  /** Measures of a version whose term includes {@code year}, with their plan for that year. */
  public List<MeasurePlan> plan(UUID programmeId, int version, int year) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                """
                select m.code, m.title, coalesce(p.fixed_amount, 0), coalesce(p.within_funding, false), coalesce(p.has_fixed, false)
                  from replica_measure m
                  left join replica_plan p
                    on p.programme_id = m.programme_id and p.version_number = m.version_number
                   and p.measure_code = m.code and p.year = ?3
                 where m.programme_id = ?1 and m.version_number = ?2 and m.first_year <= ?3 and m.last_year >= ?3
                """)
            .setParameter(1, programmeId)
            .setParameter(2, version)
            .setParameter(3, year)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new MeasurePlan(
                    (String) r[0],
                    (String) r[1],
                    (BigDecimal) r[2],
                    (Boolean) r[3],
                    (Boolean) r[4]))
        .sorted((a, b) -> DottedCodes.compare(a.code(), b.code()))
        .toList();
  }
}
