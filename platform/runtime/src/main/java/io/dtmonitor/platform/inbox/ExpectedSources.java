package io.dtmonitor.platform.inbox;

import io.cloudevents.CloudEvent;

/**
 * Hands an event to its handler only when it comes from one of the handler's {@link
 * IncomingEventHandler#sources()}: live from the inbox and when a read model is rebuilt from the
 * topic alike, so a forged event never takes effect either way.
 */
final class ExpectedSources {

  private ExpectedSources() {}

  static void handle(IncomingEventHandler handler, CloudEvent event) {
    String source = String.valueOf(event.getSource());
    if (!handler.sources().contains(source)) {
      throw new PoisonEventException(
          "source "
              + source
              + " is not one "
              + handler.consumer()
              + " takes: "
              + handler.sources());
    }
    handler.handle(event);
  }
}
