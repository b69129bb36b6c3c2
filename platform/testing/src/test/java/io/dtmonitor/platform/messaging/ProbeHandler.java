package io.dtmonitor.platform.messaging;

import io.cloudevents.CloudEvent;
import io.dtmonitor.platform.inbox.IncomingEventHandler;
import io.dtmonitor.platform.inbox.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A consumer of the probe topic: records each applied event as a row, rejects bodies saying
 * "poison", fails the first attempt at bodies saying "flaky", and waits at bodies saying "held"
 * while a test {@link #hold() holds} it.
 */
@ApplicationScoped
public class ProbeHandler implements IncomingEventHandler {

  static final String TOPIC = "dtm.probe.events.v1";

  private static volatile CountDownLatch gate = new CountDownLatch(0);

  private final EntityManager entityManager;
  private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

  public ProbeHandler(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Makes the consumer wait at the next event saying "held" until {@link #release()}. */
  static void hold() {
    gate = new CountDownLatch(1);
  }

  static void release() {
    gate.countDown();
  }

  @Override
  public String consumer() {
    return "platform-test.probe";
  }

  @Override
  public Set<String> topics() {
    return Set.of(TOPIC);
  }

  /** The producers whose events these are; any other source is dead-lettered. */
  @Override
  public Set<String> sources() {
    return Set.of("/test", "/platform-probe");
  }

  @Override
  public void handle(CloudEvent event) {
    String body = new String(event.getData().toBytes(), StandardCharsets.UTF_8);
    if (body.contains("poison")) {
      throw new PoisonEventException("the probe never accepts poison");
    }
    if (body.contains("held")) {
      awaitRelease();
    }
    entityManager
        .createNativeQuery("insert into probe_effect (event_id, body) values (?1, ?2)")
        .setParameter(1, event.getId())
        .setParameter(2, body)
        .executeUpdate();
    if (body.contains("flaky") && failedOnce.add(event.getId())) {
      throw new IllegalStateException("first attempt fails after writing; it must roll back");
    }
  }

  private static void awaitRelease() {
    try {
      if (!gate.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released the consumer");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while held", e);
    }
  }
}
