package io.dtmonitor.programme.version;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.List;
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
