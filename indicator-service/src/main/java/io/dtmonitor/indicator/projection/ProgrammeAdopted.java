package io.dtmonitor.indicator.projection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
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

  public record Content(Passport passport) {}

  public record Passport(String titleUk, int firstYear, int lastYear) {}

  public record Totals(Map<String, Planned> byYear) {}

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
