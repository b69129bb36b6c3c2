package io.dtmonitor.indicator.target;

import io.dtmonitor.indicator.region.RegionRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
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

  public List<Target> search(String region, String indicator) {
    return list(
        "(cast(?1 as string) is null or regionCode = ?1) and (cast(?2 as string) is null or indicatorCode = ?2)",
        Sort.by("regionCode").and("indicatorCode").and("targetYear"),
        region,
        indicator);
  }
}
