package io.dtmonitor.reporting.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of a report's history: who moved it from what to what, when and why. */
@Entity
@Table(name = "report_transition")
public class ReportTransitionRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "report_id")
  public UUID reportId;

  @Enumerated(EnumType.STRING)
  public Transition transition;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  public ReportStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  public ReportStatus toStatus;

  public String actor;
  public Instant at;
  public String reason;

  @Column(name = "days_late")
  public Integer daysLate;
}
