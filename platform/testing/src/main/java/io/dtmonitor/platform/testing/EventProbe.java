package io.dtmonitor.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic of the test broker from the beginning, as an independent consumer would (as the
 * test harness, which may read any topic).
 */
public final class EventProbe implements AutoCloseable {

  private final KafkaConsumer<String, byte[]> consumer;
  private final List<ReceivedEvent> seen = new ArrayList<>();

  public EventProbe(String topic) {
    Properties config = new Properties();
    config.putAll(KafkaTestResource.harnessConfig());
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    consumer.subscribe(List.of(topic));
  }

  /** Waits until an event matching {@code match} arrives; fails after {@code timeout}. */
  public ReceivedEvent await(Predicate<ReceivedEvent> match, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (ReceivedEvent event : seen) {
        if (match.test(event)) {
          return event;
        }
      }
      poll(Duration.ofMillis(200));
    }
    throw new AssertionError("No matching event within " + timeout + "; saw " + seen);
  }

  /** Every event matching {@code match} seen while polling for {@code duration}. */
  public List<ReceivedEvent> collect(Predicate<ReceivedEvent> match, Duration duration) {
    long deadline = System.nanoTime() + duration.toNanos();
    while (System.nanoTime() < deadline) {
      poll(Duration.ofMillis(200));
    }
    return seen.stream().filter(match).toList();
  }

  private void poll(Duration duration) {
    for (ConsumerRecord<String, byte[]> record : consumer.poll(duration)) {
      Map<String, String> headers = new java.util.LinkedHashMap<>();
      for (Header header : record.headers()) {
        headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
      }
      seen.add(
          new ReceivedEvent(
              record.topic(),
              record.key(),
              headers,
              record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8)));
    }
  }

  @Override
  public void close() {
    consumer.close();
  }

  /** A record as it arrived: key, headers as text, and the data. */
  public record ReceivedEvent(String topic, String key, Map<String, String> headers, String data) {

    public String header(String name) {
      return headers.get(name);
    }

    public String type() {
      return headers.get("ce_type");
    }
  }
}
