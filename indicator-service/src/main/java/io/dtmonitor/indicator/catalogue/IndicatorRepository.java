package io.dtmonitor.indicator.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

  public List<Indicator> all() {
    return listAll(Sort.by("code"));
  }

  public boolean hasMethodology(String indicator, String methodology) {
    return ((Number)
                getEntityManager()
                    .createNativeQuery(
                        "select count(*) from methodology where indicator_code = ?1 and version = ?2")
                    .setParameter(1, indicator)
                    .setParameter(2, methodology)
                    .getSingleResult())
            .intValue()
        == 1;
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

  /** The key of {@link #mappings}' map. */
  public static String mappingKey(String indicator, String from, String to) {
    return indicator + "|" + from + "|" + to;
  }
}
