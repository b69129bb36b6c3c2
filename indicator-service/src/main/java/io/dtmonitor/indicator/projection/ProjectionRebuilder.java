package io.dtmonitor.indicator.projection;

import io.dtmonitor.platform.inbox.TopicReplayer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Empties the programme and report projections and replays both topics from offset 0 in one
 * transaction, through the same handlers the live consumers use.
 */
@ApplicationScoped
public class ProjectionRebuilder {

  private final EntityManager entityManager;
  private final ProgrammeFactsHandler programmes;
  private final ReportFactsHandler reports;
  private final TopicReplayer replayer;

  public ProjectionRebuilder(
      EntityManager entityManager,
      ProgrammeFactsHandler programmes,
      ReportFactsHandler reports,
      TopicReplayer replayer) {
    this.entityManager = entityManager;
    this.programmes = programmes;
    this.reports = reports;
    this.replayer = replayer;
  }

  /** Outcome of a rebuild. */
  @Schema(
      name = "ProjectionRebuildResult",
      description = "Records read from both topics and records skipped as unreadable")
  public record Rebuilt(long recordsRead, long skipped) {}

  @Transactional
  public Rebuilt rebuild() {
    entityManager
        .createNativeQuery("truncate programme_year_plan, programme_fact, report_fact")
        .executeUpdate();
    TopicReplayer.Replayed replayed =
        replayer
            .replay(ProgrammeFactsHandler.TOPIC, programmes)
            .plus(replayer.replay(ReportFactsHandler.TOPIC, reports));
    return new Rebuilt(replayed.recordsRead(), replayed.skipped());
  }
}
