package io.dtmonitor.indicator.observation;

import io.dtmonitor.indicator.region.RegionCodeRange;
import io.dtmonitor.indicator.region.RegionRepository;
import io.dtmonitor.platform.http.Decimals;
import io.dtmonitor.platform.paging.PageRequest;
import io.dtmonitor.platform.persistence.SqlTimes;
import io.dtmonitor.platform.persistence.TransactionLocks;
import io.dtmonitor.platform.security.UnpublishedScope;
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

  /**
   * Up to {@code limit} revisions of one value after revision {@code afterRevision}, oldest first;
   * only FINAL ones unless {@code provisional}.
   */
  public List<Observation> revisions(
      String region,
      String indicator,
      String period,
      boolean provisional,
      int afterRevision,
      int limit) {
    return find(
            "regionCode = ?1 and indicatorCode = ?2 and period = ?3 and revision > ?4"
                + " and (?5 = true or status = ?6)",
            Sort.by("revision"),
            region,
            indicator,
            period,
            afterRevision,
            provisional,
            ObservationStatus.FINAL)
        .page(0, limit)
        .list();
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

  /** Revision {@code number} of one value, if it exists. */
  public Optional<Observation> revision(
      String region, String indicator, String period, int number) {
    return find(
            "regionCode = ?1 and indicatorCode = ?2 and period = ?3 and revision = ?4",
            region,
            indicator,
            period,
            number)
        .firstResultOptional();
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

  /** Narrows a list of current values. */
  public record Filter(
      Optional<String> region, Optional<String> indicator, Optional<String> period) {}

  /** The page key of a current value: its region, indicator and period. */
  public record Key(String region, String indicator, String period) {}

  /**
   * Up to {@code limit} current values (the latest revision recorded by {@code asOf} of each region
   * x indicator x period) after {@code after}, in key order: FINAL ones, and PROVISIONAL ones of
   * the regions in {@code unpublished}. Read as plain rows; a value whose latest revision the
   * caller may not see is left out, never replaced by an earlier one.
   */
  public List<ObservationResponse> currentPage(
      Filter filter, Instant asOf, UnpublishedScope unpublished, Optional<Key> after, int limit) {
    String visible =
        unpublished.everyRegion()
            ? "true"
            : unpublished
                .region()
                .map(
                    own ->
                        "(status = 'FINAL' or %s)"
                            .formatted(RegionRepository.coveredBy("region_code", ":own")))
                .orElse("status = 'FINAL'");
    Query query =
        getEntityManager()
            .createNativeQuery(
                """
                select id, region_code, indicator_code, period, revision, value, status, methodology,
                       source_document, source_url, source_hash, note, recorded_at, recorded_by
                  from (select distinct on (region_code, indicator_code, period) *
                          from observation
                         where recorded_at <= :asOf %s %s %s %s
                         order by region_code, indicator_code, period, revision desc) current_value
                 where %s
                 order by region_code, indicator_code, period
                 limit :limit
                """
                    .formatted(
                        filter.region().isPresent() ? "and region_code = :region" : "",
                        filter.indicator().isPresent() ? "and indicator_code = :indicator" : "",
                        filter.period().isPresent() ? "and period = :period" : "",
                        after.isPresent()
                            ? "and (region_code, indicator_code, period) > (:afterRegion,"
                                + " :afterIndicator, :afterPeriod)"
                            : "",
                        visible))
            .setParameter("asOf", asOf)
            .setParameter("limit", limit);
    filter.region().ifPresent(region -> query.setParameter("region", region));
    filter.indicator().ifPresent(indicator -> query.setParameter("indicator", indicator));
    filter.period().ifPresent(period -> query.setParameter("period", period));
    unpublished
        .region()
        .filter(own -> !unpublished.everyRegion())
        .ifPresent(own -> query.setParameter("own", own));
    after.ifPresent(
        key ->
            query
                .setParameter("afterRegion", key.region())
                .setParameter("afterIndicator", key.indicator())
                .setParameter("afterPeriod", key.period()));
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new ObservationResponse(
                    (UUID) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    ((Number) r[4]).intValue(),
                    Decimals.normalize((BigDecimal) r[5]),
                    ObservationStatus.valueOf((String) r[6]),
                    (String) r[7],
                    (String) r[8],
                    (String) r[9],
                    (String) r[10],
                    (String) r[11],
                    SqlTimes.instant(r[12]),
                    (String) r[13]))
        .toList();
  }

  /** The page key of a value as page tokens carry it. */
  public static String encodeKey(ObservationResponse value) {
    return String.join("|", value.regionCode(), value.indicatorCode(), value.period());
  }

  /** A page key back from a token; a 400 on the token when this service did not make it. */
  public static Key keyOf(String encoded) {
    String[] parts = encoded.split("\\|", -1);
    if (parts.length != 3) {
      throw PageRequest.invalidToken();
    }
    return new Key(parts[0], parts[1], parts[2]);
  }
}
