package io.dtmonitor.programme.programme;

import io.dtmonitor.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<Programme, UUID> {

  /**
   * One page of programmes matching the filter, ordered by id. Drafts are included only for the
   * regions in {@code draftRegions}, or all of them when {@code allDrafts}.
   */
  public List<Programme> search(ProgrammeFilter filter, PageRequest page) {
    List<String> conditions = new ArrayList<>();
    Parameters params = new Parameters();
    filter
        .region()
        .ifPresent(
            region -> {
              conditions.add("regionCode = :region");
              params.and("region", region);
            });
    filter
        .status()
        .ifPresent(
            status -> {
              conditions.add("status = :status");
              params.and("status", status);
            });
    filter
        .year()
        .ifPresent(
            year -> {
              conditions.add("passport.firstYear <= :year and passport.lastYear >= :year");
              params.and("year", year);
            });
    if (!filter.allDrafts()) {
      conditions.add("(status <> :draft or regionCode in :draftRegions)");
      params.and("draft", ProgrammeStatus.DRAFT);
      params.and(
          "draftRegions", filter.draftRegions().isEmpty() ? List.of("-") : filter.draftRegions());
    }
    page.afterKey()
        .ifPresent(
            after -> {
              conditions.add("id > :after");
              params.and("after", UUID.fromString(after));
            });
    String query = conditions.isEmpty() ? "" : String.join(" and ", conditions);
    return find(query, Sort.by("id"), params).page(0, page.fetchSize()).list();
  }
}
