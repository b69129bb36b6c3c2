package io.dtmonitor.programme.version;

import io.dtmonitor.programme.version.content.Planned;
import io.dtmonitor.programme.version.content.PlannedKind;
import java.math.BigDecimal;

/** Converts a planned amount to and from its two columns (kind, amount). */
final class PlannedColumns {

  private PlannedColumns() {}

  static String kind(Planned planned) {
    return planned == null ? null : planned.kind().name();
  }

  static BigDecimal amount(Planned planned) {
    return planned == null ? null : planned.amount();
  }

  static Planned of(String kind, BigDecimal amount) {
    if (kind == null) {
      return null;
    }
    return PlannedKind.valueOf(kind) == PlannedKind.FIXED ? Planned.fixed(amount) : Planned.WITHIN;
  }
}
