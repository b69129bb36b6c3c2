package io.dtmonitor.reporting.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * When a programme's reports are due: quarterly and/or annual reports, due on {@code dueDay} of the
 * month after the period, in the jurisdiction's time zone.
 */
@Entity
@Table(name = "reporting_schedule")
public class ReportingSchedule {

  @Id
  @Column(name = "programme_id")
  public UUID programmeId;

  @Column(name = "region_code")
  public String regionCode;

  public boolean quarterly;
  public boolean annual;

  @Column(name = "due_day")
  public int dueDay;

  public String zone;

  @Version public long version;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;

  /** Whether reports of {@code type} are due under this schedule. */
  public boolean requires(io.dtmonitor.reporting.report.PeriodType type) {
    return type == io.dtmonitor.reporting.report.PeriodType.QUARTER ? quarterly : annual;
  }
}
