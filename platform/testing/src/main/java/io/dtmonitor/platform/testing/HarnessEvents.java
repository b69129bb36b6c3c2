package io.dtmonitor.platform.testing;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes events as the test harness: what another service would publish (a test of a consumer
 * has no producer beside it) or what an attacker would forge. The service under test could not: its
 * Kafka user may write only its own topic.
 */
public final class HarnessEvents {

  private HarnessEvents() {}

  /**
   * Sends a CloudEvent of {@code type} from {@code source} with JSON {@code data}, a fresh id, the
   * aggregate {@code key} as subject and now as time; returns its id.
   */
  public static String publishJson(
      String topic, String key, String source, String type, String data) {
    String id = UUID.randomUUID().toString();
    publish(
        topic,
        key,
        CloudEventBuilder.v1()
            .withId(id)
            .withSource(URI.create(source))
            .withType(type)
            .withSubject(key)
            .withTime(OffsetDateTime.now())
            .withDataContentType("application/json")
            .withData(data.getBytes(StandardCharsets.UTF_8))
            .build());
    return id;
  }

  /** Sends {@code event} (binary mode, as the services publish) and waits for the broker's ack. */
  public static void publish(String topic, String key, CloudEvent event) {
    CloudEventSerializer serializer = new CloudEventSerializer();
    serializer.configure(Map.of(CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY), false);
    try (Producer<String, CloudEvent> producer =
        new KafkaProducer<>(
            KafkaTestResource.harnessConfig(), new StringSerializer(), serializer)) {
      producer.send(new ProducerRecord<>(topic, key, event)).get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("The harness could not publish to " + topic, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while publishing to " + topic, e);
    }
  }
}
