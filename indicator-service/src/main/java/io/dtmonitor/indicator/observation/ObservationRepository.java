package io.dtmonitor.indicator.observation;

import io.dtmonitor.indicator.region.RegionCodeRange;
import io.dtmonitor.indicator.region.RegionRepository;
import io.dtmonitor.platform.persistence.SqlTimes;
import io.dtmonitor.platform.persistence.TransactionLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ObservationRepository implements PanacheRepositoryBase<Observation, UUID> {

  public List<Observation> revisions(String region, String indicator, String period) {
    return list(
        "regionCode = ?1 and indicatorCode = ?2 and period = ?3",
        Sort.by("revision"),
        region,
        indicator,
        period);
  }

  /**
   * Holds, until the transaction ends, the lock on one series (region x indicator x period), so
   * that concurrent recordings of the same value take consecutive revisions instead of colliding on
   * the same one.
   */
  public void lockSeries(String region, String indicator, String period) {
    TransactionLocks.lock(
        getEntityManager(), "observation/" + region + "/" + indicator + "/" + period);
  }

  public int nextRevision(String region, String indicator, String period) {
    Integer max =
        getEntityManager()
            .createQuery(
                "select max(o.revision) from Observation o where o.regionCode = ?1 and o.indicatorCode = ?2 and o.period = ?3",
                Integer.class)
            .setParameter(1, region)
            .setParameter(2, indicator)
            .setParameter(3, period)
            .getSingleResult();
    return max == null ? 1 : max + 1;
  }

  /**
   * The FINAL values of one period as they stood at {@code asOf}: of each region x indicator, the
   * latest revision recorded by then, when that revision is FINAL. Read as plain rows, not
   * entities, since a period of every community holds hundreds of thousands. Empty {@code
   * indicators} means every indicator. Taken in the order of the covering index {@code
   * observation_current} (indicator, period, region, revision), so PostgreSQL reads it without
   * sorting: sorting 37,000 values by region code under the database's collation took longer than
   * reading them.
   */
  public List<FinalValue> finalValuesOf(
      String period, Instant asOf, String jurisdiction, Set<String> indicators) {
    return finalValuesOf(period, asOf, jurisdiction, indicators, Optional.empty());
  }

  /**
   * The same FINAL values of the regions whose codes lie in {@code regions}: a range rather than a
   * list, since matching each row against a page's hundred codes costs more than reading them all.
   */
  public List<FinalValue> finalValuesOf(
      String period,
      Instant asOf,
      String jurisdiction,
      Set<String> indicators,
      RegionCodeRange regions) {
    return finalValuesOf(period, asOf, jurisdiction, indicators, Optional.of(regions));
  }

  private List<FinalValue> finalValuesOf(
      String period,
      Instant asOf,
      String jurisdiction,
      Set<String> indicators,
      Optional<RegionCodeRange> regions) {
    Query query =
        getEntityManager()
            .createNativeQuery(
                """
                select region_code, indicator_code, value, methodology, recorded_at from (
                  select distinct on (indicator_code, region_code)
                         region_code, indicator_code, value, status, methodology, recorded_at
                    from observation
                   where period = :period and recorded_at <= :asOf
                     and %s %s %s
                   order by indicator_code, region_code, revision desc) current_value
                 where status = 'FINAL'
                """
                    .formatted(
                        RegionRepository.inJurisdiction(":jurisdiction"),
                        indicators.isEmpty() ? "" : "and indicator_code in (:indicators)",
                        regions.isEmpty()
                            ? ""
                            : "and region_code collate \"C\" between :firstRegion and :lastRegion"))
            .setParameter("period", period)
            .setParameter("asOf", asOf)
            .setParameter("jurisdiction", jurisdiction);
    if (!indicators.isEmpty()) {
      query.setParameter("indicators", indicators);
    }
    regions.ifPresent(
        range ->
            query
                .setParameter("firstRegion", range.first())
                .setParameter("lastRegion", range.last()));
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new FinalValue(
                    (String) r[0],
                    (String) r[1],
                    (BigDecimal) r[2],
                    (String) r[3],
                    SqlTimes.instant(r[4])))
        .toList();
  }

  /**
   * The value of every region x indicator x period as it stood at {@code asOf}: the latest revision
   * recorded by then. Optional filters narrow it.
   */
  public List<Observation> current(
      Optional<String> region, Optional<String> indicator, Optional<String> period, Instant asOf) {
    return getEntityManager()
        .createNativeQuery(
            """
            select distinct on (region_code, indicator_code, period) *
              from observation
             where recorded_at <= ?1
               and (cast(?2 as varchar) is null or region_code = cast(?2 as varchar))
               and (cast(?3 as varchar) is null or indicator_code = cast(?3 as varchar))
               and (cast(?4 as varchar) is null or period = cast(?4 as varchar))
             order by region_code, indicator_code, period, revision desc
            """,
            Observation.class)
        .setParameter(1, asOf)
        .setParameter(2, region.orElse(null))
        .setParameter(3, indicator.orElse(null))
        .setParameter(4, period.orElse(null))
        .getResultList();
  }
}
