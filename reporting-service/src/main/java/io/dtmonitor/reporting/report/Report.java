package io.dtmonitor.reporting.report;

import io.dtmonitor.platform.persistence.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;

/**
 * A quarterly or annual report of a programme, tied to the version in force at the end of its
 * period. One per programme and period.
 *
 * <p>Updates write only the columns that changed: the overdue check's mark moves no version, so an
 * edit that read the report before the mark would otherwise write the old, empty mark back.
 */
@Entity
@DynamicUpdate
@Table(name = "report")
public class Report extends AuditedEntity {

  @Id public UUID id;

  @Column(name = "programme_id", updatable = false)
  public UUID programmeId;

  @Column(name = "region_code", updatable = false)
  public String regionCode;

  @Column(updatable = false)
  public String currency;

  @Column(updatable = false)
  public String period;

  @Enumerated(EnumType.STRING)
  @Column(name = "period_type", updatable = false)
  public PeriodType periodType;

  @Column(updatable = false)
  public int year;

  @Column(updatable = false)
  public Integer quarter;

  /** The version in force at the period's end; an open report follows amendments (ReportRebase). */
  @Column(name = "programme_version")
  public int programmeVersion;

  @Enumerated(EnumType.STRING)
  public ReportStatus status;

  @Column(name = "due_date")
  public LocalDate dueDate;

  @Column(name = "due_zone")
  public String dueZone;

  @Column(name = "submitted_at")
  public Instant submittedAt;

  @Column(name = "days_late")
  public Integer daysLate;

  public int submissions;

  /** The deadline check's mark, not an edit: setting it leaves the version (the ETag) as it is. */
  @OptimisticLock(excluded = true)
  @Column(name = "overdue_at")
  public Instant overdueAt;

  /** When the region started the report; null while only the overdue check has opened it. */
  /** Why the reviewer last returned the report; cleared when it is accepted. */
  @Column(name = "return_reason")
  public String returnReason;

  @Column(name = "started_at")
  public Instant startedAt;

  @ElementCollection
  @CollectionTable(name = "report_line", joinColumns = @JoinColumn(name = "report_id"))
  @OrderColumn(name = "position")
  public List<ReportLine> lines = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "report_finding", joinColumns = @JoinColumn(name = "report_id"))
  @OrderColumn(name = "position")
  public List<ReportFinding> findings = new ArrayList<>();

  public Period periodValue() {
    return Period.parse(period, "period");
  }

  /** A draft or a returned report: the region still has to submit it, and may change it. */
  public boolean awaitsSubmission() {
    return status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
  }

  /** Accepted reports are public; every other state is visible to the region and reviewers. */
  public boolean isPublic() {
    return status == ReportStatus.ACCEPTED;
  }
}
