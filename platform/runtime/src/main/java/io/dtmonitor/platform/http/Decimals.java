package io.dtmonitor.platform.http;

import java.math.BigDecimal;

/** How exact amounts are presented: at least one decimal, no other trailing zeros. */
public final class Decimals {

  private Decimals() {}

  /** 265, 265.00 and 265.000 become 265.0; 1.250 becomes 1.25; null stays null. */
  public static BigDecimal normalize(BigDecimal amount) {
    if (amount == null) {
      return null;
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.setScale(Math.max(1, stripped.scale()));
  }
}
