package io.dtmonitor.indicator.target;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, UUID> {

  public Optional<Target> of(String region, String indicator, int year) {
    return find(
            "regionCode = ?1 and indicatorCode = ?2 and targetYear = ?3", region, indicator, year)
        .firstResultOptional();
  }

  /** The target that applies to a year: the one for that year, else the nearest later one. */
  public Optional<Target> applying(String region, String indicator, int year) {
    return find(
            "regionCode = ?1 and indicatorCode = ?2 and targetYear >= ?3",
            Sort.by("targetYear"),
            region,
            indicator,
            year)
        .firstResultOptional();
  }

  public List<Target> search(String region, String indicator) {
    return list(
        "(cast(?1 as string) is null or regionCode = ?1) and (cast(?2 as string) is null or indicatorCode = ?2)",
        Sort.by("regionCode").and("indicatorCode").and("targetYear"),
        region,
        indicator);
  }
}
