package io.dtmonitor.platform.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.kafka.CloudEventSerializer;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Creates the plain kafka-clients objects the platform uses, from the {@code kafka.*} settings
 * Quarkus collects as the default broker configuration.
 */
@ApplicationScoped
public class KafkaClients {

  private final Map<String, Object> brokerConfig;

  public KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> brokerConfig) {
    this.brokerConfig = brokerConfig;
  }

  /**
   * An idempotent producer of binary-mode CloudEvents: acks from all in-sync replicas, no batching
   * delay, and short enough timeouts that an unreachable broker fails a send quickly.
   */
  public Producer<String, CloudEvent> cloudEventProducer(String clientId) {
    return new KafkaProducer<>(
        cloudEventConfig(clientId), new StringSerializer(), binaryCloudEvents());
  }

  /**
   * A transactional producer of binary-mode CloudEvents, otherwise as {@link #cloudEventProducer}.
   * The outbox relay sends each batch in one Kafka transaction: a batch is visible to
   * read-committed consumers whole, in outbox order, or not at all. Without it, a record that
   * failed followed by one that was written (a batch that expired while the broker restarted) puts
   * an aggregate's later event ahead of its earlier one once the batch is sent again.
   *
   * @param transactionalId stable for one instance of a service, so that a restarted instance
   *     fences its predecessor and aborts the transaction it left open
   */
  public Producer<String, CloudEvent> transactionalCloudEventProducer(
      String clientId, String transactionalId, Duration transactionTimeout) {
    Map<String, Object> config = cloudEventConfig(clientId);
    config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) transactionTimeout.toMillis());
    return new KafkaProducer<>(config, new StringSerializer(), binaryCloudEvents());
  }

  private Map<String, Object> cloudEventConfig(String clientId) {
    Map<String, Object> config = common(clientId);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
    return config;
  }

  private static CloudEventSerializer binaryCloudEvents() {
    CloudEventSerializer serializer = new CloudEventSerializer();
    serializer.configure(Map.of(CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY), false);
    return serializer;
  }

  /** A plain producer for dead letters, which carry the original bytes and headers. */
  public Producer<String, byte[]> rawProducer(String clientId) {
    Map<String, Object> config = common(clientId);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
    return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
  }

  /**
   * A consumer that reads raw bytes (so a record that is not a valid CloudEvent can still be
   * dead-lettered) and commits offsets only when told to.
   */
  public KafkaConsumer<String, byte[]> rawConsumer(String groupId, String clientId) {
    Map<String, Object> config = common(clientId);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
    return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
  }

  public Admin admin() {
    return Admin.create(common("admin"));
  }

  private Map<String, Object> common(String clientId) {
    Map<String, Object> config = new HashMap<>(brokerConfig);
    config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    return config;
  }
}
