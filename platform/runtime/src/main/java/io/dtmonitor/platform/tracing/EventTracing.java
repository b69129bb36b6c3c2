package io.dtmonitor.platform.tracing;

import io.cloudevents.CloudEvent;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * Carries a trace across the pipeline (W3C Trace Context, in the CloudEvents distributed-tracing
 * extension): the outbox row keeps the {@code traceparent} of the request that wrote it, the relay
 * publishes each row in a PRODUCER span that continues that trace and puts its own context on the
 * CloudEvent, and a consumer applies the event in a CONSUMER span whose parent is that context. One
 * trace then shows a request, the publication of its events and their effect in every service that
 * consumes them.
 */
@ApplicationScoped
public class EventTracing {

  /** CloudEvents distributed-tracing extension attributes (W3C Trace Context). */
  public static final String TRACEPARENT = "traceparent";

  public static final String TRACESTATE = "tracestate";

  private static final TextMapGetter<Map<String, String>> MAP_GETTER =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
          return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
          return carrier == null ? null : carrier.get(key);
        }
      };

  private final Tracer tracer;
  private final TextMapPropagator propagator;

  public EventTracing(OpenTelemetry openTelemetry) {
    this.tracer = openTelemetry.getTracer("io.dtmonitor.platform.events");
    this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
  }

  /**
   * The trace context of the work now running (a request, a consumed event), to keep with a row.
   */
  public TraceContext current() {
    return contextOf(Context.current());
  }

  /**
   * Starts the span that publishes one event to {@code topic}, continuing the trace the event was
   * written in ({@code written}, or a new trace when it has none).
   */
  public Span startPublishing(
      String topic, String eventId, String eventType, TraceContext written) {
    return tracer
        .spanBuilder(topic + " publish")
        .setParent(extract(written))
        .setSpanKind(SpanKind.PRODUCER)
        .setAttribute("messaging.system", "kafka")
        .setAttribute("messaging.operation.type", "publish")
        .setAttribute("messaging.destination.name", topic)
        .setAttribute("messaging.message.id", eventId)
        .setAttribute("cloudevents.event_type", eventType)
        .startSpan();
  }

  /** The context a publishing span hands on, for the CloudEvent it publishes. */
  public TraceContext contextOf(Span span) {
    return contextOf(Context.current().with(span));
  }

  /**
   * Applies an event from {@code topic} in a CONSUMER span of {@code consumer} whose parent is the
   * trace context the event carries; the work sees that span as current.
   */
  public void consuming(String topic, String consumer, CloudEvent event, Runnable work) {
    Span span =
        tracer
            .spanBuilder(topic + " process")
            .setParent(extract(carried(event)))
            .setSpanKind(SpanKind.CONSUMER)
            .setAttribute("messaging.system", "kafka")
            .setAttribute("messaging.operation.type", "process")
            .setAttribute("messaging.destination.name", topic)
            .setAttribute("messaging.consumer.group.name", consumer)
            .setAttribute("messaging.message.id", event.getId())
            .setAttribute("cloudevents.event_type", event.getType())
            .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      work.run();
    } catch (RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      span.end();
    }
  }

  /** The trace context an event carries in its distributed-tracing extension, if any. */
  public static TraceContext carried(CloudEvent event) {
    return new TraceContext(
        text(event.getExtension(TRACEPARENT)), text(event.getExtension(TRACESTATE)));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private TraceContext contextOf(Context context) {
    Map<String, String> carrier = new HashMap<>();
    propagator.inject(context, carrier, Map::put);
    return new TraceContext(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
  }

  private Context extract(TraceContext trace) {
    if (trace.traceparent() == null) {
      return Context.root();
    }
    Map<String, String> carrier = new HashMap<>();
    carrier.put(TRACEPARENT, trace.traceparent());
    if (trace.tracestate() != null) {
      carrier.put(TRACESTATE, trace.tracestate());
    }
    return propagator.extract(Context.root(), carrier, MAP_GETTER);
  }
}
