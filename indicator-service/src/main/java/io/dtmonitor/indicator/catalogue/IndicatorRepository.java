package io.dtmonitor.indicator.catalogue;

import io.dtmonitor.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

  public List<Indicator> all() {
    return listAll(Sort.by("code"));
  }

  /** 400 on {@code indicator} unless the catalogue has it: a filter by it could match nothing. */
  public void requireIndicator(String code) {
    if (findByIdOptional(code).isEmpty()) {
      throw ProblemException.invalid("indicator", "is not in the catalogue: " + code);
    }
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

  /** Where a mapping sorts among an indicator's: by source, then target methodology. */
  public record MappingKey(String fromVersion, String toVersion) {

    /** Reads {@link #toString()}; each version is URL-encoded, so a "|" in one cannot confuse. */
    public static MappingKey parse(String key) {
      String[] parts = key.split("\\|", -1);
      if (parts.length != 2) {
        throw new IllegalArgumentException("not a mapping key: " + key);
      }
      return new MappingKey(
          URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
          URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      return URLEncoder.encode(fromVersion, StandardCharsets.UTF_8)
          + "|"
          + URLEncoder.encode(toVersion, StandardCharsets.UTF_8);
    }
  }

  /**
   * Up to {@code limit} mappings of one indicator after {@code after}, by source and target
   * methodology.
   */
  public List<Mapping> mappingsOf(String indicator, Optional<MappingKey> after, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                """
                select from_version, to_version, factor, offset_value from methodology_mapping
                 where indicator_code = ?1
                   and (cast(?2 as varchar) is null
                        or (from_version, to_version) > (cast(?2 as varchar), cast(?3 as varchar)))
                 order by from_version, to_version
                 limit ?4
                """)
            .setParameter(1, indicator)
            .setParameter(2, after.map(MappingKey::fromVersion).orElse(null))
            .setParameter(3, after.map(MappingKey::toVersion).orElse(null))
            .setParameter(4, limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Mapping(
                    indicator, (String) r[0], (String) r[1], (BigDecimal) r[2], (BigDecimal) r[3]))
        .toList();
  }

  /** The mapping from one methodology to another, if one is set. */
  public Optional<Mapping> mapping(String indicator, String from, String to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                """
                select factor, offset_value from methodology_mapping
                 where indicator_code = ?1 and from_version = ?2 and to_version = ?3
                """)
            .setParameter(1, indicator)
            .setParameter(2, from)
            .setParameter(3, to)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> new Mapping(indicator, from, to, (BigDecimal) r[0], (BigDecimal) r[1]));
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
