package io.dtmonitor.platform.inbox;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/** Applies one event in its own transaction together with its inbox row. */
@ApplicationScoped
public class InboxProcessor {

  private final Inbox inbox;

  public InboxProcessor(Inbox inbox) {
    this.inbox = inbox;
  }

  /** Returns false when the event had been processed before and was skipped. */
  public boolean process(IncomingEventHandler handler, CloudEvent event, String topic) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              if (!inbox.markProcessed(handler.consumer(), event.getId(), event.getType(), topic)) {
                return false;
              }
              handler.handle(event);
              return true;
            });
  }
}
