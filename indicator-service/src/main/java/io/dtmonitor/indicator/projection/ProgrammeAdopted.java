package io.dtmonitor.indicator.projection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * indicator-service's own copy of the parts of {@code ProgrammeVersionAdopted.v1} it uses (the
 * passport and the yearly totals), read tolerantly.
 */
public record ProgrammeAdopted(
    UUID programmeId,
    String regionCode,
    String currency,
    int versionNumber,
    LocalDate effectiveFrom,
    Content content,
    Totals computedTotals) {

  public record Content(Passport passport, StatedTotals statedTotals) {}

  public record Passport(String titleUk, int firstYear, int lastYear) {}

  public record Totals(Map<String, Planned> byYear) {}

  /** The totals the decision states; a version without budget lines has only these. */
  public record StatedTotals(List<StatedYear> byYear) {}

  public record StatedYear(int year, Planned planned) {}

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

  public record Planned(String kind, BigDecimal amount) {}

  ProgrammeAdopted requireComplete() {
    if (programmeId == null
        || regionCode == null
        || currency == null
        || effectiveFrom == null
        || content == null
        || content.passport() == null
        || computedTotals == null
        || computedTotals.byYear() == null) {
      throw new IllegalArgumentException(
          "the event lacks programmeId, regionCode, currency, effectiveFrom, content or totals");
    }
    return this;
  }
}
