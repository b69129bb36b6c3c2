package io.dtmonitor.reporting.integration.programme;

import io.dtmonitor.platform.inbox.TopicReplayer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Drops the programme replica and rebuilds it from programme-service's topics (organisations, then
 * programmes), each read from offset 0 to its current end, in one transaction: the replica is a
 * pure function of the topics.
 */
@ApplicationScoped
public class ReplicaRebuilder {

  private final EntityManager entityManager;
  private final ProgrammeEventsHandler handler;
  private final TopicReplayer replayer;

  public ReplicaRebuilder(
      EntityManager entityManager, ProgrammeEventsHandler handler, TopicReplayer replayer) {
    this.entityManager = entityManager;
    this.handler = handler;
    this.replayer = replayer;
  }

  /** Outcome of a rebuild. */
  @Schema(
      name = "ReplicaRebuildResult",
      description = "Records read from the topic and records skipped as unreadable")
  public record Rebuilt(long recordsRead, long skipped) {}

  @Transactional
  public Rebuilt rebuild() {
    entityManager
        .createNativeQuery(
            "truncate replica_measure_body, replica_plan, replica_measure, replica_version,"
                + " replica_programme, replica_organisation_name, replica_organisation")
        .executeUpdate();
    TopicReplayer.Replayed replayed =
        replayer
            .replay(ProgrammeEventsHandler.ORGANISATION_TOPIC, handler)
            .plus(replayer.replay(ProgrammeEventsHandler.TOPIC, handler));
    return new Rebuilt(replayed.recordsRead(), replayed.skipped());
  }
}
