package io.dtmonitor.platform.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event a service publishes: it becomes one outbox row in the caller's transaction and later one
 * CloudEvent on {@code topic}, keyed by {@code aggregateId}.
 *
 * @param type CloudEvents type, e.g. {@code io.dtmonitor.programme.ProgrammeRegistered.v1}
 * @param dataSchema URI of the JSON Schema the payload conforms to
 * @param region region code travelling as the {@code region} extension attribute, may be null
 * @param payload the event's data, serialized as JSON
 */
public record OutgoingEvent(
    UUID id,
    String topic,
    String type,
    String dataSchema,
    String aggregateType,
    String aggregateId,
    String region,
    Instant occurredAt,
    Object payload) {

  public OutgoingEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(aggregateType, "aggregateType");
    Objects.requireNonNull(aggregateId, "aggregateId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(payload, "payload");
  }
}
