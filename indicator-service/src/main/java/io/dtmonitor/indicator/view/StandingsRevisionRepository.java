package io.dtmonitor.indicator.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** Reads how far the sources of the view's standings have changed (migration V8). */
@ApplicationScoped
public class StandingsRevisionRepository {

  /**
   * The count of changes to observations, regions and the catalogue that a reader sees, and whether
   * every observation of the period it sees was recorded by the time the standings are read at.
   */
  record Revision(long count, boolean periodRecordedBy) {}

  private final EntityManager entityManager;

  public StandingsRevisionRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * The revision, and in the same snapshot whether any observation of {@code period} was recorded
   * after {@code asOf} (a clock ahead of this one, or a request for an earlier time): standings
   * read at {@code asOf} would leave such a value out though the revision counts it.
   */
  Revision current(String period, Instant asOf) {
    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery(
                    """
                    select revision,
                           not exists (select 1 from observation where period = ?1 and recorded_at > ?2)
                      from standings_revision
                    """)
                .setParameter(1, period)
                .setParameter(2, asOf)
                .getSingleResult();
    return new Revision(((Number) row[0]).longValue(), (Boolean) row[1]);
  }
}
