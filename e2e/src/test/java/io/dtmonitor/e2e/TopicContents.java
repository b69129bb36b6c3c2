package io.dtmonitor.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Everything a topic holds, read from offset 0 of every partition to its end (committed records
 * only, as the services' consumers read them): each record's CloudEvent id, type, time and data.
 * Counts the records that repeat an event id (duplicate publishes) and the aggregates whose events
 * appear out of order (an event older than one before it, by first appearance).
 */
final class TopicContents {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One record, as a CloudEvent in binary mode. */
  record Event(String key, String id, String type, OffsetDateTime time, JsonNode data) {}

  final String topic;
  final List<Event> records = new ArrayList<>();

  private TopicContents(String topic) {
    this.topic = topic;
  }

  static TopicContents read(String bootstrapServers, String topic) {
    TopicContents contents = new TopicContents(topic);
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false);
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(info -> new TopicPartition(topic, info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (!reachedEnd(consumer, end)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(topic + " could not be read to its end");
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          contents.records.add(event(record));
        }
      }
    }
    return contents;
  }

  private static boolean reachedEnd(
      KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
    return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }

  private static Event event(ConsumerRecord<String, byte[]> record) {
    try {
      return new Event(
          record.key(),
          header(record, "ce_id"),
          header(record, "ce_type"),
          OffsetDateTime.parse(header(record, "ce_time")),
          JSON.readTree(record.value()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** The distinct events, each at its first appearance. */
  Map<String, Event> distinct() {
    Map<String, Event> first = new LinkedHashMap<>();
    for (Event event : records) {
      first.putIfAbsent(event.id(), event);
    }
    return first;
  }

  int duplicateRecords() {
    return records.size() - distinct().size();
  }

  /**
   * Aggregates (record keys) whose events, in order of first appearance in their partition, go back
   * in time: one published after another that it happened before.
   */
  Set<String> aggregatesOutOfOrder() {
    Map<String, OffsetDateTime> latest = new HashMap<>();
    Set<String> outOfOrder = new HashSet<>();
    for (Event event : distinct().values()) {
      OffsetDateTime before = latest.get(event.key());
      if (before != null && event.time().isBefore(before)) {
        outOfOrder.add(event.key());
      }
      if (before == null || event.time().isAfter(before)) {
        latest.put(event.key(), event.time());
      }
    }
    return outOfOrder;
  }
}
