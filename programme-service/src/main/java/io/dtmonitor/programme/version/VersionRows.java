package io.dtmonitor.programme.version;

import io.dtmonitor.programme.organisation.OrganisationMatch;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The rows of a version's collection tables, embedded in {@link ProgrammeVersion}. */
final class VersionRows {

  private VersionRows() {}

  @Embeddable
  static class StatedYearRow {
    int year;
    String kind;
    BigDecimal amount;
  }

  @Embeddable
  static class StatedSourceRow {
    String source;
    String kind;
    BigDecimal amount;

    @Column(name = "share_percent")
    BigDecimal sharePercent;
  }

  @Embeddable
  static class DirectionRow {
    int number;
    String title;

    @Column(name = "stated_kind")
    String statedKind;

    @Column(name = "stated_amount")
    BigDecimal statedAmount;
  }

  @Embeddable
  static class MeasureRow {
    String code;

    @Column(name = "direction_number")
    int directionNumber;

    String title;

    @Column(name = "first_year")
    int firstYear;

    @Column(name = "last_year")
    int lastYear;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "responsible_executors")
    List<String> responsibleExecutors;

    @Column(name = "responsible_executors_text")
    String responsibleExecutorsText;

    @Column(name = "funding_sources_text")
    String fundingSourcesText;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "funding_sources")
    List<String> fundingSources;
  }

  @Embeddable
  static class LineRow {
    @Column(name = "measure_code")
    String measureCode;

    int year;
    String source;
    String kind;
    BigDecimal amount;
  }

  /** A name the version uses and the organisation it is linked to. */
  @Embeddable
  static class OrganisationRow {
    @Column(name = "name_as_written")
    String nameAsWritten;

    @Column(name = "organisation_id")
    UUID organisationId;

    @Enumerated(EnumType.STRING)
    OrganisationMatch match;

    boolean named;
  }

  @Embeddable
  static class FindingRow {
    String code;
    String severity;
    String subject;
    String message;

    @Column(name = "stated_kind")
    String statedKind;

    @Column(name = "stated_amount")
    BigDecimal statedAmount;

    @Column(name = "computed_kind")
    String computedKind;

    @Column(name = "computed_amount")
    BigDecimal computedAmount;
  }
}
