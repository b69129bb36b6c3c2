package io.dtmonitor.indicator.projection;

import io.dtmonitor.platform.inbox.KnownRegion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * indicator-service's own copy of the parts of {@code ProgrammeVersionAdopted.v1} it uses (the
 * passport and the yearly totals), read tolerantly; every field the projection uses is checked on
 * arrival ({@link io.dtmonitor.platform.inbox.EventData}).
 */
public record ProgrammeAdopted(
    @NotNull UUID programmeId,
    @NotNull @KnownRegion String regionCode,
    @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
    @Positive int versionNumber,
    @NotNull LocalDate effectiveFrom,
    @NotNull @Valid Content content,
    @NotNull @Valid Totals computedTotals) {

  public record Content(@NotNull @Valid Passport passport, @Valid StatedTotals statedTotals) {}

  public record Passport(
      @NotBlank String titleUk,
      @Min(2000) @Max(2100) int firstYear,
      @Min(2000) @Max(2100) int lastYear) {

    @AssertTrue(message = "must not be before firstYear")
    public boolean isLastYearInOrder() {
      return lastYear >= firstYear;
    }
  }

  public record Totals(
      @NotNull
          Map<@NotNull @Pattern(regexp = "20[0-9]{2}|2100") String, @NotNull @Valid Planned>
              byYear) {}

  /** The totals the decision states; a version without budget lines has only these. */
  public record StatedTotals(List<@NotNull @Valid StatedYear> byYear) {}

  public record StatedYear(@Min(2000) @Max(2100) int year, @NotNull @Valid Planned planned) {}

  /**
   * The plan per year: computed from the budget lines, or, for a version that has no lines (a
   * programme known only from its stated totals, or planned only "within funding"), as stated.
   */
  public Map<String, Planned> yearlyPlan() {
    if (!computedTotals.byYear().isEmpty()
        || content.statedTotals() == null
        || content.statedTotals().byYear() == null) {
      return computedTotals.byYear();
    }
    Map<String, Planned> stated = new TreeMap<>();
    content
        .statedTotals()
        .byYear()
        .forEach(year -> stated.put(Integer.toString(year.year()), year.planned()));
    return stated;
  }

  public record Planned(
      @NotNull @Pattern(regexp = "FIXED|WITHIN_FUNDING") String kind,
      @Digits(integer = 15, fraction = 3) BigDecimal amount) {

    @AssertTrue(message = "must be given for a FIXED amount and only then")
    public boolean isAmountInKind() {
      return "FIXED".equals(kind) == (amount != null);
    }
  }
}
