package io.dtmonitor.platform.inbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.dtmonitor.platform.events.KafkaClients;
import io.dtmonitor.platform.events.MessagingConfig;
import io.dtmonitor.platform.events.TopicProvisioner;
import io.dtmonitor.platform.persistence.DatabaseFailures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Headers;
import org.jboss.logging.Logger;

/**
 * One consumer's poll loop. The records of a poll are applied through {@link InboxProcessor} in one
 * transaction with their inbox rows; if that fails, each record is applied in a transaction of its
 * own, so that one bad record costs only itself. Offsets are committed only after the database
 * commit. A record that is not a CloudEvent, or whose handler rejects it as poison or keeps
 * failing, goes to the topic's dead-letter topic with the reason, and the partition moves on. A
 * failure that looks transient (the database is unreachable) is retried with backoff without giving
 * up, by seeking back to the record. The loop survives broker restarts: the client reconnects by
 * itself and a failed offset commit only means a redelivery, which the inbox absorbs.
 */
final class InboxConsumerLoop implements Runnable {

  static final String REASON_HEADER = "dtm-dlt-reason";
  static final String CONSUMER_HEADER = "dtm-dlt-consumer";
  static final String ORIGIN_HEADER = "dtm-dlt-origin";

  private static final Logger LOG = Logger.getLogger(InboxConsumerLoop.class);

  private final IncomingEventHandler handler;
  private final InboxProcessor processor;
  private final KafkaClients clients;
  private final TopicProvisioner topics;
  private final MessagingConfig.Inbox config;
  private final Counter deadLettered;
  private final CloudEventDeserializer deserializer = new CloudEventDeserializer();
  private volatile boolean running = true;
  private volatile boolean polling = true;
  private volatile KafkaConsumer<String, byte[]> consumer;
  private final Map<TopicPartition, Long> committed = new HashMap<>();

  InboxConsumerLoop(
      IncomingEventHandler handler,
      InboxProcessor processor,
      KafkaClients clients,
      TopicProvisioner topics,
      MessagingConfig.Inbox config,
      MeterRegistry registry) {
    this.handler = handler;
    this.processor = processor;
    this.clients = clients;
    this.topics = topics;
    this.config = config;
    this.deadLettered =
        Counter.builder("dtm.inbox.events.dead.lettered")
            .description("Events the consumer gave up on and wrote to the dead-letter topic")
            .tag("consumer", handler.consumer())
            .register(registry);
  }

  String consumer() {
    return handler.consumer();
  }

  /** Whether the loop runs (or is about to): false once it has ended. */
  boolean polling() {
    return polling;
  }

  void stop() {
    running = false;
    KafkaConsumer<String, byte[]> current = consumer;
    if (current != null) {
      current.wakeup();
    }
  }

  @Override
  public void run() {
    Thread.currentThread().setName("inbox-" + handler.consumer());
    try {
      loop();
    } finally {
      polling = false;
    }
  }

  private void loop() {
    while (running) {
      try {
        topics.ensureTopics();
        consume();
      } catch (WakeupException e) {
        break;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (RuntimeException e) {
        LOG.warnf("Consumer %s failed, restarting: %s", handler.consumer(), e.toString());
        pause(Duration.ofSeconds(1));
      }
    }
  }

  private void consume() {
    try (KafkaConsumer<String, byte[]> kafka =
            clients.rawConsumer(handler.consumer(), handler.consumer());
        Producer<String, byte[]> deadLetters = clients.rawProducer(handler.consumer() + "-dlt")) {
      consumer = kafka;
      committed.clear();
      kafka.subscribe(List.copyOf(handler.topics()));
      while (running) {
        ConsumerRecords<String, byte[]> records =
            kafka.poll(Duration.ofMillis(config.pollTimeout().toMillis()));
        if (records.count() > 1 && appliedTogether(records)) {
          commitPositions(kafka);
          continue;
        }
        for (TopicPartition partition : records.partitions()) {
          for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
            if (!apply(record, deadLetters)) {
              kafka.seek(partition, record.offset());
              break;
            }
          }
        }
        commitPositions(kafka);
      }
    } finally {
      consumer = null;
    }
  }

  /**
   * Applies all records of a poll in one transaction; false when any is not a CloudEvent or the
   * transaction failed, in which case nothing took effect and the records are applied one by one.
   */
  private boolean appliedTogether(ConsumerRecords<String, byte[]> records) {
    List<InboxProcessor.Delivery> deliveries = new ArrayList<>(records.count());
    for (ConsumerRecord<String, byte[]> record : records) {
      try {
        deliveries.add(
            new InboxProcessor.Delivery(
                deserializer.deserialize(record.topic(), record.headers(), record.value()),
                record.topic()));
      } catch (RuntimeException e) {
        return false;
      }
    }
    try {
      processor.processAll(handler, deliveries);
      return true;
    } catch (RuntimeException e) {
      LOG.infof(
          "Consumer %s: a poll of %d records failed together, applying them one by one: %s",
          handler.consumer(), records.count(), e.toString());
      return false;
    }
  }

  /**
   * Applies one record; returns false when it must be retried later (the caller seeks back to it
   * and the next poll redelivers it).
   */
  private boolean apply(ConsumerRecord<String, byte[]> record, Producer<String, byte[]> dlt) {
    CloudEvent event;
    try {
      event = deserializer.deserialize(record.topic(), record.headers(), record.value());
    } catch (RuntimeException e) {
      deadLetter(record, dlt, "not a CloudEvent: " + e.getMessage());
      return true;
    }
    Duration backoff = Duration.ofMillis(200);
    for (int attempt = 1; running; attempt++) {
      try {
        processor.process(handler, event, record.topic());
        return true;
      } catch (PoisonEventException e) {
        deadLetter(record, dlt, e.getMessage());
        return true;
      } catch (RuntimeException e) {
        if (!DatabaseFailures.isUnavailable(e) && attempt >= config.maxAttempts()) {
          deadLetter(record, dlt, "failed " + attempt + " times: " + e);
          return true;
        }
        LOG.warnf(
            "Consumer %s: event %s failed (attempt %d), retrying: %s",
            handler.consumer(), event.getId(), attempt, e.toString());
        pause(backoff);
        backoff =
            backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0
                ? config.maxBackoff()
                : backoff.multipliedBy(2);
      }
    }
    return false;
  }

  private void deadLetter(
      ConsumerRecord<String, byte[]> record, Producer<String, byte[]> dlt, String reason) {
    LOG.errorf(
        "Consumer %s dead-letters %s-%d@%d: %s",
        handler.consumer(), record.topic(), record.partition(), record.offset(), reason);
    ProducerRecord<String, byte[]> letter =
        new ProducerRecord<>(
            record.topic() + TopicProvisioner.DEAD_LETTER_SUFFIX, record.key(), record.value());
    Headers headers = letter.headers();
    record.headers().forEach(headers::add);
    headers.add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
    headers.add(CONSUMER_HEADER, handler.consumer().getBytes(StandardCharsets.UTF_8));
    headers.add(
        ORIGIN_HEADER,
        (record.topic() + "-" + record.partition() + "@" + record.offset())
            .getBytes(StandardCharsets.UTF_8));
    try {
      dlt.send(letter).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new KafkaException("Dead letter could not be written: " + e.getMessage(), e);
    }
    deadLettered.increment();
  }

  /**
   * Commits each assigned partition's position, where it moved since the last commit: after a poll
   * is applied, the position is past every applied record (and past the commit markers of the
   * producers' transactions, which an offset after the last record would leave as lag for ever),
   * and at a record that must be retried, where the loop sought back to. Commits without waiting
   * for the coordinator, so the next poll is not held up by it: a commit that fails or is overtaken
   * by a rebalance only means a redelivery, which the inbox absorbs.
   */
  private void commitPositions(KafkaConsumer<String, byte[]> kafka) {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (TopicPartition partition : kafka.assignment()) {
      long position;
      try {
        position = kafka.position(partition, Duration.ZERO);
      } catch (TimeoutException e) {
        continue;
      }
      if (!Long.valueOf(position).equals(committed.get(partition))) {
        offsets.put(partition, new OffsetAndMetadata(position));
      }
    }
    if (offsets.isEmpty()) {
      return;
    }
    offsets.forEach((partition, offset) -> committed.put(partition, offset.offset()));
    kafka.commitAsync(
        offsets,
        (done, failure) -> {
          if (failure != null) {
            done.keySet().forEach(committed::remove);
            LOG.warnf(
                "Consumer %s could not commit offsets, events will be redelivered and skipped: %s",
                handler.consumer(), failure.toString());
          }
        });
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
