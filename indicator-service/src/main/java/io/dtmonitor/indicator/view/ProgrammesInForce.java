package io.dtmonitor.indicator.view;

import static io.dtmonitor.platform.http.Decimals.normalize;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The programmes in force in each of some regions at a period's end, with their plan for the
 * period's year: the latest version that took effect by then. Each region's totals count every
 * programme; its list holds at most {@link #SHOWN} of them, the largest plans first, so a region
 * that registers many programmes cannot grow the cross-region view without bound.
 */
@ApplicationScoped
class ProgrammesInForce {

  /** The most programmes a region's row lists. */
  static final int SHOWN = 50;

  /** A region's programmes in force: the first {@link #SHOWN}, and totals over all of them. */
  record OfRegion(
      List<CrossRegionView.ProgrammeInForce> shown,
      int count,
      BigDecimal plannedFixed,
      boolean plannedWithinFunding) {

    static final OfRegion NONE = new OfRegion(List.of(), 0, BigDecimal.ZERO, false);
  }

  private final EntityManager entityManager;

  ProgrammesInForce(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  Map<String, OfRegion> of(LocalDate periodEnd, int year, Collection<String> regionCodes) {
    if (regionCodes.isEmpty()) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                """
                select programme_id, region_code, title_uk, version_number, planned_fixed, within_funding,
                       programmes, region_planned_fixed, region_within_funding
                  from (select latest.*,
                               row_number() over (partition by region_code
                                                  order by planned_fixed desc, programme_id) as place,
                               count(*) over (partition by region_code) as programmes,
                               sum(planned_fixed) over (partition by region_code) as region_planned_fixed,
                               bool_or(within_funding) over (partition by region_code) as region_within_funding
                          from (select distinct on (f.programme_id) f.programme_id, f.region_code, f.title_uk,
                                       f.version_number, coalesce(p.planned_fixed, 0) as planned_fixed,
                                       coalesce(p.within_funding, false) as within_funding
                                  from programme_fact f
                                  left join programme_year_plan p
                                    on p.programme_id = f.programme_id and p.version_number = f.version_number
                                   and p.year = ?2
                                 where f.effective_from <= ?1 and f.first_year <= ?2 and f.last_year >= ?2
                                   and f.region_code in (?3)
                                 order by f.programme_id, f.effective_from desc, f.version_number desc) latest
                       ) placed
                 where place <= ?4
                 order by region_code, place
                """)
            .setParameter(1, periodEnd)
            .setParameter(2, year)
            .setParameter(3, regionCodes)
            .setParameter(4, SHOWN)
            .getResultList();
    Map<String, OfRegion> byRegion = new HashMap<>();
    for (Object[] row : rows) {
      String region = (String) row[1];
      OfRegion of =
          byRegion.computeIfAbsent(
              region,
              code ->
                  new OfRegion(
                      new ArrayList<>(),
                      ((Number) row[6]).intValue(),
                      normalize((BigDecimal) row[7]),
                      (Boolean) row[8]));
      of.shown()
          .add(
              new CrossRegionView.ProgrammeInForce(
                  (UUID) row[0],
                  (String) row[2],
                  (Integer) row[3],
                  normalize((BigDecimal) row[4]),
                  (Boolean) row[5]));
    }
    return byRegion;
  }
}
