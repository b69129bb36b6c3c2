package io.dtmonitor.reporting.integration.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * reporting-service's own copy of the parts of programme-service's {@code
 * ProgrammeVersionAdopted.v1} it uses (contract: docs/events/programme-version-adopted.v1); read
 * tolerantly, so fields the producer adds later do not break it.
 */
public record ProgrammeVersionAdopted(
    UUID programmeId,
    String regionCode,
    String currency,
    int versionNumber,
    LocalDate effectiveFrom,
    Content content) {

  public record Content(Passport passport, List<Measure> measures, List<Line> lines) {}

  public record Passport(String titleUk, int firstYear, int lastYear) {}

  public record Measure(
      String code, int directionNumber, String title, int firstYear, int lastYear) {}

  public record Line(String measureCode, int year, String source, Planned planned) {}

  public record Planned(String kind, BigDecimal amount) {
    public boolean isFixed() {
      return "FIXED".equals(kind);
    }
  }

  /** Throws when a field the replica cannot do without is missing. */
  public ProgrammeVersionAdopted requireComplete() {
    if (programmeId == null
        || regionCode == null
        || currency == null
        || effectiveFrom == null
        || content == null
        || content.passport() == null
        || content.measures() == null
        || content.lines() == null) {
      throw new IllegalArgumentException(
          "the event lacks programmeId, regionCode, currency, effectiveFrom or content");
    }
    return this;
  }
}
