package io.dtmonitor.indicator;

import io.dtmonitor.indicator.events.IndicatorEvents;
import io.dtmonitor.platform.testing.EventContracts;
import io.dtmonitor.platform.testing.ServiceContractChecks;
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
            "listIndicators",
            "getIndicator",
            "recordObservation",
            "listObservations",
            "getObservationHistory",
            "setTarget",
            "listTargets",
            "getTargetHistory",
            "listMethodologyMappings",
            "setMethodologyMapping",
            "listCommunities",
            "putCommunity",
            "getCrossRegionView",
            "exportObservationsJson",
            "exportObservationsCsv",
            "exportProgrammeExecutionJson",
            "exportProgrammeExecutionCsv",
            "getExportDataPackage",
            "rebuildProjections",
            "getCompositeIndexMethodology"));
  }

  @Test
  void committedApiDocumentIsCurrent() throws java.io.IOException {
    ServiceContractChecks.assertCommittedDocument("indicator-service");
  }

  @Test
  void everyPublishedTypeIsDocumentedInAsyncApi() {
    EventContracts.assertDocumented(IndicatorEvents.OBSERVATION_RECORDED);
    EventContracts.assertDocumented(IndicatorEvents.TARGET_SET);
  }

  @Test
  void healthAndPrometheusMetricsAreServedWithThePipelines() {
    ServiceContractChecks.assertHealthAndMetrics("/api/v1/indicators");
    ServiceContractChecks.assertPipelineReported("indicator.programmes", "indicator.reports");
  }
}
