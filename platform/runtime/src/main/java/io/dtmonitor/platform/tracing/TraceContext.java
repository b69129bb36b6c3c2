package io.dtmonitor.platform.tracing;

/**
 * A W3C Trace Context as it travels with an event: {@code traceparent} (null when there was no
 * trace) and the vendors' {@code tracestate} (usually null).
 */
public record TraceContext(String traceparent, String tracestate) {

  /** The trace's id, the 32 hex digits of {@code traceparent}, or {@code null} without one. */
  public String traceId() {
    return traceparent == null || traceparent.length() < 35 ? null : traceparent.substring(3, 35);
  }
}
