package io.dtmonitor.indicator.observation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One revision of a value of an indicator for a region and period. A correction is a new revision;
 * earlier ones stay, so values can be read as of any date.
 */
@Entity
@Table(name = "observation")
public class Observation {
  @Id public UUID id;

  @Column(name = "region_code")
  public String regionCode;

  @Column(name = "indicator_code")
  public String indicatorCode;

  public String period;
  public int revision;
  public BigDecimal value;

  @Enumerated(EnumType.STRING)
  public ObservationStatus status;

  public String methodology;

  @Column(name = "source_document")
  public String sourceDocument;

  @Column(name = "source_url")
  public String sourceUrl;

  @Column(name = "source_hash")
  public String sourceHash;

  public String note;

  @Column(name = "recorded_at")
  public Instant recordedAt;

  @Column(name = "recorded_by")
  public String recordedBy;
}
