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

  public List<Region> ofJurisdiction(String jurisdiction) {
    return list("jurisdiction", Sort.by("code"), jurisdiction);
  }

  public Map<String, Region> byCode() {
    return listAll().stream().collect(Collectors.toMap(r -> r.code, Function.identity()));
  }
}
