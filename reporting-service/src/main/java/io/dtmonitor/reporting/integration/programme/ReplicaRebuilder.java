package io.dtmonitor.reporting.integration.programme;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.dtmonitor.platform.events.KafkaClients;
import io.dtmonitor.platform.inbox.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Drops the programme replica and rebuilds it from the programme topic, read from offset 0 to its
 * current end, in one transaction: the replica is a pure function of the topic.
 */
@ApplicationScoped
public class ReplicaRebuilder {

  private static final Logger LOG = Logger.getLogger(ReplicaRebuilder.class);

  private final EntityManager entityManager;
  private final ReplicaWriter writer;
  private final ProgrammeEventsHandler handler;
  private final KafkaClients kafka;

  public ReplicaRebuilder(
      EntityManager entityManager,
      ReplicaWriter writer,
      ProgrammeEventsHandler handler,
      KafkaClients kafka) {
    this.entityManager = entityManager;
    this.writer = writer;
    this.handler = handler;
    this.kafka = kafka;
  }

  /** Outcome of a rebuild. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(
      name = "ReplicaRebuildResult",
      description = "Records read from the topic, versions applied, records skipped as unreadable")
  public record Rebuilt(long recordsRead, long versionsApplied, long skipped) {}

  @Transactional
  public Rebuilt rebuild() {
    entityManager
        .createNativeQuery(
            "truncate replica_plan, replica_measure, replica_version, replica_programme")
        .executeUpdate();
    long read = 0;
    long applied = 0;
    long skipped = 0;
    CloudEventDeserializer deserializer = new CloudEventDeserializer();
    try (KafkaConsumer<String, byte[]> consumer =
        kafka.rawConsumer(
            "reporting.replica-rebuild." + UUID.randomUUID(), "reporting-replica-rebuild")) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(ProgrammeEventsHandler.TOPIC).stream()
              .map(info -> new TopicPartition(info.topic(), info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          read++;
          try {
            CloudEvent event =
                deserializer.deserialize(record.topic(), record.headers(), record.value());
            if (ProgrammeEventsHandler.VERSION_ADOPTED.equals(event.getType())) {
              writer.apply(handler.parse(event));
              applied++;
            }
          } catch (PoisonEventException | IllegalStateException | IllegalArgumentException e) {
            skipped++;
            LOG.warnf(
                "Rebuild skips %s-%d@%d: %s",
                record.topic(), record.partition(), record.offset(), e.getMessage());
          }
        }
      }
    }
    return new Rebuilt(read, applied, skipped);
  }
}
