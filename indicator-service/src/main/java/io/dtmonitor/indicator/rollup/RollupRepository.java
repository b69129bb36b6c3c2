package io.dtmonitor.indicator.rollup;

import io.dtmonitor.indicator.region.RegionRepository;
import io.dtmonitor.platform.persistence.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads what rollups are made of and keeps the derived values. A region's current value is its
 * latest revision when that is FINAL, else its derived value: PROVISIONAL values never go into a
 * derived one, which is public.
 */
@ApplicationScoped
public class RollupRepository {

  /** A derived value as views and exports read it. */
  public record DerivedValue(
      String regionCode,
      String indicatorCode,
      String period,
      BigDecimal value,
      String methodology,
      Instant revisedAt,
      String rule,
      int covered,
      int total) {}

  private static final String CURRENT_VALUE =
      """
      left join observation o
        on o.region_code = r.code and o.indicator_code = :indicator and o.period = :period
       and o.superseded_at is null and o.status = 'FINAL'
      left join rollup_value d
        on d.region_code = r.code and d.indicator_code = :indicator and d.period = :period
      """;

  private final EntityManager entityManager;

  public RollupRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** What {@code parent}'s children have to go into its value, and how many children there are. */
  public record Children(List<Rollup.Part> parts, int total) {}

  /**
   * The current values of {@code parent}'s children, of {@code methodology}, with their
   * populations, and how many children it has: an oblast's communities, or a jurisdiction's regions
   * of oblast rank. One query for both.
   */
  public Children childValues(String parent, String indicator, String methodology, String period) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                """
                select r.population, coalesce(o.value, d.value), coalesce(o.methodology, d.methodology)
                  from region r
                %s
                 where %s
                """
                    .formatted(CURRENT_VALUE, children(parent)))
            .setParameter("parent", parent)
            .setParameter("indicator", indicator)
            .setParameter("period", period)
            .getResultList();
    List<Rollup.Part> parts =
        rows.stream()
            .filter(r -> r[1] != null && methodology.equals(r[2]))
            .map(
                r ->
                    new Rollup.Part(
                        (BigDecimal) r[1], r[0] == null ? null : ((Number) r[0]).longValue()))
            .toList();
    return new Children(parts, rows.size());
  }

  /** The region's current values of the four quarters of {@code year}, null where it has none. */
  public List<BigDecimal> quarterValues(
      String region, String indicator, String methodology, int year) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                """
                select cast(substring(q.period, 7, 1) as integer), coalesce(o.value, d.value),
                       coalesce(o.methodology, d.methodology)
                  from unnest(cast(:periods as varchar[])) q (period)
                  left join observation o
                    on o.region_code = :region and o.indicator_code = :indicator and o.period = q.period
                   and o.superseded_at is null and o.status = 'FINAL'
                  left join rollup_value d
                    on d.region_code = :region and d.indicator_code = :indicator and d.period = q.period
                """)
            .setParameter("periods", "{%1$d-Q1,%1$d-Q2,%1$d-Q3,%1$d-Q4}".formatted(year))
            .setParameter("region", region)
            .setParameter("indicator", indicator)
            .getResultList();
    List<BigDecimal> quarters = new ArrayList<>(Arrays.asList(null, null, null, null));
    for (Object[] row : rows) {
      if (row[1] != null && methodology.equals(row[2])) {
        quarters.set(((Number) row[0]).intValue() - 1, (BigDecimal) row[1]);
      }
    }
    return quarters;
  }

  /** Keeps a derived value, replacing the one before. */
  public void keep(
      String region,
      String indicator,
      String period,
      String methodology,
      Rollup.Derived derived,
      Instant at) {
    entityManager
        .createNativeQuery(
            """
            insert into rollup_value (region_code, indicator_code, period, value, methodology, rule, covered,
                                      of_total, revised_at)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            on conflict (region_code, indicator_code, period) do update
               set value = excluded.value, methodology = excluded.methodology, rule = excluded.rule,
                   covered = excluded.covered, of_total = excluded.of_total, revised_at = excluded.revised_at
            """)
        .setParameter(1, region)
        .setParameter(2, indicator)
        .setParameter(3, period)
        .setParameter(4, derived.value())
        .setParameter(5, methodology)
        .setParameter(6, derived.rule())
        .setParameter(7, derived.covered())
        .setParameter(8, derived.total())
        .setParameter(9, at)
        .executeUpdate();
  }

  public void drop(String region, String indicator, String period) {
    entityManager
        .createNativeQuery(
            "delete from rollup_value where region_code = ?1 and indicator_code = ?2 and period = ?3")
        .setParameter(1, region)
        .setParameter(2, indicator)
        .setParameter(3, period)
        .executeUpdate();
  }

  /**
   * The derived values of a period in a jurisdiction (its regions' and its own) that no current
   * FINAL value of the same region, indicator and period overrides, of {@code indicators} (every
   * indicator when empty).
   */
  public List<DerivedValue> unreportedOf(
      String period, String jurisdiction, Set<String> indicators) {
    Query query =
        entityManager
            .createNativeQuery(
                """
                select d.region_code, d.indicator_code, d.period, d.value, d.methodology, d.revised_at, d.rule,
                       d.covered, d.of_total
                  from rollup_value d
                 where d.period = :period and %s %s
                   and not exists (select 1 from observation o
                                    where o.region_code = d.region_code and o.indicator_code = d.indicator_code
                                      and o.period = d.period and o.superseded_at is null and o.status = 'FINAL')
                """
                    .formatted(
                        RegionRepository.inJurisdiction(":jurisdiction")
                            .replace("region_code", "d.region_code"),
                        indicators.isEmpty() ? "" : "and d.indicator_code in (:indicators)"))
            .setParameter("period", period)
            .setParameter("jurisdiction", jurisdiction);
    if (!indicators.isEmpty()) {
      query.setParameter("indicators", indicators);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new DerivedValue(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (BigDecimal) r[3],
                    (String) r[4],
                    SqlTimes.instant(r[5]),
                    (String) r[6],
                    ((Number) r[7]).intValue(),
                    ((Number) r[8]).intValue()))
        .toList();
  }

  /** SQL condition on {@code r}: the children of {@code :parent}. */
  private static String children(String parent) {
    return parent.length() == 2
        ? "r.jurisdiction = :parent and r.parent_code is null and r.kind <> 'COMMUNITY'"
        : "r.parent_code = :parent";
  }
}
