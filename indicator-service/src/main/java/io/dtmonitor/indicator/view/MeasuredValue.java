package io.dtmonitor.indicator.view;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A region's value of one indicator in the view's period, recorded, derived from reports, or
 * derived by the indicator's rule from the values it is made of ({@code derivation}): what ranks
 * and the composite index are computed from, for every region, before the rows of the regions shown
 * are built with their targets and trends.
 */
record MeasuredValue(
    String indicatorCode,
    BigDecimal value,
    String status,
    String methodology,
    Instant revisedAt,
    CrossRegionView.Derivation derivation) {

  MeasuredValue(
      String indicatorCode,
      BigDecimal value,
      String status,
      String methodology,
      Instant revisedAt) {
    this(indicatorCode, value, status, methodology, revisedAt, null);
  }
}
