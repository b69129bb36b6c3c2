package io.dtmonitor.programme.version.diff;

/** How a budget line differs between two versions. */
public enum ChangeKind {
  ADDED,
  REMOVED,
  CHANGED
}
