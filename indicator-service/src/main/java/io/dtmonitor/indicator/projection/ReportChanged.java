package io.dtmonitor.indicator.projection;

import io.dtmonitor.platform.inbox.KnownRegion;
import io.dtmonitor.platform.inbox.NotInFuture;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * indicator-service's own copy of the report state every report event carries (report-state.v1);
 * every field the projection uses is checked on arrival ({@link
 * io.dtmonitor.platform.inbox.EventData}).
 */
public record ReportChanged(
    @NotNull UUID reportId,
    @NotNull UUID programmeId,
    @NotNull @KnownRegion String regionCode,
    @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
    @NotNull @Pattern(regexp = "[0-9]{4}(-Q[1-4])?") String period,
    @NotNull @Pattern(regexp = "QUARTER|YEAR") String periodType,
    @NotNull @Pattern(regexp = "DRAFT|SUBMITTED|ACCEPTED|RETURNED") String status,
    @NotNull LocalDate dueDate,
    @PositiveOrZero Integer daysLate,
    String transition,
    @NotNull @NotInFuture Instant at,
    @NotNull @Valid Totals totals) {

  public record Totals(
      @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 3) BigDecimal plannedFixed,
      @DecimalMin("0") @Digits(integer = 15, fraction = 3) BigDecimal fundedYtd,
      @DecimalMin("0") @Digits(integer = 15, fraction = 3) BigDecimal spentYtd) {}

  @AssertTrue(message = "must match periodType")
  public boolean isPeriodOfItsType() {
    return period == null || "QUARTER".equals(periodType) == period.contains("-Q");
  }
}
