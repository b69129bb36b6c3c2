package io.dtmonitor.platform.tracing;

/**
 * A W3C Trace Context as it travels with an event: {@code traceparent} (null when there was no
 * trace) and the vendors' {@code tracestate} (usually null).
 */
public record TraceContext(String traceparent, String tracestate) {}
