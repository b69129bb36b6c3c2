package io.dtmonitor.programme.organisation;

import io.dtmonitor.platform.text.Texts;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

  /** Where a page of the name order starts: after this current name (searchable form) and id. */
  public record NameKey(String name, UUID id) {

    private static final String SEPARATOR = "\n";

    public String encode() {
      return name + SEPARATOR + id;
    }

    /** Reads back {@link #encode}; a {@link RuntimeException} when this service did not. */
    public static NameKey decode(String encoded) {
      int separator = encoded.lastIndexOf(SEPARATOR);
      return new NameKey(
          encoded.substring(0, separator), UUID.fromString(encoded.substring(separator + 1)));
    }

    static NameKey of(Organisation organisation) {
      return new NameKey(organisation.nameSearch, organisation.id);
    }
  }

  /**
   * One page of a region's organisations (or every region's), by current name then id; with {@code
   * namePart} (searchable form) only those of which any name, current or former, contains it.
   */
  public List<Organisation> search(
      Optional<String> region, Optional<String> namePart, Optional<NameKey> after, int limit) {
    List<String> conditions = new ArrayList<>();
    Parameters params = new Parameters();
    region.ifPresent(
        code -> {
          conditions.add("regionCode = :region");
          params.and("region", code);
        });
    namePart.ifPresent(
        part -> {
          conditions.add(
              "exists (select 1 from Organisation o join o.names n where o.id = organisation.id"
                  + " and n.nameSearch like :name escape '!')");
          params.and("name", Texts.containing(part));
        });
    after.ifPresent(
        key -> {
          conditions.add(
              "(nameSearch > :afterName or (nameSearch = :afterName and id > :afterId))");
          params.and("afterName", key.name()).and("afterId", key.id());
        });
    String query =
        "from Organisation organisation"
            + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
            + " order by nameSearch, id";
    return find(query, params).page(0, limit).list();
  }

  /**
   * The region's organisations of which a name, current or former, contains one of {@code parts}
   * (searchable form), oldest first: the candidates for names a programme version uses.
   */
  public List<Organisation> inRegionCalledLike(String region, Collection<String> parts) {
    if (parts.isEmpty()) {
      return List.of();
    }
    List<String> conditions = new ArrayList<>();
    Parameters params = Parameters.with("region", region);
    int i = 0;
    for (String part : parts) {
      conditions.add("n.nameSearch like :name" + i + " escape '!'");
      params.and("name" + i, Texts.containing(part));
      i++;
    }
    return find(
            "select organisation from Organisation organisation left join fetch"
                + " organisation.names where organisation.regionCode = :region and exists (select"
                + " 1 from Organisation o join o.names n where o.id = organisation.id and ("
                + String.join(" or ", conditions)
                + ")) order by organisation.createdAt, organisation.id",
            params)
        .list();
  }

  /** The organisations with these ids, with their names, in one statement. */
  public List<Organisation> withIds(Collection<UUID> ids) {
    return ids.isEmpty()
        ? List.of()
        : list(
            "select organisation from Organisation organisation left join fetch"
                + " organisation.names where organisation.id in ?1",
            ids);
  }

  /** The organisation with this EDRPOU code, if one is registered. */
  public Optional<Organisation> byEdrpou(String edrpou) {
    return find("edrpou", edrpou).firstResultOptional();
  }
}
