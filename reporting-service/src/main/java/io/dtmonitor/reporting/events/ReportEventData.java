package io.dtmonitor.reporting.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Data of every report event: the report's state after the transition, its lines' money and the
 * transition itself. Contract: docs/events/report-state.v1.schema.json, one schema per type.
 */
public record ReportEventData(
    UUID reportId,
    UUID programmeId,
    String regionCode,
    String currency,
    String period,
    String periodType,
    int programmeVersion,
    String status,
    LocalDate dueDate,
    String dueZone,
    Instant submittedAt,
    Integer daysLate,
    int submissions,
    String transition,
    String actor,
    Instant at,
    String reason,
    Totals totals,
    List<Line> lines) {

  /** Sums over the lines; planned is the fixed part of the year's plan. */
  public record Totals(
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal plannedFixed,
      boolean plannedWithinFunding,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fundedYtd,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal spentYtd) {}

  public record Line(
      String measureCode,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal plannedFixed,
      boolean plannedWithinFunding,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fundedYtd,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal spentYtd,
      String measureStatus) {}
}
