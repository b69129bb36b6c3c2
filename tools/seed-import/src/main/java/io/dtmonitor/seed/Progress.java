package io.dtmonitor.seed;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;

/** The import's progress line per step (done / total, percent, rate) and its closing summary. */
final class Progress {

  private final PrintStream out;
  private final int total;
  private final long started = System.nanoTime();
  private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
  private int done;

  Progress(PrintStream out, int total) {
    this.out = out;
    this.total = total;
  }

  void step(String what, Outcome outcome) {
    done++;
    outcomes.merge(outcome, 1, Integer::sum);
    out.printf(
        "  [%3d/%d] %3d%%  %5.1f/s  %-9s %s%n",
        done, total, done * 100 / Math.max(1, total), rate(), outcome.label(), what);
  }

  SeedSummary summary() {
    return new SeedSummary(
        done,
        outcomes.getOrDefault(Outcome.CREATED, 0),
        outcomes.getOrDefault(Outcome.UPDATED, 0),
        outcomes.getOrDefault(Outcome.UNCHANGED, 0),
        (System.nanoTime() - started) / 1e9);
  }

  private double rate() {
    double seconds = (System.nanoTime() - started) / 1e9;
    return seconds <= 0 ? 0 : done / seconds;
  }
}
