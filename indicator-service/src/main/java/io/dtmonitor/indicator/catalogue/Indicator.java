package io.dtmonitor.indicator.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An indicator of the shared catalogue. */
@Entity
@Table(name = "indicator")
public class Indicator {

  /**
   * The most indicators the catalogue holds: every per-indicator list (a region's values, the
   * jurisdiction's aggregates, the composite index's components) documents this cap.
   */
  public static final int CATALOGUE_CAPACITY = 500;

  @Id public String code;

  @Column(name = "name_uk")
  public String nameUk;

  @Column(name = "name_en")
  public String nameEn;

  @Enumerated(EnumType.STRING)
  public Unit unit;

  @Column(name = "higher_is_better")
  public boolean higherIsBetter;

  @Enumerated(EnumType.STRING)
  @Column(name = "region_aggregation")
  public Aggregation regionAggregation;

  @Enumerated(EnumType.STRING)
  @Column(name = "time_aggregation")
  public Aggregation timeAggregation;

  public boolean cumulative;
  public String category;

  @Column(name = "methodology")
  public String methodology;

  public boolean derived;
  public String description;

  /** For a SHARE: the indicator whose children's values are counted against the threshold. */
  @Column(name = "rollup_source")
  public String rollupSource;

  /**
   * For a SHARE: the threshold a child's value must meet when its parent has no per-unit target.
   */
  @Column(name = "rollup_threshold")
  public java.math.BigDecimal rollupThreshold;

  @Version public long version;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;

  /** Units values are measured in. */
  public enum Unit {
    PERCENT,
    COUNT,
    UAH_THOUSAND,
    RATIO,
    BOOLEAN
  }

  /**
   * How values combine across regions (SUM, AVERAGE, WEIGHTED_AVERAGE by population, MIN, MAX, or
   * the SHARE of children meeting a threshold) or over a year's quarters (LAST, SUM, AVERAGE);
   * NONE, and the rules that do not apply to the direction, derive nothing.
   */
  public enum Aggregation {
    SUM,
    AVERAGE,
    WEIGHTED_AVERAGE,
    MIN,
    MAX,
    SHARE,
    LAST,
    NONE
  }
}
