package io.dtmonitor.platform.http;

import java.math.BigDecimal;

/**
 * How exact decimals travel: as JSON strings, never numbers, so no client parses money through a
 * double; amounts are presented with at least one decimal and no other trailing zeros.
 */
public final class Decimals {

  /** A planned, funded or spent amount in a request: thousands, up to three decimals. */
  public static final String AMOUNT_PATTERN = "^[0-9]{1,15}(\\.[0-9]{1,3})?$";

  /** Any exact decimal a response carries: amounts, differences, percentages, indicator values. */
  public static final String PATTERN = "^-?[0-9]+(\\.[0-9]+)?$";

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
