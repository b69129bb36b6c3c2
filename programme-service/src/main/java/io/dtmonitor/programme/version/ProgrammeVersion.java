package io.dtmonitor.programme.version;

import io.dtmonitor.platform.persistence.AuditedEntity;
import io.dtmonitor.programme.programme.Passport;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One version of a programme: its passport, stated totals, directions, measures, budget lines and
 * reconciliation findings, and the decision that adopted it. The collections are replaced whole
 * (never edited in place), matching the whole-version import.
 */
@Entity
@Table(name = "programme_version")
public class ProgrammeVersion extends AuditedEntity {

  @Id public UUID id;

  @Column(name = "programme_id", updatable = false)
  public UUID programmeId;

  @Column(updatable = false)
  public int number;

  @Enumerated(EnumType.STRING)
  public VersionStatus status;

  @Column(name = "based_on_number", updatable = false)
  public Integer basedOnNumber;

  @Embedded public Passport passport = new Passport();

  public String developer;

  @Column(name = "funding_sources_text")
  public String fundingSourcesText;

  @Column(name = "stated_total_kind")
  public String statedTotalKind;

  @Column(name = "stated_total_amount")
  public BigDecimal statedTotalAmount;

  @Column(name = "decision_body")
  public String decisionBody;

  @Column(name = "decision_number")
  public String decisionNumber;

  @Column(name = "decision_date")
  public LocalDate decisionDate;

  @Column(name = "decision_title")
  public String decisionTitle;

  @Column(name = "effective_from")
  public LocalDate effectiveFrom;

  @Column(name = "findings_acknowledgement")
  public String findingsAcknowledgement;

  @Column(name = "adopted_at")
  public Instant adoptedAt;

  @Column(name = "adopted_by")
  public String adoptedBy;

  @Column(name = "superseded_at")
  public Instant supersededAt;

  @ElementCollection
  @CollectionTable(name = "version_stated_year", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "position")
  List<VersionRows.StatedYearRow> statedYears = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "version_stated_source", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "position")
  List<VersionRows.StatedSourceRow> statedSources = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "version_direction", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "position")
  List<VersionRows.DirectionRow> directions = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "version_measure", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "position")
  List<VersionRows.MeasureRow> measures = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "budget_line", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "position")
  List<VersionRows.LineRow> lines = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "version_organisation", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "position")
  List<VersionRows.OrganisationRow> organisations = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "reconciliation_finding", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "position")
  List<VersionRows.FindingRow> findings = new ArrayList<>();

  public boolean isDraft() {
    return status == VersionStatus.DRAFT;
  }
}
