package io.dtmonitor.programme;

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
            "registerProgramme",
            "listProgrammes",
            "getProgramme",
            "updateProgramme",
            "listRegions",
            "getRegion",
            "importDraftVersion",
            "startAmendment",
            "adoptVersion",
            "getVersion",
            "exportVersion",
            "diffVersions"));
  }

  @Test
  void committedApiDocumentIsCurrent() throws java.io.IOException {
    ServiceContractChecks.assertCommittedDocument("programme-service");
  }

  @Test
  void healthAndPrometheusMetricsAreServedWithThePipelines() {
    ServiceContractChecks.assertHealthAndMetrics("/api/v1/regions");
    ServiceContractChecks.assertPipelineReported();
  }
}
