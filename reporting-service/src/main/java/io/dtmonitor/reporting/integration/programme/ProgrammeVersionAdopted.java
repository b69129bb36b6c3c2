package io.dtmonitor.reporting.integration.programme;

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
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * reporting-service's own copy of the parts of programme-service's {@code
 * ProgrammeVersionAdopted.v1} it uses (contract: docs/events/programme-version-adopted.v1); read
 * tolerantly, so fields the producer adds later do not break it. Every field the replica uses is
 * checked on arrival ({@link io.dtmonitor.platform.inbox.EventData}).
 */
public record ProgrammeVersionAdopted(
    @NotNull UUID programmeId,
    @NotNull @KnownRegion String regionCode,
    @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
    @Positive int versionNumber,
    @NotNull LocalDate effectiveFrom,
    @NotNull @Valid Content content,
    @Size(max = MAX_BODIES) List<@NotNull @Valid Body> organisations) {

  /** The most measures and budget lines a version holds (programme-service's document caps). */
  public static final int MAX_MEASURES = 1000;

  public static final int MAX_LINES = 20000;

  /** The most bodies a version names, and a measure. */
  public static final int MAX_BODIES = 1000;

  public static final int MAX_MEASURE_BODIES = 50;

  public ProgrammeVersionAdopted {
    // Events from before versions linked their bodies carry no links.
    organisations = organisations == null ? List.of() : organisations;
  }

  /** The organisation each body the version names is linked to, by the name as written. */
  public Map<String, UUID> organisationIds() {
    Map<String, UUID> ids = new HashMap<>();
    organisations.stream()
        .filter(body -> body.organisationId() != null)
        .forEach(body -> ids.putIfAbsent(body.name(), body.organisationId()));
    return ids;
  }

  /** A measure's code within its programme, e.g. 3.12. */
  static final String MEASURE_CODE = "[0-9]{1,2}(\\.[0-9]{1,3}){1,2}";

  public record Content(
      @NotNull @Valid Passport passport,
      @NotNull @Size(max = MAX_MEASURES) List<@NotNull @Valid Measure> measures,
      @NotNull @Size(max = MAX_LINES) List<@NotNull @Valid Line> lines) {}

  public record Passport(
      @NotBlank String titleUk,
      @Min(2000) @Max(2100) int firstYear,
      @Min(2000) @Max(2100) int lastYear) {

    @AssertTrue(message = "must not be before firstYear")
    public boolean isLastYearInOrder() {
      return lastYear >= firstYear;
    }
  }

  public record Measure(
      @NotNull @Pattern(regexp = MEASURE_CODE) String code,
      @Positive int directionNumber,
      @NotBlank String title,
      @Min(2000) @Max(2100) int firstYear,
      @Min(2000) @Max(2100) int lastYear,
      @Size(max = MAX_MEASURE_BODIES)
          List<@NotBlank @Size(max = 1000) String> responsibleExecutors) {

    public Measure {
      responsibleExecutors = responsibleExecutors == null ? List.of() : responsibleExecutors;
    }
  }

  /** A body the version names and the organisation it is linked to, if any. */
  public record Body(@NotBlank @Size(max = 1000) String name, UUID organisationId) {}

  public record Line(
      @NotNull @Pattern(regexp = MEASURE_CODE) String measureCode,
      @Min(2000) @Max(2100) int year,
      @NotNull @Pattern(regexp = "STATE_BUDGET|REGIONAL_BUDGET|LOCAL_BUDGET|OTHER") String source,
      @NotNull @Valid Planned planned) {}

  public record Planned(
      @NotNull @Pattern(regexp = "FIXED|WITHIN_FUNDING") String kind,
      @Digits(integer = 15, fraction = 3) BigDecimal amount) {

    public boolean isFixed() {
      return "FIXED".equals(kind);
    }

    @AssertTrue(message = "must be given for a FIXED amount and only then")
    public boolean isAmountInKind() {
      return isFixed() == (amount != null);
    }
  }
}
