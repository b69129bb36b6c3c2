package io.dtmonitor.indicator.target;

import io.dtmonitor.platform.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What a region aims for on an indicator by a year, from which baseline. */
@Entity
@Table(name = "target")
public class Target extends AuditedEntity {
  @Id public UUID id;

  @Column(name = "region_code")
  public String regionCode;

  @Column(name = "indicator_code")
  public String indicatorCode;

  @Column(name = "target_year")
  public int targetYear;

  @Column(name = "baseline_value")
  public BigDecimal baselineValue;

  @Column(name = "baseline_date")
  public LocalDate baselineDate;

  @Column(name = "target_value")
  public BigDecimal targetValue;

  @Column(name = "target_min")
  public BigDecimal targetMin;

  @Column(name = "target_max")
  public BigDecimal targetMax;

  @Column(name = "per_unit_threshold")
  public BigDecimal perUnitThreshold;

  @Column(name = "programme_id")
  public UUID programmeId;
}
