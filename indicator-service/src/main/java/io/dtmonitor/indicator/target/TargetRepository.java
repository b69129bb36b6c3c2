package io.dtmonitor.indicator.target;

import io.dtmonitor.indicator.region.RegionRepository;
import io.dtmonitor.platform.http.Decimals;
import io.dtmonitor.platform.persistence.SqlTimes;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, UUID> {

  public Optional<Target> of(String region, String indicator, int year) {
    return find(
            "regionCode = ?1 and indicatorCode = ?2 and targetYear = ?3", region, indicator, year)
        .firstResultOptional();
  }

  /** The target of a region and indicator that applies to a year: its own, else the next later. */
  public Optional<Target> applying(String region, String indicator, int year) {
    return find(
            "regionCode = ?1 and indicatorCode = ?2 and targetYear >= ?3",
            Sort.by("targetYear"),
            region,
            indicator,
            year)
        .firstResultOptional();
  }

  /**
   * The target that applies to a year for each of {@code indicators} (every indicator when empty)
   * in every region that has one, keyed by {@link #key}: the one for that year, else the nearest
   * later one. One query for a whole export page instead of one per value.
   */
  public Map<String, Target> applyingIn(int year, Set<String> indicators) {
    return applying(year, "", null, indicators);
  }

  /**
   * As {@link #applyingIn(int, Set)}, for the regions of {@code jurisdiction} and the jurisdiction
   * itself only: a view reads the targets of what it shows, not the whole table.
   */
  public Map<String, Target> applyingIn(int year, String jurisdiction, Set<String> indicators) {
    return applying(
        year, "and " + RegionRepository.inJurisdiction(":jurisdiction"), jurisdiction, indicators);
  }

  private Map<String, Target> applying(
      int year, String regionFilter, String jurisdiction, Set<String> indicators) {
    Query query =
        getEntityManager()
            .createNativeQuery(
                """
                select distinct on (region_code, indicator_code) *
                  from target where target_year >= :year %s %s
                 order by region_code, indicator_code, target_year
                """
                    .formatted(
                        regionFilter,
                        indicators.isEmpty() ? "" : "and indicator_code in (:indicators)"),
                Target.class)
            .setParameter("year", year);
    if (jurisdiction != null) {
      query.setParameter("jurisdiction", jurisdiction);
    }
    if (!indicators.isEmpty()) {
      query.setParameter("indicators", indicators);
    }
    @SuppressWarnings("unchecked")
    List<Target> applying = query.getResultList();
    return applying.stream()
        .collect(Collectors.toMap(t -> key(t.regionCode, t.indicatorCode), Function.identity()));
  }

  /** The key of {@link #applyingIn}'s map. */
  public static String key(String region, String indicator) {
    return region + "|" + indicator;
  }

  /** The region of an adopted programme, as the programme projection knows it. */
  public Optional<String> regionOfProgramme(UUID programmeId) {
    @SuppressWarnings("unchecked")
    List<String> regions =
        getEntityManager()
            .createNativeQuery(
                "select region_code from programme_fact where programme_id = ?1 limit 1")
            .setParameter(1, programmeId)
            .getResultList();
    return regions.stream().findFirst();
  }

  /** Keeps the target as it now stands as its revision {@code target.version}. */
  public void recordRevision(Target target) {
    getEntityManager()
        .createNativeQuery(
            """
            insert into target_revision (target_id, revision, region_code, indicator_code, target_year,
                                         baseline_value, baseline_date, target_value, target_min, target_max,
                                         per_unit_threshold, programme_id, set_at, set_by)
            select id, version, region_code, indicator_code, target_year, baseline_value, baseline_date,
                   target_value, target_min, target_max, per_unit_threshold, programme_id, updated_at, updated_by
              from target where id = ?1
            """)
        .setParameter(1, target.id)
        .executeUpdate();
  }

  /**
   * Up to {@code limit} revisions of the target of a region, indicator and year after revision
   * {@code afterRevision}, oldest first.
   */
  public List<TargetRevision> revisions(
      String region, String indicator, int year, long afterRevision, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                """
                select target_id, revision, baseline_value, baseline_date, target_value, target_min, target_max,
                       per_unit_threshold, programme_id, set_at, set_by
                  from target_revision
                 where region_code = ?1 and indicator_code = ?2 and target_year = ?3 and revision > ?4
                 order by revision
                 limit ?5
                """)
            .setParameter(1, region)
            .setParameter(2, indicator)
            .setParameter(3, year)
            .setParameter(4, afterRevision)
            .setParameter(5, limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new TargetRevision(
                    ((Number) r[1]).longValue(),
                    SqlTimes.instant(r[9]),
                    (String) r[10],
                    new TargetResponse(
                        (UUID) r[0],
                        region,
                        indicator,
                        year,
                        Decimals.normalize((BigDecimal) r[2]),
                        SqlTimes.localDate(r[3]),
                        Decimals.normalize((BigDecimal) r[4]),
                        Decimals.normalize((BigDecimal) r[5]),
                        Decimals.normalize((BigDecimal) r[6]),
                        Decimals.normalize((BigDecimal) r[7]),
                        (UUID) r[8],
                        ((Number) r[1]).longValue())))
        .toList();
  }

  /** Where a target sorts: by region, indicator and year. */
  public record TargetKey(String regionCode, String indicatorCode, int targetYear) {

    public static TargetKey parse(String key) {
      String[] parts = key.split("\\|", -1);
      if (parts.length != 3) {
        throw new IllegalArgumentException("not a target key: " + key);
      }
      return new TargetKey(parts[0], parts[1], Integer.parseInt(parts[2]));
    }

    public static TargetKey of(Target target) {
      return new TargetKey(target.regionCode, target.indicatorCode, target.targetYear);
    }

    @Override
    public String toString() {
      return regionCode + "|" + indicatorCode + "|" + targetYear;
    }
  }

  /**
   * Up to {@code limit} targets after {@code after}, of one region and indicator when given, by
   * region, indicator and year.
   */
  public List<Target> search(
      Optional<String> region, Optional<String> indicator, Optional<TargetKey> after, int limit) {
    List<String> conditions = new ArrayList<>();
    Parameters params = new Parameters();
    region.ifPresent(
        code -> {
          conditions.add("regionCode = :region");
          params.and("region", code);
        });
    indicator.ifPresent(
        code -> {
          conditions.add("indicatorCode = :indicator");
          params.and("indicator", code);
        });
    after.ifPresent(
        key -> {
          conditions.add(
              "(regionCode > :afterRegion or (regionCode = :afterRegion and (indicatorCode >"
                  + " :afterIndicator or (indicatorCode = :afterIndicator and targetYear >"
                  + " :afterYear))))");
          params.and("afterRegion", key.regionCode());
          params.and("afterIndicator", key.indicatorCode());
          params.and("afterYear", key.targetYear());
        });
    return find(
            String.join(" and ", conditions),
            Sort.by("regionCode").and("indicatorCode").and("targetYear"),
            params)
        .page(0, limit)
        .list();
  }
}
