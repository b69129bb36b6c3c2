package io.dtmonitor.platform.inbox;

import io.dtmonitor.platform.events.KafkaClients;
import io.dtmonitor.platform.events.MessagingConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Each consumer group's lag per partition, {@code dtm_inbox_lag}: the events committed to the
 * partition (its last stable offset, as a read-committed consumer sees it) that the group has not
 * committed as applied. Read from the broker every {@code dtm.messaging.inbox.lag-interval}, so it
 * keeps counting while the consumer itself is stuck, which is when it matters.
 */
@ApplicationScoped
public class ConsumerLag {

  private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

  private final Instance<IncomingEventHandler> handlers;
  private final KafkaClients clients;
  private final MessagingConfig config;
  private final MultiGauge lag;
  private Admin admin;

  public ConsumerLag(
      Instance<IncomingEventHandler> handlers,
      KafkaClients clients,
      MessagingConfig config,
      MeterRegistry registry) {
    this.handlers = handlers;
    this.clients = clients;
    this.config = config;
    this.lag =
        MultiGauge.builder("dtm.inbox.lag")
            .description(
                "Events on a partition its consumer group has not applied yet: the partition's last"
                    + " stable offset minus the group's committed offset")
            .baseUnit("events")
            .register(registry);
  }

  @Scheduled(
      identity = "dtm-inbox-lag",
      every = "${dtm.messaging.inbox.lag-interval:15s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  synchronized void refresh() {
    if (!config.inbox().enabled() || handlers.isUnsatisfied()) {
      return;
    }
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    try {
      for (IncomingEventHandler handler : handlers) {
        lagOf(handler)
            .forEach(
                (partition, events) ->
                    rows.add(
                        MultiGauge.Row.of(
                            Tags.of(
                                "consumer",
                                handler.consumer(),
                                "topic",
                                partition.topic(),
                                "partition",
                                Integer.toString(partition.partition())),
                            events)));
      }
      lag.register(rows, true);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      LOG.debugf("Consumer lag not read this time: %s", e.toString());
      closeAdmin();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Map<TopicPartition, Long> lagOf(IncomingEventHandler handler)
      throws ExecutionException, InterruptedException, TimeoutException {
    Admin broker = admin();
    Map<TopicPartition, OffsetAndMetadata> committed =
        broker
            .listConsumerGroupOffsets(handler.consumer())
            .partitionsToOffsetAndMetadata()
            .get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    broker
        .describeTopics(handler.topics())
        .allTopicNames()
        .get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS)
        .forEach(
            (topic, description) ->
                description
                    .partitions()
                    .forEach(
                        partition ->
                            latest.put(
                                new TopicPartition(topic, partition.partition()),
                                OffsetSpec.latest())));
    Map<TopicPartition, Long> ends = offsets(broker, latest);
    Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
    latest.keySet().stream()
        .filter(partition -> committed.get(partition) == null)
        .forEach(partition -> earliest.put(partition, OffsetSpec.earliest()));
    Map<TopicPartition, Long> starts = offsets(broker, earliest);
    Map<TopicPartition, Long> lagByPartition = new HashMap<>();
    ends.forEach(
        (partition, end) -> {
          OffsetAndMetadata done = committed.get(partition);
          long from = done == null ? starts.getOrDefault(partition, 0L) : done.offset();
          lagByPartition.put(partition, Math.max(0, end - from));
        });
    return lagByPartition;
  }

  private static Map<TopicPartition, Long> offsets(
      Admin broker, Map<TopicPartition, OffsetSpec> wanted)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<TopicPartition, Long> offsets = new HashMap<>();
    if (wanted.isEmpty()) {
      return offsets;
    }
    broker
        .listOffsets(wanted, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
        .all()
        .get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS)
        .forEach((partition, info) -> offsets.put(partition, info.offset()));
    return offsets;
  }

  private Admin admin() {
    if (admin == null) {
      admin = clients.admin();
    }
    return admin;
  }

  private synchronized void closeAdmin() {
    if (admin != null) {
      admin.close(Duration.ZERO);
      admin = null;
    }
  }

  void stop(@Observes ShutdownEvent event) {
    closeAdmin();
  }
}
