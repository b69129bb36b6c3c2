package io.dtmonitor.platform.inbox;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Applies events together with their inbox rows: one event in its own transaction, or a whole poll
 * of events in one transaction, all or none, with the poll's inbox rows written in one statement.
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
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              List<Boolean> first =
                  inbox.markProcessed(
                      handler.consumer(), deliveries.stream().map(Delivery::received).toList());
              for (int i = 0; i < deliveries.size(); i++) {
                if (first.get(i)) {
                  ExpectedSources.handle(handler, deliveries.get(i).event());
                }
              }
            });
  }

  /** Within the caller's transaction: the inbox row, and the effect unless it was there already. */
  private boolean applyOnce(IncomingEventHandler handler, CloudEvent event, String topic) {
    if (!inbox.markProcessed(handler.consumer(), new Delivery(event, topic).received())) {
      return false;
    }
    ExpectedSources.handle(handler, event);
    return true;
  }
}
