package io.dtmonitor.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.dtmonitor.platform.events.KafkaClients;
import io.dtmonitor.platform.events.OutgoingEvent;
import io.dtmonitor.platform.inbox.InboxProcessor;
import io.dtmonitor.platform.outbox.OutboxWriter;
import io.dtmonitor.platform.testing.EventProbe;
import io.dtmonitor.platform.testing.EventProbe.ReceivedEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The outbox relay and the inbox consumer loop against the real broker and database. */
@QuarkusTest
class MessagingIntegrationTest {

  static final Duration WAIT = Duration.ofSeconds(30);

  @Inject OutboxWriter outbox;
  @Inject KafkaClients kafka;
  @Inject EntityManager entityManager;
  @Inject InboxProcessor processor;
  @Inject ProbeHandler probe;

  @Test
  void commitWakesTheRelayLongBeforeItsPollInterval() {
    String aggregate = UUID.randomUUID().toString();
    try (EventProbe probe = new EventProbe(ProbeHandler.TOPIC)) {
      QuarkusTransaction.requiringNew().run(() -> outbox.append(outgoing(aggregate, "wake")));
      ReceivedEvent event = probe.await(e -> aggregate.equals(e.key()), WAIT);
      assertEquals("{\"body\":\"wake\"}", event.data());
      assertEquals("/platform-probe", event.header("ce_source"));
      assertEquals("UA-53", event.header("ce_region"));
    }
  }

  @Test
  void rowCommittedAfterAHigherIdIsStillPublished() throws Exception {
    String early = "early-" + UUID.randomUUID();
    String late = "late-" + UUID.randomUUID();
    CountDownLatch earlyWritten = new CountDownLatch(1);
    CountDownLatch lateCommitted = new CountDownLatch(1);
    try (EventProbe probe = new EventProbe(ProbeHandler.TOPIC)) {
      CompletableFuture<Void> slowTransaction =
          CompletableFuture.runAsync(
              () ->
                  QuarkusTransaction.requiringNew()
                      .run(
                          () -> {
                            outbox.append(outgoing(early, "takes the lower id"));
                            entityManager.flush();
                            earlyWritten.countDown();
                            await(lateCommitted);
                          }));
      assertTrue(earlyWritten.await(10, TimeUnit.SECONDS));
      QuarkusTransaction.requiringNew().run(() -> outbox.append(outgoing(late, "higher id")));
      probe.await(e -> late.equals(e.key()), WAIT);
      lateCommitted.countDown();
      slowTransaction.get(10, TimeUnit.SECONDS);

      probe.await(e -> early.equals(e.key()), WAIT);
    }
    assertEquals(
        0,
        count(
            "select count(*) from outbox where published_at is null and aggregate_id in ('"
                + early
                + "', '"
                + late
                + "')"));
  }

  @Test
  void redeliveredEventIsAppliedOnceAndAFailedAttemptLeavesNoTrace() throws Exception {
    CloudEvent event = cloudEvent("flaky delivery");
    try (Producer<String, CloudEvent> producer = kafka.cloudEventProducer("test-duplicates")) {
      producer.send(new ProducerRecord<>(ProbeHandler.TOPIC, "dup", event)).get();
      producer.send(new ProducerRecord<>(ProbeHandler.TOPIC, "dup", event)).get();
    }
    awaitEffects(event.getId(), 1);
    String marker = sendAfterwards();
    awaitEffects(marker, 1);
    assertEquals(
        1, count("select count(*) from probe_effect where event_id = '" + event.getId() + "'"));
    assertEquals(1, count("select count(*) from inbox where event_id = '" + event.getId() + "'"));
    assertEquals(
        1,
        count("select redeliveries from inbox where event_id = '" + event.getId() + "'"),
        "the second delivery is counted");
    assertEquals(0, count("select redeliveries from inbox where event_id = '" + marker + "'"));
  }

  @Test
  void poisonAndMalformedRecordsAreDeadLetteredAndDoNotStallThePartition() throws Exception {
    CloudEvent poison = cloudEvent("poison pill");
    try (EventProbe deadLetters = new EventProbe(ProbeHandler.TOPIC + ".dlt");
        Producer<String, CloudEvent> producer = kafka.cloudEventProducer("test-poison");
        Producer<String, byte[]> raw = kafka.rawProducer("test-malformed")) {
      producer.send(new ProducerRecord<>(ProbeHandler.TOPIC, "same-key", poison)).get();
      raw.send(
              new ProducerRecord<>(
                  ProbeHandler.TOPIC,
                  "same-key",
                  "not a cloud event".getBytes(StandardCharsets.UTF_8)))
          .get();
      CloudEvent after = cloudEvent("after the bad records");
      producer.send(new ProducerRecord<>(ProbeHandler.TOPIC, "same-key", after)).get();

      awaitEffects(after.getId(), 1);
      ReceivedEvent letter = deadLetters.await(e -> poison.getId().equals(e.header("ce_id")), WAIT);
      assertEquals("the probe never accepts poison", letter.header("dtm-dlt-reason"));
      assertEquals("platform-test.probe", letter.header("dtm-dlt-consumer"));
      ReceivedEvent malformed = deadLetters.await(e -> "not a cloud event".equals(e.data()), WAIT);
      assertTrue(malformed.header("dtm-dlt-reason").startsWith("not a CloudEvent"));
      assertEquals(
          0, count("select count(*) from probe_effect where event_id = '" + poison.getId() + "'"));
    }
  }

  @Test
  void aPoisonEventAmongAPollOfGoodOnesCostsOnlyItself() throws Exception {
    List<CloudEvent> good = new ArrayList<>();
    CloudEvent poison = cloudEvent("poison in a crowd");
    try (EventProbe deadLetters = new EventProbe(ProbeHandler.TOPIC + ".dlt");
        Producer<String, CloudEvent> producer = kafka.cloudEventProducer("test-crowd")) {
      for (int i = 0; i < 30; i++) {
        CloudEvent event = i == 15 ? poison : cloudEvent("crowd " + i);
        if (event != poison) {
          good.add(event);
        }
        producer.send(new ProducerRecord<>(ProbeHandler.TOPIC, "crowd", event));
      }
      producer.flush();
      for (CloudEvent event : good) {
        awaitEffects(event.getId(), 1);
      }
      deadLetters.await(e -> poison.getId().equals(e.header("ce_id")), WAIT);
    }
    assertEquals(
        0, count("select count(*) from probe_effect where event_id = '" + poison.getId() + "'"));
    assertEquals(
        29,
        count("select count(*) from probe_effect where body like '%crowd %'"),
        "every good event of the poll took effect once");
  }

  /**
   * A poll's inbox rows are written in one statement, which cannot touch one row twice: an event
   * the poll holds twice, and one applied before, must still take effect once and count their
   * copies.
   */
  @Test
  void aPollHoldingCopiesAppliesEachEventOnceAndCountsTheCopies() {
    CloudEvent before = cloudEvent("applied before the poll");
    CloudEvent twice = cloudEvent("twice in the poll");
    CloudEvent fresh = cloudEvent("once in the poll");
    assertTrue(processor.process(probe, before, ProbeHandler.TOPIC));

    processor.processAll(
        probe,
        List.of(
            new InboxProcessor.Delivery(twice, ProbeHandler.TOPIC),
            new InboxProcessor.Delivery(before, ProbeHandler.TOPIC),
            new InboxProcessor.Delivery(fresh, ProbeHandler.TOPIC),
            new InboxProcessor.Delivery(twice, ProbeHandler.TOPIC)));

    for (CloudEvent event : List.of(before, twice, fresh)) {
      assertEquals(
          1,
          count("select count(*) from probe_effect where event_id = '" + event.getId() + "'"),
          "one effect of " + event.getId());
    }
    assertEquals(
        1, count("select redeliveries from inbox where event_id = '" + before.getId() + "'"));
    assertEquals(
        1, count("select redeliveries from inbox where event_id = '" + twice.getId() + "'"));
    assertEquals(
        0, count("select redeliveries from inbox where event_id = '" + fresh.getId() + "'"));
  }

  private String sendAfterwards() throws Exception {
    CloudEvent marker = cloudEvent("marker");
    try (Producer<String, CloudEvent> producer = kafka.cloudEventProducer("test-marker")) {
      producer.send(new ProducerRecord<>(ProbeHandler.TOPIC, "dup", marker)).get();
    }
    return marker.getId();
  }

  private void awaitEffects(String eventId, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (count("select count(*) from probe_effect where event_id = '" + eventId + "'")
          >= expected) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("event " + eventId + " was not applied within " + WAIT);
  }

  private int count(String sql) {
    return QuarkusTransaction.requiringNew()
        .call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).intValue());
  }

  private static CloudEvent cloudEvent(String body) {
    return CloudEventBuilder.v1()
        .withId(UUID.randomUUID().toString())
        .withSource(URI.create("/test"))
        .withType("io.dtmonitor.test.Probe.v1")
        .withDataContentType("application/json")
        .withData(("\"" + body + "\"").getBytes(StandardCharsets.UTF_8))
        .build();
  }

  private static OutgoingEvent outgoing(String aggregateId, String body) {
    return new OutgoingEvent(
        UUID.randomUUID(),
        ProbeHandler.TOPIC,
        "io.dtmonitor.test.Probe.v1",
        null,
        "probe",
        aggregateId,
        "UA-53",
        Instant.now(),
        Map.of("body", body));
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the other transaction never committed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
