package io.dtmonitor.seed;

/** What a run of the import did, step by step. */
public record SeedSummary(int steps, int created, int updated, int unchanged, double seconds) {

  /** True when the run found everything already in place. */
  public boolean changedNothing() {
    return created == 0 && updated == 0;
  }

  @Override
  public String toString() {
    return String.format(
        "%d steps in %.1f s: %d created, %d updated, %d already in place",
        steps, seconds, created, updated, unchanged);
  }
}
