package io.dtmonitor.platform.outbox;

/** CDI event fired when a transaction wrote outbox rows; observed after a successful commit. */
public record OutboxAppended() {}
