package io.dtmonitor.programme.version;

import static io.dtmonitor.platform.text.Texts.blankToNull;

import io.dtmonitor.programme.version.VersionRows.DirectionRow;
import io.dtmonitor.programme.version.VersionRows.FindingRow;
import io.dtmonitor.programme.version.VersionRows.LineRow;
import io.dtmonitor.programme.version.VersionRows.MeasureRow;
import io.dtmonitor.programme.version.VersionRows.StatedSourceRow;
import io.dtmonitor.programme.version.VersionRows.StatedYearRow;
import io.dtmonitor.programme.version.content.BudgetLineDocument;
import io.dtmonitor.programme.version.content.DirectionDocument;
import io.dtmonitor.programme.version.content.FundingSource;
import io.dtmonitor.programme.version.content.MeasureDocument;
import io.dtmonitor.programme.version.content.OrganisationLink;
import io.dtmonitor.programme.version.content.PassportDocument;
import io.dtmonitor.programme.version.content.Planned;
import io.dtmonitor.programme.version.content.StatedSource;
import io.dtmonitor.programme.version.content.StatedTotals;
import io.dtmonitor.programme.version.content.StatedYear;
import io.dtmonitor.programme.version.content.VersionDocument;
import io.dtmonitor.programme.version.reconciliation.Finding;
import io.dtmonitor.programme.version.reconciliation.FindingCode;
import io.dtmonitor.programme.version.reconciliation.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies a version document into a version's rows and back, exactly. The links of its names to
 * organisations are {@link VersionOrganisations}' to write; the document reads back those it named.
 */
@ApplicationScoped
public class VersionMapper {

  /** Replaces the version's passport, totals, directions, measures and lines by the document's. */
  public void apply(VersionDocument document, ProgrammeVersion version) {
    PassportDocument passport = document.passport();
    version.passport.titleUk = passport.titleUk().strip();
    version.passport.titleEn = blankToNull(passport.titleEn());
    version.passport.firstYear = passport.firstYear();
    version.passport.lastYear = passport.lastYear();
    version.passport.legalBasis = blankToNull(passport.legalBasis());
    version.passport.initiator = blankToNull(passport.initiator());
    version.developer = blankToNull(passport.developer());
    version.passport.responsibleExecutors = new ArrayList<>(passport.responsibleExecutors());
    version.passport.strategicGoalRef = blankToNull(passport.strategicGoalRef());
    version.fundingSourcesText = blankToNull(passport.fundingSourcesText());
    version.statedTotalKind = PlannedColumns.kind(document.statedTotals().total());
    version.statedTotalAmount = PlannedColumns.amount(normalized(document.statedTotals().total()));
    version.statedYears =
        new ArrayList<>(document.statedTotals().byYear().stream().map(VersionMapper::row).toList());
    version.statedSources =
        new ArrayList<>(
            document.statedTotals().bySource().stream().map(VersionMapper::row).toList());
    version.directions =
        new ArrayList<>(document.directions().stream().map(VersionMapper::row).toList());
    version.measures =
        new ArrayList<>(document.measures().stream().map(VersionMapper::row).toList());
    version.lines = new ArrayList<>(document.lines().stream().map(VersionMapper::row).toList());
  }

  public VersionDocument toDocument(ProgrammeVersion version) {
    PassportDocument passport =
        new PassportDocument(
            version.passport.titleUk,
            version.passport.titleEn,
            version.passport.firstYear,
            version.passport.lastYear,
            version.passport.legalBasis,
            version.passport.initiator,
            version.developer,
            List.copyOf(version.passport.responsibleExecutors),
            version.passport.strategicGoalRef,
            version.fundingSourcesText);
    StatedTotals totals =
        new StatedTotals(
            PlannedColumns.of(version.statedTotalKind, version.statedTotalAmount),
            version.statedYears.stream()
                .map(row -> new StatedYear(row.year, PlannedColumns.of(row.kind, row.amount)))
                .toList(),
            version.statedSources.stream()
                .map(
                    row ->
                        new StatedSource(
                            FundingSource.valueOf(row.source),
                            PlannedColumns.of(row.kind, row.amount),
                            row.sharePercent == null
                                ? null
                                : row.sharePercent.stripTrailingZeros()))
                .toList());
    return new VersionDocument(
        VersionDocument.FORMAT,
        passport,
        totals,
        version.directions.stream()
            .map(
                row ->
                    new DirectionDocument(
                        row.number, row.title, PlannedColumns.of(row.statedKind, row.statedAmount)))
            .toList(),
        version.measures.stream()
            .map(
                row ->
                    new MeasureDocument(
                        row.code,
                        row.directionNumber,
                        row.title,
                        row.firstYear,
                        row.lastYear,
                        List.copyOf(row.responsibleExecutors),
                        row.responsibleExecutorsText,
                        row.fundingSourcesText,
                        row.fundingSources.stream().map(FundingSource::valueOf).toList()))
            .toList(),
        version.lines.stream()
            .map(
                row ->
                    new BudgetLineDocument(
                        row.measureCode,
                        row.year,
                        FundingSource.valueOf(row.source),
                        PlannedColumns.of(row.kind, row.amount)))
            .toList(),
        version.organisations.stream()
            .filter(row -> row.named && row.organisationId != null)
            .map(row -> new OrganisationLink(row.nameAsWritten, row.organisationId))
            .toList());
  }

  public void replaceFindings(List<Finding> findings, ProgrammeVersion version) {
    version.findings = new ArrayList<>(findings.stream().map(VersionMapper::row).toList());
  }

  public List<Finding> findings(ProgrammeVersion version) {
    return version.findings.stream()
        .map(
            row ->
                new Finding(
                    FindingCode.valueOf(row.code),
                    Severity.valueOf(row.severity),
                    row.subject,
                    row.message,
                    PlannedColumns.of(row.statedKind, row.statedAmount),
                    PlannedColumns.of(row.computedKind, row.computedAmount)))
        .toList();
  }

  private static StatedYearRow row(StatedYear stated) {
    StatedYearRow row = new StatedYearRow();
    row.year = stated.year();
    row.kind = PlannedColumns.kind(stated.planned());
    row.amount = PlannedColumns.amount(normalized(stated.planned()));
    return row;
  }

  private static StatedSourceRow row(StatedSource stated) {
    StatedSourceRow row = new StatedSourceRow();
    row.source = stated.source().name();
    row.kind = PlannedColumns.kind(stated.planned());
    row.amount = PlannedColumns.amount(normalized(stated.planned()));
    row.sharePercent = stated.sharePercent();
    return row;
  }

  private static DirectionRow row(DirectionDocument direction) {
    DirectionRow row = new DirectionRow();
    row.number = direction.number();
    row.title = direction.title().strip();
    row.statedKind = PlannedColumns.kind(direction.statedSubtotal());
    row.statedAmount = PlannedColumns.amount(normalized(direction.statedSubtotal()));
    return row;
  }

  private static MeasureRow row(MeasureDocument measure) {
    MeasureRow row = new MeasureRow();
    row.code = measure.code();
    row.directionNumber = measure.directionNumber();
    row.title = measure.title().strip();
    row.firstYear = measure.firstYear();
    row.lastYear = measure.lastYear();
    row.responsibleExecutors = new ArrayList<>(measure.responsibleExecutors());
    row.responsibleExecutorsText = blankToNull(measure.responsibleExecutorsText());
    row.fundingSourcesText = blankToNull(measure.fundingSourcesText());
    row.fundingSources =
        new ArrayList<>(measure.fundingSources().stream().map(Enum::name).toList());
    return row;
  }

  private static LineRow row(BudgetLineDocument line) {
    LineRow row = new LineRow();
    row.measureCode = line.measureCode();
    row.year = line.year();
    row.source = line.source().name();
    row.kind = PlannedColumns.kind(line.planned());
    row.amount = PlannedColumns.amount(normalized(line.planned()));
    return row;
  }

  private static FindingRow row(Finding finding) {
    FindingRow row = new FindingRow();
    row.code = finding.code().name();
    row.severity = finding.severity().name();
    row.subject = finding.subject();
    row.message = finding.message();
    row.statedKind = PlannedColumns.kind(finding.stated());
    row.statedAmount = PlannedColumns.amount(finding.stated());
    row.computedKind = PlannedColumns.kind(finding.computed());
    row.computedAmount = PlannedColumns.amount(finding.computed());
    return row;
  }

  private static Planned normalized(Planned planned) {
    return planned == null || !planned.isFixed() ? planned : Planned.fixed(planned.amount());
  }
}
