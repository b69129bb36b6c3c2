package io.dtmonitor.seed;

import io.dtmonitor.client.reporting.api.ReportsApi;
import io.dtmonitor.client.reporting.model.CreateReportRequest;
import io.dtmonitor.client.reporting.model.Report;
import io.dtmonitor.client.reporting.model.ReportStatus;
import io.dtmonitor.client.reporting.model.ReportSummary;
import io.dtmonitor.client.reporting.model.ReviewDecision;
import io.dtmonitor.client.reporting.model.ReviewRequest;
import io.dtmonitor.client.reporting.model.UpdateReportLinesRequest;
import io.dtmonitor.seed.ReportYearSeed.ReportSeed;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Takes each report of a reporting year through the workflow: the CDTO creates it, fills its lines
 * and submits it; the region's reviewer accepts it, or returns it once with the file's reason,
 * after which the CDTO submits it again and the reviewer accepts. A report found mid-way (a
 * previous run stopped) continues from its state; an accepted one is left alone.
 */
final class ReportImporter {

  private static final Duration REPLICA_PATIENCE = Duration.ofSeconds(60);

  private final ServiceClients clients;
  private final Progress progress;

  ReportImporter(ServiceClients clients, Progress progress) {
    this.clients = clients;
    this.progress = progress;
  }

  void importReport(UUID programmeId, String region, ReportSeed seed) throws Exception {
    ReportsApi cdto = new ReportsApi(clients.reporting(Actor.cdtoOf(region)));
    ReportsApi reviewer = new ReportsApi(clients.reporting(Actor.reviewerOf(region)));
    Optional<ReportSummary> existing = find(cdto, programmeId, seed.period());
    if (existing.isPresent() && existing.get().getStatus() == ReportStatus.ACCEPTED) {
      progress.step(region + " report " + seed.period(), Outcome.UNCHANGED);
      return;
    }
    Report report =
        existing.isPresent()
            ? cdto.getReport(existing.get().getId())
            : Eventually.retry(
                REPLICA_PATIENCE,
                Set.of(404, 409),
                () ->
                    cdto.createReport(
                        programmeId,
                        new CreateReportRequest().period(seed.period()),
                        "seed-import:" + programmeId + ":" + seed.period()));
    boolean returnOnce = seed.review().getDecision() == ReviewDecision.RETURN;
    while (report.getStatus() != ReportStatus.ACCEPTED) {
      report =
          switch (report.getStatus()) {
            case DRAFT, RETURNED -> submit(cdto, report, seed);
            case SUBMITTED -> {
              boolean alreadyReturned =
                  report.getSubmissions() != null && report.getSubmissions() > 1;
              ReviewRequest review =
                  returnOnce && !alreadyReturned
                      ? seed.review()
                      : new ReviewRequest().decision(ReviewDecision.ACCEPT);
              yield reviewer.reviewReport(
                  report.getId(), ServiceClients.etag(report.getVersion()), review);
            }
            default ->
                throw new IllegalStateException(
                    "report " + seed.period() + " is " + report.getStatus());
          };
    }
    progress.step(
        region
            + " report "
            + seed.period()
            + (returnOnce ? " (returned once, resubmitted, accepted)" : " (accepted)"),
        existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED);
  }

  private static Report submit(ReportsApi cdto, Report report, ReportSeed seed) throws Exception {
    Report filled =
        cdto.updateReportLines(
            report.getId(),
            ServiceClients.etag(report.getVersion()),
            new UpdateReportLinesRequest().lines(seed.lines()));
    return cdto.submitReport(filled.getId(), ServiceClients.etag(filled.getVersion()));
  }

  private static Optional<ReportSummary> find(ReportsApi reports, UUID programmeId, String period)
      throws Exception {
    return reports.listReports(100, null, period, programmeId, null, null).getItems().stream()
        .filter(summary -> period.equals(summary.getPeriod()))
        .findFirst();
  }
}
