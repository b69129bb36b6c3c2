package io.dtmonitor.reporting.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A finding about a submitted report, e.g. money above the year's plan. */
@Embeddable
public class ReportFinding {
  public String code;
  public String severity;

  @Column(name = "measure_code")
  public String measureCode;

  public String message;
}
