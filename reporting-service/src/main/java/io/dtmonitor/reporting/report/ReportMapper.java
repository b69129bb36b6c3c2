package io.dtmonitor.reporting.report;

import static io.dtmonitor.platform.http.Decimals.normalize;

import io.dtmonitor.reporting.replica.ResponsibleBodies;
import io.dtmonitor.reporting.report.api.HistoryEntry;
import io.dtmonitor.reporting.report.api.ReportFindingResponse;
import io.dtmonitor.reporting.report.api.ReportLineResponse;
import io.dtmonitor.reporting.report.api.ReportResponse;
import io.dtmonitor.reporting.report.api.ReportSummary;
import io.dtmonitor.reporting.report.api.ResponsibleBody;
import io.dtmonitor.reporting.report.api.SubmissionChange;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds report responses. A quarter's own amounts are derived here as the difference between its
 * year-to-date figures and the previous quarter's report of the same year (the first quarter's are
 * its year-to-date figures); reports are never summed across quarters.
 */
@ApplicationScoped
public class ReportMapper {

  private final ResponsibleBodies bodies;

  public ReportMapper(ResponsibleBodies bodies) {
    this.bodies = bodies;
  }

  public ReportResponse toResponse(Report report, Optional<Report> previousQuarter) {
    Map<String, List<ResponsibleBody>> responsible =
        bodies
            .of(report.programmeId, report.programmeVersion, report.periodValue().lastDay())
            .entrySet()
            .stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey,
                    entry ->
                        entry.getValue().stream()
                            .map(
                                body ->
                                    new ResponsibleBody(
                                        body.name(),
                                        body.organisationId(),
                                        body.organisationName()))
                            .toList()));
    Map<String, ReportLine> previous =
        previousQuarter
            .map(
                p ->
                    p.lines.stream()
                        .collect(Collectors.toMap(l -> l.measureCode, Function.identity())))
            .orElse(Map.of());
    boolean derivable =
        report.periodType == PeriodType.QUARTER
            && (report.quarter == 1 || previousQuarter.isPresent());
    String against = previousQuarter.map(p -> p.period).orElse(null);
    List<ReportLineResponse> lines =
        report.lines.stream()
            .map(
                line -> {
                  ReportLine before = previous.get(line.measureCode);
                  return new ReportLineResponse(
                      line.measureCode,
                      line.measureTitle,
                      responsible.getOrDefault(line.measureCode, List.of()),
                      normalize(line.plannedFixed),
                      line.plannedWithinFunding,
                      normalize(line.fundedYtd),
                      normalize(line.spentYtd),
                      derivable
                          ? quarterly(
                              line.fundedYtd,
                              before == null ? null : before.fundedYtd,
                              report.quarter)
                          : null,
                      derivable
                          ? quarterly(
                              line.spentYtd,
                              before == null ? null : before.spentYtd,
                              report.quarter)
                          : null,
                      derivable ? against : null,
                      line.measureStatus,
                      line.narrative,
                      List.copyOf(line.evidenceLinks),
                      line.correctionNote,
                      line.reviewComment);
                })
            .toList();
    return new ReportResponse(
        report.id,
        report.programmeId,
        report.regionCode,
        report.currency,
        report.period,
        report.periodType,
        report.programmeVersion,
        report.status,
        report.dueDate,
        report.dueZone,
        report.submittedAt,
        report.daysLate,
        report.overdueAt != null,
        report.submissions,
        report.returnReason,
        lines,
        report.findings.stream()
            .map(f -> new ReportFindingResponse(f.code, f.severity, f.measureCode, f.message))
            .toList(),
        report.version);
  }

  public ReportSummary toSummary(Report report) {
    return new ReportSummary(
        report.id,
        report.programmeId,
        report.regionCode,
        report.period,
        report.status,
        report.dueDate,
        report.daysLate,
        report.overdueAt != null);
  }

  public HistoryEntry toHistory(ReportTransitionRecord entry) {
    return new HistoryEntry(
        entry.transition,
        entry.fromStatus,
        entry.toStatus,
        entry.actor,
        entry.at,
        entry.reason,
        entry.daysLate);
  }

  /** The line values that differ between two submissions. */
  public List<SubmissionChange> diff(List<LineSnapshot> from, List<LineSnapshot> to) {
    Map<String, LineSnapshot> before =
        from.stream().collect(Collectors.toMap(LineSnapshot::measureCode, Function.identity()));
    List<SubmissionChange> changes = new ArrayList<>();
    for (LineSnapshot after : to) {
      LineSnapshot old = before.get(after.measureCode());
      compare(
          changes,
          after.measureCode(),
          "fundedYtd",
          old == null ? null : amount(old.fundedYtd()),
          amount(after.fundedYtd()));
      compare(
          changes,
          after.measureCode(),
          "spentYtd",
          old == null ? null : amount(old.spentYtd()),
          amount(after.spentYtd()));
      compare(
          changes,
          after.measureCode(),
          "measureStatus",
          old == null ? null : String.valueOf(old.measureStatus()),
          String.valueOf(after.measureStatus()));
      compare(
          changes,
          after.measureCode(),
          "narrative",
          old == null ? null : old.narrative(),
          after.narrative());
      compare(
          changes,
          after.measureCode(),
          "correctionNote",
          old == null ? null : old.correctionNote(),
          after.correctionNote());
    }
    return changes;
  }

  private static void compare(
      List<SubmissionChange> changes, String code, String field, String before, String after) {
    if (!Objects.equals(before, after)) {
      changes.add(new SubmissionChange(code, field, before, after));
    }
  }

  /** An amount as every answer shows one: with at least one decimal (400.0, never 400). */
  private static String amount(BigDecimal value) {
    return value == null ? null : normalize(value).toPlainString();
  }

  private static BigDecimal quarterly(BigDecimal ytd, BigDecimal previousYtd, int quarter) {
    if (ytd == null) {
      return null;
    }
    if (quarter == 1) {
      return normalize(ytd);
    }
    return previousYtd == null ? null : normalize(ytd.subtract(previousYtd));
  }
}
