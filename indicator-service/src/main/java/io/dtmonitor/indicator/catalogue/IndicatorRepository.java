package io.dtmonitor.indicator.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

  public List<Indicator> all() {
    return listAll(Sort.by("code"));
  }

  /** The indicators that count the children meeting a threshold of {@code source}'s values. */
  public List<Indicator> sharesOf(String source) {
    return list(
        "regionAggregation = ?1 and rollupSource = ?2", Indicator.Aggregation.SHARE, source);
  }

  /** A methodology version of {@code indicator}, with the indicator's unit. */
  public Optional<Methodology> methodology(Indicator indicator, String version) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select scale_min, scale_max, periodicity from methodology where indicator_code = ?1 and version = ?2")
            .setParameter(1, indicator.code)
            .setParameter(2, version)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new Methodology(
                    indicator.code,
                    version,
                    indicator.unit,
                    (BigDecimal) r[0],
                    (BigDecimal) r[1],
                    IndicatorRequest.Periodicity.valueOf((String) r[2])));
  }

  /**
   * Every linear mapping from one methodology's scale to another's, keyed by {@link #mappingKey}:
   * factor and offset.
   */
  public Map<String, BigDecimal[]> mappings() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select indicator_code, from_version, to_version, factor, offset_value from methodology_mapping")
            .getResultList();
    return rows.stream()
        .collect(
            Collectors.toMap(
                r -> mappingKey((String) r[0], (String) r[1], (String) r[2]),
                r -> new BigDecimal[] {(BigDecimal) r[3], (BigDecimal) r[4]}));
  }

  /** A stored mapping. */
  public record Mapping(
      String indicatorCode,
      String fromVersion,
      String toVersion,
      BigDecimal factor,
      BigDecimal offset) {}

  /** The mappings of one indicator, by source and target methodology. */
  public List<Mapping> mappingsOf(String indicator) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select from_version, to_version, factor, offset_value from methodology_mapping where indicator_code = ?1 order by from_version, to_version")
            .setParameter(1, indicator)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Mapping(
                    indicator, (String) r[0], (String) r[1], (BigDecimal) r[2], (BigDecimal) r[3]))
        .toList();
  }

  /** Creates or replaces the mapping from one methodology to another. */
  public void setMapping(
      String indicator, String from, String to, BigDecimal factor, BigDecimal offset) {
    getEntityManager()
        .createNativeQuery(
            """
            insert into methodology_mapping (indicator_code, from_version, to_version, factor, offset_value)
            values (?1, ?2, ?3, ?4, ?5)
            on conflict (indicator_code, from_version, to_version)
            do update set factor = excluded.factor, offset_value = excluded.offset_value
            """)
        .setParameter(1, indicator)
        .setParameter(2, from)
        .setParameter(3, to)
        .setParameter(4, factor)
        .setParameter(5, offset)
        .executeUpdate();
  }

  /** The key of {@link #mappings}' map. */
  public static String mappingKey(String indicator, String from, String to) {
    return indicator + "|" + from + "|" + to;
  }
}
