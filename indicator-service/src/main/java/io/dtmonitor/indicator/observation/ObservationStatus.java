package io.dtmonitor.indicator.observation;

/** Whether a value may still change (PROVISIONAL) or is settled (FINAL, and public). */
public enum ObservationStatus {
  PROVISIONAL,
  FINAL
}
