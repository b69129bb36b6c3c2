package io.dtmonitor.reporting.report;

import static io.dtmonitor.platform.text.Texts.blankToNull;

import io.dtmonitor.reporting.report.api.LineUpdate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Applies a line update field by field, assigning only what differs (amounts compared by value, so
 * 12.0 and 12.000 are the same), and says whether anything did: an update that repeats the line
 * leaves the report untouched.
 */
final class LineChanges {

  private LineChanges() {}

  /** Applies {@code update} to {@code line}; true when a field changed. */
  static boolean apply(ReportLine line, LineUpdate update) {
    boolean changed = false;
    if (!sameAmount(line.fundedYtd, update.fundedYtd())) {
      line.fundedYtd = update.fundedYtd();
      changed = true;
    }
    if (!sameAmount(line.spentYtd, update.spentYtd())) {
      line.spentYtd = update.spentYtd();
      changed = true;
    }
    MeasureStatus status =
        update.measureStatus() == null ? MeasureStatus.NOT_STARTED : update.measureStatus();
    if (line.measureStatus != status) {
      line.measureStatus = status;
      changed = true;
    }
    String narrative = blankToNull(update.narrative());
    if (!Objects.equals(line.narrative, narrative)) {
      line.narrative = narrative;
      changed = true;
    }
    List<String> evidence = update.evidenceLinks() == null ? List.of() : update.evidenceLinks();
    if (!Objects.equals(List.copyOf(line.evidenceLinks), List.copyOf(evidence))) {
      line.evidenceLinks = new java.util.ArrayList<>(evidence);
      changed = true;
    }
    String correction = blankToNull(update.correctionNote());
    if (!Objects.equals(line.correctionNote, correction)) {
      line.correctionNote = correction;
      changed = true;
    }
    return changed;
  }

  private static boolean sameAmount(BigDecimal a, BigDecimal b) {
    return a == null || b == null ? a == b : a.compareTo(b) == 0;
  }
}
