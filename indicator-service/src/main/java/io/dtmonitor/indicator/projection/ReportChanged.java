package io.dtmonitor.indicator.projection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * indicator-service's own copy of the report state every report event carries (report-state.v1).
 */
public record ReportChanged(
    UUID reportId,
    UUID programmeId,
    String regionCode,
    String currency,
    String period,
    String periodType,
    String status,
    LocalDate dueDate,
    Integer daysLate,
    String transition,
    Instant at,
    Totals totals) {

  public record Totals(BigDecimal plannedFixed, BigDecimal fundedYtd, BigDecimal spentYtd) {}

  ReportChanged requireComplete() {
    if (reportId == null
        || programmeId == null
        || regionCode == null
        || period == null
        || status == null
        || dueDate == null
        || at == null
        || totals == null
        || totals.plannedFixed() == null) {
      throw new IllegalArgumentException(
          "the event lacks the report's id, programme, region, period, status, due date, time or totals");
    }
    return this;
  }
}
