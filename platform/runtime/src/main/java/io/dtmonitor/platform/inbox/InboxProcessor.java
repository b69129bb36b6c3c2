package io.dtmonitor.platform.inbox;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Applies events together with their inbox rows: one event in its own transaction, or a whole poll
 * of events in one transaction, all or none.
 */
@ApplicationScoped
public class InboxProcessor {

  private final Inbox inbox;

  public InboxProcessor(Inbox inbox) {
    this.inbox = inbox;
  }

  /** Returns false when the event had been processed before and was skipped. */
  public boolean process(IncomingEventHandler handler, CloudEvent event, String topic) {
    return QuarkusTransaction.requiringNew().call(() -> applyOnce(handler, event, topic));
  }

  /** One event and the topic it came from. */
  public record Delivery(CloudEvent event, String topic) {}

  /**
   * Applies every delivery in one transaction: all take effect, or (when any fails) none does and
   * the exception is thrown. An event delivered twice takes effect once.
   */
  public void processAll(IncomingEventHandler handler, List<Delivery> deliveries) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (Delivery delivery : deliveries) {
                applyOnce(handler, delivery.event(), delivery.topic());
              }
            });
  }

  /** Within the caller's transaction: the inbox row, and the effect unless it was there already. */
  private boolean applyOnce(IncomingEventHandler handler, CloudEvent event, String topic) {
    if (!inbox.markProcessed(handler.consumer(), event.getId(), event.getType(), topic)) {
      return false;
    }
    handler.handle(event);
    return true;
  }
}
