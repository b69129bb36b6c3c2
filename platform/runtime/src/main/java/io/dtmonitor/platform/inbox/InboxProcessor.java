package io.dtmonitor.platform.inbox;

import io.cloudevents.CloudEvent;
import io.dtmonitor.platform.tracing.EventTracing;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Applies events together with their inbox rows: one event in its own transaction, or a whole poll
 * of events in one transaction, all or none, with the poll's inbox rows written in one statement.
 * Each first delivery takes effect in a span continuing the trace the event carries.
 */
@ApplicationScoped
public class InboxProcessor {

  private final Inbox inbox;
  private final MeterRegistry registry;
  private final EventTracing tracing;

  public InboxProcessor(Inbox inbox, MeterRegistry registry, EventTracing tracing) {
    this.inbox = inbox;
    this.registry = registry;
    this.tracing = tracing;
  }

  /** Returns false when the event had been processed before and was skipped. */
  public boolean process(IncomingEventHandler handler, CloudEvent event, String topic) {
    boolean first = QuarkusTransaction.requiringNew().call(() -> applyOnce(handler, event, topic));
    count(handler, first ? 1 : 0, first ? 0 : 1);
    return first;
  }

  /** One event and the topic it came from. */
  public record Delivery(CloudEvent event, String topic) {

    Inbox.Received received() {
      return new Inbox.Received(event.getId(), event.getType(), topic);
    }
  }

  /**
   * Applies every delivery in one transaction: all take effect, or (when any fails) none does and
   * the exception is thrown. An event delivered twice takes effect once.
   */
  public void processAll(IncomingEventHandler handler, List<Delivery> deliveries) {
    List<Boolean> first =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  List<Boolean> firstDeliveries =
                      inbox.markProcessed(
                          handler.consumer(), deliveries.stream().map(Delivery::received).toList());
                  for (int i = 0; i < deliveries.size(); i++) {
                    if (firstDeliveries.get(i)) {
                      apply(handler, deliveries.get(i));
                    }
                  }
                  return firstDeliveries;
                });
    long applied = first.stream().filter(Boolean::booleanValue).count();
    count(handler, applied, first.size() - applied);
  }

  /** Counts committed effects: events applied, and redeliveries skipped as duplicates. */
  private void count(IncomingEventHandler handler, long applied, long duplicates) {
    registry.counter("dtm.inbox.events.applied", "consumer", handler.consumer()).increment(applied);
    registry
        .counter("dtm.inbox.events.duplicate", "consumer", handler.consumer())
        .increment(duplicates);
  }

  /** Within the caller's transaction: the inbox row, and the effect unless it was there already. */
  private boolean applyOnce(IncomingEventHandler handler, CloudEvent event, String topic) {
    Delivery delivery = new Delivery(event, topic);
    if (!inbox.markProcessed(handler.consumer(), delivery.received())) {
      return false;
    }
    apply(handler, delivery);
    return true;
  }

  private void apply(IncomingEventHandler handler, Delivery delivery) {
    tracing.consuming(
        delivery.topic(),
        handler.consumer(),
        delivery.event(),
        () -> ExpectedSources.handle(handler, delivery.event()));
  }
}
