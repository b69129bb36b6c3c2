package io.dtmonitor.indicator.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads how far the sources of the view's standings have changed (migration V8). */
@ApplicationScoped
public class StandingsRevisionRepository {

  private static final String EVERY = "*";

  /**
   * The revisions a reader sees: of every standing (regions, the catalogue, corrections in the
   * table) and of each indicator's standings in a period; and whether every observation of the
   * period it sees was recorded by the time the standings are read at.
   */
  record Revisions(long everyStanding, Map<String, Long> byIndicator, boolean periodRecordedBy) {

    /** The revision of one indicator's standings in the period: 0 before its first value. */
    long of(String indicatorCode) {
      return byIndicator.getOrDefault(indicatorCode, 0L);
    }
  }

  private final EntityManager entityManager;

  public StandingsRevisionRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * The revisions of the {@code indicators}' standings in {@code period}, and in the same snapshot
   * whether any observation of the period was recorded after {@code asOf} (a clock ahead of this
   * one, or a request for an earlier time): standings read at {@code asOf} would leave such a value
   * out though their revision counts it.
   */
  Revisions current(String period, Set<String> indicators, Instant asOf) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                """
                select period, indicator_code, revision,
                       not exists (select 1 from observation where period = :period and recorded_at > :asOf)
                  from standings_revision
                 where (period = '*' and indicator_code = '*')
                    or (period = :period and indicator_code in (:indicators))
                """)
            .setParameter("period", period)
            .setParameter("asOf", asOf)
            .setParameter("indicators", indicators)
            .getResultList();
    long everyStanding = 0;
    boolean recordedBy = true;
    Map<String, Long> byIndicator = new HashMap<>();
    for (Object[] row : rows) {
      long revision = ((Number) row[2]).longValue();
      recordedBy = (Boolean) row[3];
      if (EVERY.equals(row[0])) {
        everyStanding = revision;
      } else {
        byIndicator.put((String) row[1], revision);
      }
    }
    return new Revisions(everyStanding, byIndicator, recordedBy);
  }
}
