package io.dtmonitor.indicator.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

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

  /** The linear mapping from one methodology's scale to another's, if one is defined. */
  public Optional<BigDecimal[]> mapping(String indicator, String from, String to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select factor, offset_value from methodology_mapping where indicator_code = ?1 and from_version = ?2 and to_version = ?3")
            .setParameter(1, indicator)
            .setParameter(2, from)
            .setParameter(3, to)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> new BigDecimal[] {(BigDecimal) r[0], (BigDecimal) r[1]});
  }
}
