package io.dtmonitor.indicator.view;

import io.dtmonitor.platform.persistence.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

/** Reads how far the sources of the view's standings have changed (migration V8). */
@ApplicationScoped
public class StandingsRevisionRepository {

  /**
   * The count of changes to observations, regions and the catalogue that a reader sees, and the
   * latest time any observation was recorded at (empty when none is).
   */
  record Revision(long count, Optional<Instant> latestRecordedAt) {}

  private final EntityManager entityManager;

  public StandingsRevisionRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  Revision current() {
    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery(
                    "select revision, (select max(recorded_at) from observation) from standings_revision")
                .getSingleResult();
    return new Revision(
        ((Number) row[0]).longValue(), Optional.ofNullable(SqlTimes.instant(row[1])));
  }
}
