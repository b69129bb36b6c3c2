package io.dtmonitor.platform.http;

/**
 * The outcome of an idempotent POST: the response body and whether it was replayed from an earlier
 * request with the same key rather than produced now.
 */
public record IdempotentExecution<T>(T body, boolean replayed) {}
