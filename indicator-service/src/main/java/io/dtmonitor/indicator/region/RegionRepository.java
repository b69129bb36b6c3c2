package io.dtmonitor.indicator.region;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {

  /**
   * SQL condition on a {@code region_code} column: the jurisdiction itself or one of its regions.
   *
   * @param parameter the query parameter holding the jurisdiction's code, e.g. {@code ?3}
   */
  public static String inJurisdiction(String parameter) {
    return "(region_code = %1$s or region_code in (select code from region where jurisdiction = %1$s))"
        .formatted(parameter);
  }

  public List<Region> ofJurisdiction(String jurisdiction) {
    return list("jurisdiction", Sort.by("code"), jurisdiction);
  }

  public Map<String, Region> byCode() {
    return listAll().stream().collect(Collectors.toMap(r -> r.code, Function.identity()));
  }
}
