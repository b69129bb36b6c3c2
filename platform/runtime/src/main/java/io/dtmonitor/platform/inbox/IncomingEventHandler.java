package io.dtmonitor.platform.inbox;

import io.cloudevents.CloudEvent;
import java.util.Set;

/**
 * A service's handler for events it consumes. The platform calls {@link #handle} inside a
 * transaction that also records the event id in the inbox, once per event id, and commits the Kafka
 * offset only after that transaction committed.
 *
 * <p>A handler maps the CloudEvent's data into its own copy of the producer's contract (never into
 * storage entities) and throws {@link PoisonEventException} for an event it can never process; any
 * other exception is retried.
 */
public interface IncomingEventHandler {

  /** Consumer group and inbox name; stable across releases, e.g. {@code reporting.programmes}. */
  String consumer();

  Set<String> topics();

  /**
   * The CloudEvents {@code source}s this handler takes events from: the producers it consumes, e.g.
   * {@code /programme-service}. An event from any other source is dead-lettered unapplied, so a
   * client that can write to a topic cannot pass itself off as the service that owns it.
   */
  Set<String> sources();

  void handle(CloudEvent event);
}
