package io.dtmonitor.programme.version.content;

/**
 * Whether a planned amount is a fixed sum or "в межах фінансування" (within available funding): the
 * latter is its own state, neither zero nor missing.
 */
public enum PlannedKind {
  FIXED,
  WITHIN_FUNDING
}
