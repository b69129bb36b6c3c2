package io.dtmonitor.platform.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One kind of event a service publishes: its CloudEvents type, the topic it travels on and the kind
 * of aggregate it is about. Its data schema follows from the type, so that each type has exactly
 * one schema URI: {@code io.dtmonitor.report.ReportSubmitted.v1} is described by {@code
 * https://dtmonitor.io/schemas/events/report-submitted.v1.schema.json} (docs/events holds them).
 */
public record EventKind(String topic, String type, String aggregateType) {

  private static final String SCHEMA_BASE = "https://dtmonitor.io/schemas/events/";

  public EventKind {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(aggregateType, "aggregateType");
    if (!type.matches("io\\.dtmonitor\\.[a-z]+\\.[A-Z][A-Za-z]*\\.v[0-9]+")) {
      throw new IllegalArgumentException("not a DT Monitor event type: " + type);
    }
  }

  /** The URI of the JSON Schema this kind's data conforms to. */
  public String dataSchema() {
    String[] parts = type.split("\\.");
    String name = parts[parts.length - 2].replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    return SCHEMA_BASE + name + "." + parts[parts.length - 1] + ".schema.json";
  }

  /** A new event of this kind about the aggregate {@code aggregateId}, happened {@code at}. */
  public OutgoingEvent about(String aggregateId, String region, Instant at, Object data) {
    return new OutgoingEvent(
        UUID.randomUUID(), topic, type, dataSchema(), aggregateType, aggregateId, region, at, data);
  }
}
