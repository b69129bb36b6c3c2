package io.dtmonitor.programme.programme;

import io.dtmonitor.platform.text.Texts;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<Programme, UUID> {

  /** Where a page of the title order starts: after this title (searchable form) and id. */
  public record TitleKey(String title, UUID id) {

    private static final String SEPARATOR = "\n";

    public String encode() {
      return title + SEPARATOR + id;
    }

    /**
     * Reads back {@link #encode}; a {@link RuntimeException} when this service did not encode it.
     */
    public static TitleKey decode(String encoded) {
      int separator = encoded.lastIndexOf(SEPARATOR);
      return new TitleKey(
          encoded.substring(0, separator), UUID.fromString(encoded.substring(separator + 1)));
    }

    public static TitleKey of(Programme programme) {
      return new TitleKey(programme.titleSearch, programme.id);
    }
  }

  /**
   * One page of programmes matching the filter, in title order (both titles in searchable form,
   * then id). Drafts are included only for the regions in {@code draftRegions}, or all of them when
   * {@code allDrafts}.
   */
  public List<Programme> search(ProgrammeFilter filter, Optional<TitleKey> after, int limit) {
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
    filter
        .title()
        .ifPresent(
            title -> {
              conditions.add("titleSearch like :title escape '!'");
              params.and("title", Texts.containing(title));
            });
    if (!filter.allDrafts()) {
      conditions.add("(status <> :draft or regionCode in :draftRegions)");
      params.and("draft", ProgrammeStatus.DRAFT);
      params.and(
          "draftRegions", filter.draftRegions().isEmpty() ? List.of("-") : filter.draftRegions());
    }
    after.ifPresent(
        key -> {
          conditions.add(
              "(titleSearch > :afterTitle or (titleSearch = :afterTitle and id > :afterId))");
          params.and("afterTitle", key.title());
          params.and("afterId", key.id());
        });
    String query = conditions.isEmpty() ? "" : String.join(" and ", conditions);
    return find(query, Sort.by("titleSearch").and("id"), params).page(0, limit).list();
  }
}
