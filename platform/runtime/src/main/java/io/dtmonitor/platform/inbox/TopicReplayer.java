package io.dtmonitor.platform.inbox;

import io.cloudevents.kafka.CloudEventDeserializer;
import io.dtmonitor.platform.events.KafkaClients;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Reads a topic from offset 0 to its current end and hands every CloudEvent to a callback, for
 * rebuilding a read model. It joins no consumer group and commits nothing, so the live consumers
 * are unaffected.
 */
@ApplicationScoped
public class TopicReplayer {

  private static final Logger LOG = Logger.getLogger(TopicReplayer.class);

  private final KafkaClients kafka;

  public TopicReplayer(KafkaClients kafka) {
    this.kafka = kafka;
  }

  /**
   * What a replay saw: records read, and records skipped as not a CloudEvent, foreign or poison.
   */
  public record Replayed(long recordsRead, long skipped) {

    /** The two replays counted together, as one rebuild from several topics. */
    public Replayed plus(Replayed other) {
      return new Replayed(recordsRead + other.recordsRead, skipped + other.skipped);
    }
  }

  /**
   * Reads {@code topic} from its first offset to its end and hands every event from one of the
   * handler's sources to it; what is not a CloudEvent, comes from another source or is poison is
   * skipped and counted.
   */
  public Replayed replay(String topic, IncomingEventHandler handler) {
    long read = 0;
    long skipped = 0;
    CloudEventDeserializer deserializer = new CloudEventDeserializer();
    // Named after the consumer, as its group is: one Kafka ACL prefix covers a service's groups.
    try (KafkaConsumer<String, byte[]> consumer =
        kafka.rawConsumer(handler.consumer() + ".replay." + UUID.randomUUID(), "replay")) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(info -> new TopicPartition(info.topic(), info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          read++;
          try {
            ExpectedSources.handle(
                handler,
                deserializer.deserialize(record.topic(), record.headers(), record.value()));
          } catch (PoisonEventException | IllegalStateException | IllegalArgumentException e) {
            skipped++;
            LOG.warnf(
                "Replay skips %s-%d@%d: %s",
                record.topic(), record.partition(), record.offset(), e.getMessage());
          }
        }
      }
    }
    return new Replayed(read, skipped);
  }
}
