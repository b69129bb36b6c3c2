package io.dtmonitor.seed;

/** What one step of the import did. */
enum Outcome {
  CREATED,
  UPDATED,
  UNCHANGED;

  String label() {
    return name().toLowerCase();
  }
}
