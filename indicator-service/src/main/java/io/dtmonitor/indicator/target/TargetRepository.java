package io.dtmonitor.indicator.target;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
   * The target that applies to a year for every region and indicator that has one, keyed by {@link
   * #key}: the one for that year, else the nearest later one. One query for a whole view instead of
   * one per value.
   */
  public Map<String, Target> applyingIn(int year) {
    @SuppressWarnings("unchecked")
    List<Target> applying =
        getEntityManager()
            .createNativeQuery(
                """
                select distinct on (region_code, indicator_code) *
                  from target where target_year >= ?1
                 order by region_code, indicator_code, target_year
                """,
                Target.class)
            .setParameter(1, year)
            .getResultList();
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
