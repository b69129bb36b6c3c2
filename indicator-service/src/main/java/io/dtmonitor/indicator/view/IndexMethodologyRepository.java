package io.dtmonitor.indicator.view;

import io.dtmonitor.indicator.catalogue.Indicator;
import io.dtmonitor.indicator.catalogue.IndicatorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the published methodology of the composite index: its coverage rule and components. */
@ApplicationScoped
public class IndexMethodologyRepository {

  /** The methodology the cross-region view computes. */
  static final String CURRENT = "DTM-1";

  private final EntityManager entityManager;
  private final IndicatorRepository indicators;

  public IndexMethodologyRepository(EntityManager entityManager, IndicatorRepository indicators) {
    this.entityManager = entityManager;
    this.indicators = indicators;
  }

  CompositeIndex.Methodology current() {
    BigDecimal minCoverage =
        (BigDecimal)
            entityManager
                .createNativeQuery(
                    "select min_coverage from index_methodology where methodology = ?1")
                .setParameter(1, CURRENT)
                .getSingleResult();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select indicator_code, weight, lower_bound, upper_bound from index_weight where methodology = ?1")
            .setParameter(1, CURRENT)
            .getResultList();
    Map<String, Indicator> catalogue =
        indicators.all().stream().collect(Collectors.toMap(i -> i.code, Function.identity()));
    Map<String, CompositeIndex.Component> components = new TreeMap<>();
    for (Object[] row : rows) {
      String code = (String) row[0];
      components.put(
          code,
          new CompositeIndex.Component(
              (BigDecimal) row[1],
              (BigDecimal) row[2],
              (BigDecimal) row[3],
              !catalogue.get(code).higherIsBetter));
    }
    return new CompositeIndex.Methodology(CURRENT, minCoverage, components);
  }
}
