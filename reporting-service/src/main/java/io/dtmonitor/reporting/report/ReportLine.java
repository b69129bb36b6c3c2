package io.dtmonitor.reporting.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One measure's line of a report: the year's plan and the money year-to-date. */
@Embeddable
public class ReportLine {

  @Column(name = "measure_code")
  public String measureCode;

  @Column(name = "measure_title")
  public String measureTitle;

  @Column(name = "planned_fixed")
  public BigDecimal plannedFixed;

  @Column(name = "planned_within_funding")
  public boolean plannedWithinFunding;

  @Column(name = "planned_has_fixed")
  public boolean plannedHasFixed;

  @Column(name = "funded_ytd")
  public BigDecimal fundedYtd;

  @Column(name = "spent_ytd")
  public BigDecimal spentYtd;

  @Enumerated(EnumType.STRING)
  @Column(name = "measure_status")
  public MeasureStatus measureStatus = MeasureStatus.NOT_STARTED;

  public String narrative;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "evidence_links")
  public List<String> evidenceLinks = new ArrayList<>();

  @Column(name = "correction_note")
  public String correctionNote;

  @Column(name = "review_comment")
  public String reviewComment;
}
