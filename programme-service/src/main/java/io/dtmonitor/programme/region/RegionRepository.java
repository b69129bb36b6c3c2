package io.dtmonitor.programme.region;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {

  public List<Region> list(String jurisdiction) {
    return jurisdiction == null
        ? listAll(Sort.by("code"))
        : list("jurisdiction", Sort.by("code"), jurisdiction);
  }
}
