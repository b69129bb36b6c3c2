package io.dtmonitor.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtmonitor.platform.events.OutgoingEvent;
import io.dtmonitor.platform.tracing.EventTracing;
import io.dtmonitor.platform.tracing.TraceContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Appends events to the {@code outbox} table inside the caller's transaction, so a state change and
 * its event commit or roll back together, with the trace context of the work that wrote them.
 * Publishing is the relay's job.
 */
@ApplicationScoped
public class OutboxWriter {

  private final EntityManager entityManager;
  private final ObjectMapper objectMapper;
  private final Event<OutboxAppended> appended;
  private final EventTracing tracing;

  public OutboxWriter(
      EntityManager entityManager,
      ObjectMapper objectMapper,
      Event<OutboxAppended> appended,
      EventTracing tracing) {
    this.entityManager = entityManager;
    this.objectMapper = objectMapper;
    this.appended = appended;
    this.tracing = tracing;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void append(OutgoingEvent event) {
    TraceContext trace = tracing.current();
    entityManager
        .createNativeQuery(
            """
            insert into outbox (event_id, topic, event_type, aggregate_type, aggregate_id, region,
                                data_schema, payload, occurred_at, trace_parent, trace_state)
            values (?1, ?2, ?3, ?4, ?5, cast(?6 as varchar), cast(?7 as varchar), ?8, ?9,
                    cast(?10 as varchar), cast(?11 as varchar))
            """)
        .setParameter(1, event.id())
        .setParameter(2, event.topic())
        .setParameter(3, event.type())
        .setParameter(4, event.aggregateType())
        .setParameter(5, event.aggregateId())
        .setParameter(6, event.region())
        .setParameter(7, event.dataSchema())
        .setParameter(8, toJson(event.payload()))
        .setParameter(9, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC))
        .setParameter(10, trace.traceparent())
        .setParameter(11, trace.tracestate())
        .executeUpdate();
    appended.fire(new OutboxAppended());
  }

  private String toJson(Object payload) {
    try {
      return objectMapper.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Event payload cannot be serialized", e);
    }
  }
}
