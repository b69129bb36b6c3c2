package io.dtmonitor.reporting;

import io.dtmonitor.platform.testing.EventContracts;
import io.dtmonitor.platform.testing.ServiceContractChecks;
import io.dtmonitor.reporting.events.ReportEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published API document, health and metrics endpoints a deployment relies on. */
@QuarkusTest
class OperationsContractTest {

  @Test
  void openApiDocumentIsPublishable() {
    ServiceContractChecks.assertOpenApiDocument(
        List.of(
            "createReport",
            "listReports",
            "getReport",
            "updateReportLines",
            "submitReport",
            "reviewReport",
            "reopenReport",
            "getReportHistory",
            "diffReportSubmissions",
            "getReportingSchedule",
            "setReportingSchedule",
            "getTimeliness",
            "rebuildProgrammeReplica"));
  }

  @Test
  void committedApiDocumentIsCurrent() throws java.io.IOException {
    ServiceContractChecks.assertCommittedDocument("reporting-service");
  }

  @Test
  void everyPublishedTypeIsDocumentedInAsyncApi() {
    EventContracts.assertDocumented(
        ReportEvents.SUBMITTED,
        ReportEvents.RETURNED,
        ReportEvents.ACCEPTED,
        ReportEvents.REOPENED,
        ReportEvents.OVERDUE);
  }

  @Test
  void healthAndPrometheusMetricsAreServedWithThePipelines() {
    ServiceContractChecks.assertHealthAndMetrics("/api/v1/reports");
    ServiceContractChecks.assertPipelineReported("reporting.programmes");
  }
}
