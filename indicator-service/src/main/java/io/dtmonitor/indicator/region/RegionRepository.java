package io.dtmonitor.indicator.region;

import io.dtmonitor.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /**
   * SQL condition: {@code column} is the region named by {@code parameter} or one of its
   * communities, whose codes extend their oblast's ({@code UA-63-001} under {@code UA-63}), as
   * {@code RegionAccess} decides who may read a region's unpublished data.
   */
  public static String coveredBy(String column, String parameter) {
    return "(%1$s = %2$s or %1$s like %2$s || '-%%')".formatted(column, parameter);
  }

  /** 400 on {@code jurisdiction} unless it has regions. */
  public void requireJurisdiction(String jurisdiction) {
    if (countOfJurisdiction(jurisdiction) == 0) {
      throw ProblemException.invalid("jurisdiction", "has no regions");
    }
  }

  /**
   * 400 on {@code region} unless the suite knows it: an oblast, a community or a country with
   * regions. A filter by a region that does not exist could only ever match nothing.
   */
  public void requireRegion(String region) {
    if (findByIdOptional(region).isEmpty() && countOfJurisdiction(region) == 0) {
      throw ProblemException.invalid(
          "region", "is not a region, community or country this suite knows: " + region);
    }
  }

  /** The codes of the jurisdiction's regions and the currency they share. */
  public JurisdictionRegions membersOf(String jurisdiction) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery("select code, currency from region where jurisdiction = ?1")
            .setParameter(1, jurisdiction)
            .getResultList();
    return new JurisdictionRegions(
        rows.stream().map(r -> (String) r[0]).collect(Collectors.toSet()),
        rows.isEmpty() ? null : (String) rows.get(0)[1]);
  }

  /**
   * The jurisdiction's regions whose code sorts after {@code after} (all when empty), at most
   * {@code limit} in code order as Java compares codes, read as plain rows.
   */
  public List<RegionSummary> summaries(String jurisdiction, Optional<String> after, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                """
                select code, katottg, name_uk, name_en, currency from region
                 where jurisdiction = ?1 and code collate "C" > ?2
                 order by code collate "C" limit ?3
                """)
            .setParameter(1, jurisdiction)
            .setParameter(2, after.orElse(""))
            .setParameter(3, limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new RegionSummary(
                    (String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
        .toList();
  }

  /** The currency of the jurisdiction's regions, or null when it has none. */
  public String currencyOf(String jurisdiction) {
    return find("jurisdiction", jurisdiction)
        .firstResultOptional()
        .map(r -> r.currency)
        .orElse(null);
  }

  /** The oblast whose office answers for a region: a community's oblast, else the region itself. */
  public String oblastOf(String code) {
    return findByIdOptional(code)
        .map(region -> region.parentCode == null ? region.code : region.parentCode)
        .orElseGet(
            () -> code.matches(".+-[0-9]{3}") ? code.substring(0, code.lastIndexOf('-')) : code);
  }

  /** An oblast's communities, by code. */
  public List<Region> communitiesOf(String oblast) {
    return list("parentCode = ?1 order by code", oblast);
  }

  public long countOfJurisdiction(String jurisdiction) {
    return count("jurisdiction", jurisdiction);
  }

  public Map<String, Region> byCode() {
    return listAll().stream().collect(Collectors.toMap(r -> r.code, Function.identity()));
  }
}
