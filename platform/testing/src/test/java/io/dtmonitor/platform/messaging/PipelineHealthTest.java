package io.dtmonitor.platform.messaging;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.platform.events.OutgoingEvent;
import io.dtmonitor.platform.outbox.OutboxWriter;
import io.dtmonitor.platform.testing.EventProbe;
import io.dtmonitor.platform.testing.HarnessEvents;
import io.dtmonitor.platform.testing.ManagementInterface;
import io.dtmonitor.platform.testing.PrometheusMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An operator sees the pipeline: readiness turns DOWN while the relay cannot publish and UP once it
 * can, the outbox's backlog and each consumer group's lag are metrics that rise while events are
 * held up and fall back to zero, and applied and dead-lettered events are counted.
 */
@QuarkusTest
class PipelineHealthTest {

  private static final Duration WAIT = Duration.ofSeconds(40);
  private static final Map<String, String> PROBE = Map.of("consumer", "platform-test.probe");

  @Inject OutboxWriter outbox;
  @Inject EntityManager entityManager;

  @Test
  void readinessIsDownWhileTheRelayCannotPublishAndUpOnceItCan() {
    UUID stuck = UUID.randomUUID();
    // A topic the broker does not have (and will not create): the relay cannot publish the row.
    QuarkusTransaction.requiringNew()
        .run(() -> outbox.append(outgoing(stuck, "dtm.unprovisioned.v1", "stuck")));
    try {
      awaitRelay(503, "DOWN");
      assertTrue(PrometheusMetrics.sum("dtm_outbox_unpublished", Map.of()) >= 1);
      assertTrue(PrometheusMetrics.sum("dtm_outbox_oldest_unpublished_age_seconds", Map.of()) > 1);
      ManagementInterface.given().get("/q/health/live").then().statusCode(200);
    } finally {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  entityManager
                      .createNativeQuery(
                          "update outbox set published_at = now() where event_id = ?1")
                      .setParameter(1, stuck)
                      .executeUpdate());
    }
    awaitRelay(200, "UP");
    double published = PrometheusMetrics.sum("dtm_outbox_published_total", Map.of());
    UUID next = UUID.randomUUID();
    try (EventProbe events = new EventProbe(ProbeHandler.TOPIC)) {
      QuarkusTransaction.requiringNew()
          .run(() -> outbox.append(outgoing(next, ProbeHandler.TOPIC, "after the outage")));
      events.await(e -> next.toString().equals(e.key()), WAIT);
    }
    await()
        .atMost(WAIT)
        .until(
            () -> PrometheusMetrics.sum("dtm_outbox_published_total", Map.of()) >= published + 1);
    assertEquals(0, PrometheusMetrics.sum("dtm_outbox_unpublished", Map.of()));
  }

  @Test
  void lagCountsWhatAHeldConsumerHasNotAppliedAndFallsToZeroAfter() {
    // The relay publishes in Kafka transactions, whose commit markers take offsets of their own:
    // once the event is applied they are no lag.
    UUID relayed = UUID.randomUUID();
    try (EventProbe events = new EventProbe(ProbeHandler.TOPIC)) {
      QuarkusTransaction.requiringNew()
          .run(() -> outbox.append(outgoing(relayed, ProbeHandler.TOPIC, "relayed")));
      events.await(e -> relayed.toString().equals(e.key()), WAIT);
    }
    await().atMost(WAIT).until(() -> PrometheusMetrics.sum("dtm_inbox_lag_events", PROBE) == 0);

    double applied = counter("dtm_inbox_events_applied_total");
    double deadLettered = counter("dtm_inbox_events_dead_lettered_total");
    ProbeHandler.hold();
    try {
      for (int i = 0; i < 3; i++) {
        publish("held " + i);
      }
      await().atMost(WAIT).until(() -> PrometheusMetrics.sum("dtm_inbox_lag_events", PROBE) >= 2);
    } finally {
      ProbeHandler.release();
    }
    await().atMost(WAIT).until(() -> PrometheusMetrics.sum("dtm_inbox_lag_events", PROBE) == 0);
    assertEquals(applied + 3, counter("dtm_inbox_events_applied_total"));

    publish("poison");
    await()
        .atMost(WAIT)
        .until(() -> counter("dtm_inbox_events_dead_lettered_total") == deadLettered + 1);
  }

  /** Waits for readiness to answer {@code status} with the relay's check {@code relay}. */
  private static void awaitRelay(int status, String relay) {
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                ManagementInterface.given()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(status)
                    .body("checks.find { it.name == 'outbox-relay' }.status", equalTo(relay))
                    .body(
                        "checks.find { it.name == 'inbox-consumers' }.data['platform-test.probe']",
                        equalTo("polling")));
  }

  private static double counter(String name) {
    double value = PrometheusMetrics.sum(name, PROBE);
    return Double.isNaN(value) ? 0 : value;
  }

  private static void publish(String body) {
    HarnessEvents.publishJson(
        ProbeHandler.TOPIC,
        UUID.randomUUID().toString(),
        "/test",
        "io.dtmonitor.test.Probe.v1",
        "{\"body\":\"" + body + "\"}");
  }

  private static OutgoingEvent outgoing(UUID id, String topic, String body) {
    return new OutgoingEvent(
        id,
        topic,
        "io.dtmonitor.test.Probe.v1",
        null,
        "probe",
        id.toString(),
        "UA-53",
        Instant.now(),
        Map.of("body", body));
  }
}
