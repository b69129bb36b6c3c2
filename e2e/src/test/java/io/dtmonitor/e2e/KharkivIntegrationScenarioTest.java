package io.dtmonitor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.client.indicator.api.CrossRegionViewApi;
import io.dtmonitor.client.indicator.api.ExportsApi;
import io.dtmonitor.client.indicator.api.ObservationsApi;
import io.dtmonitor.client.indicator.model.CrossRegionRow;
import io.dtmonitor.client.indicator.model.CrossRegionView;
import io.dtmonitor.client.indicator.model.IndicatorValue;
import io.dtmonitor.client.indicator.model.Observation;
import io.dtmonitor.client.indicator.model.ObservationStatus;
import io.dtmonitor.client.indicator.model.RecordObservationRequest;
import io.dtmonitor.client.programme.JSON;
import io.dtmonitor.client.programme.api.ProgrammeVersionsApi;
import io.dtmonitor.client.programme.api.ProgrammesApi;
import io.dtmonitor.client.programme.model.AdoptionRequest;
import io.dtmonitor.client.programme.model.CreateProgrammeRequest;
import io.dtmonitor.client.programme.model.Decision;
import io.dtmonitor.client.programme.model.Programme;
import io.dtmonitor.client.programme.model.ProgrammeVersion;
import io.dtmonitor.client.programme.model.VersionDocument;
import io.dtmonitor.client.programme.model.VersionStatus;
import io.dtmonitor.client.reporting.api.ReportsApi;
import io.dtmonitor.client.reporting.model.CreateReportRequest;
import io.dtmonitor.client.reporting.model.Report;
import io.dtmonitor.client.reporting.model.ReportLine;
import io.dtmonitor.client.reporting.model.ReportStatus;
import io.dtmonitor.client.reporting.model.ReviewDecision;
import io.dtmonitor.client.reporting.model.ReviewRequest;
import io.dtmonitor.seed.Actor;
import io.dtmonitor.seed.Eventually;
import io.dtmonitor.seed.ServiceClients;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The integration the API is built for, through the generated Java client only: a Kharkiv CDTO
 * integration imports and adopts a programme version, reports a quarter and records an indicator
 * FINAL value; the oblast's reviewer accepts the report; a ministry aggregator then sees all of it
 * in the cross-region view and the CSV export. Every step crosses service boundaries through Kafka.
 */
@Order(1)
class KharkivIntegrationScenarioTest {

  private static final String KHARKIV = "UA-63";
  private static final String WORKPLACES = "DIGITAL_WORKPLACES_PER_COMMUNITY";
  private static final Duration PROPAGATION = Duration.ofSeconds(60);

  private final ServiceClients clients = SeededSuite.clients();

  @Test
  void kharkivReportsAndTheMinistrySeesIt() throws Exception {
    UUID programmeId = adoptedProgramme();

    Report submitted = submittedFirstQuarter(programmeId);
    assertEquals(ReportStatus.SUBMITTED, submitted.getStatus());
    ReportLine line = submitted.getLines().get(0);
    assertEquals("1.1", line.getMeasureCode());
    assertEquals(new BigDecimal("500.0"), new BigDecimal(line.getPlannedFixed()));
    assertEquals(new BigDecimal("120.5"), new BigDecimal(line.getSpentInQuarter()));

    ReportsApi reviewer = new ReportsApi(clients.reporting(Actor.KHARKIV_REVIEWER));
    Report accepted =
        reviewer.reviewReport(
            submitted.getId(),
            ServiceClients.etag(submitted.getVersion()),
            new ReviewRequest().decision(ReviewDecision.ACCEPT));
    assertEquals(ReportStatus.ACCEPTED, accepted.getStatus());

    ExportsApi exports = new ExportsApi(clients.indicator(Actor.MINISTRY));
    String beforeTheValue =
        exports
            .exportObservationsJson(
                null, WORKPLACES, "UA", 100, null, "2026", KHARKIV, "FINAL", null)
            .getChangeToken();
    Observation observation =
        new ObservationsApi(clients.indicator(Actor.KHARKIV_CDTO))
            .recordObservation(
                new RecordObservationRequest()
                    .regionCode(KHARKIV)
                    .indicatorCode(WORKPLACES)
                    .period("2026")
                    .value("3.4")
                    .status(ObservationStatus.FINAL)
                    .sourceDocument("Kharkiv CDTO quarterly summary (end-to-end test)"));
    assertEquals(new BigDecimal("3.4"), new BigDecimal(observation.getValue()));

    CrossRegionRow kharkiv = ministrySeesKharkiv();
    assertTrue(
        kharkiv.getProgrammes().stream().anyMatch(p -> programmeId.equals(p.getProgrammeId())),
        "the adopted programme is in force in 2026: " + kharkiv.getProgrammes());
    assertEquals(new BigDecimal("500.0"), new BigDecimal(kharkiv.getBudget().getPlannedFixed()));
    assertEquals(new BigDecimal("120.5"), new BigDecimal(kharkiv.getBudget().getSpentYtd()));
    IndicatorValue workplaces = indicator(kharkiv, WORKPLACES);
    assertEquals(new BigDecimal("3.4"), new BigDecimal(workplaces.getValue()));

    List<BigDecimal> pulled =
        exports
            .exportObservationsJson(
                beforeTheValue, WORKPLACES, "UA", 100, null, "2026", KHARKIV, "FINAL", null)
            .getItems()
            .stream()
            .map(row -> new BigDecimal(row.getValue()).stripTrailingZeros())
            .toList();
    assertEquals(
        List.of(new BigDecimal("3.4")),
        pulled,
        "the pull after the token holds the value recorded since");

    File export =
        exports.exportObservationsCsv(null, WORKPLACES, "UA", "2026", KHARKIV, "FINAL", null);
    String csv = Files.readString(export.toPath(), StandardCharsets.UTF_8);
    List<String> rows = csv.lines().toList();
    assertTrue(
        rows.stream().anyMatch(row -> row.contains(KHARKIV) && row.contains("3.4")),
        "the CSV export holds Kharkiv's observation:\n" + csv);
  }

  @Test
  void anotherRegionsCdtoIsRefusedWithAProblem() {
    ObservationsApi poltava = new ObservationsApi(clients.indicator(Actor.POLTAVA_CDTO));
    io.dtmonitor.client.indicator.ApiException refused =
        assertThrows(
            io.dtmonitor.client.indicator.ApiException.class,
            () ->
                poltava.recordObservation(
                    new RecordObservationRequest()
                        .regionCode(KHARKIV)
                        .indicatorCode(WORKPLACES)
                        .period("2026")
                        .value("9.9")
                        .status(ObservationStatus.FINAL)));
    assertEquals(403, refused.getCode());
    assertTrue(
        refused
            .getResponseHeaders()
            .firstValue("content-type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertTrue(refused.getResponseBody().contains("\"status\":403"), refused.getResponseBody());
  }

  private UUID adoptedProgramme() throws Exception {
    Programme programme =
        new ProgrammesApi(clients.programme(Actor.KHARKIV_CDTO))
            .registerProgramme(
                new CreateProgrammeRequest()
                    .regionCode(KHARKIV)
                    .titleUk("Програма цифрової трансформації Харківської області (тестова)")
                    .firstYear(2025)
                    .lastYear(2026),
                UUID.randomUUID().toString());
    ProgrammeVersionsApi versions = new ProgrammeVersionsApi(clients.programme(Actor.KHARKIV_CDTO));
    ProgrammeVersion draft =
        versions.importDraftVersion(programme.getId(), versionDocument(), null);
    assertEquals(VersionStatus.DRAFT, draft.getStatus());
    ProgrammeVersion adopted =
        versions.adoptVersion(
            draft.getNumber(),
            programme.getId(),
            ServiceClients.etag(draft.getVersion()),
            new AdoptionRequest()
                .decision(
                    new Decision()
                        .body("Харківська обласна рада")
                        .number("e2e-1")
                        .date(LocalDate.of(2025, 1, 20))
                        .title("Про затвердження програми (тестове рішення)"))
                .effectiveFrom(LocalDate.of(2025, 1, 20)));
    assertEquals(VersionStatus.ADOPTED, adopted.getStatus());
    return programme.getId();
  }

  /** Creates the 2026-Q1 report once reporting-service has the adopted version from Kafka. */
  private Report submittedFirstQuarter(UUID programmeId) throws Exception {
    ReportsApi reports = new ReportsApi(clients.reporting(Actor.KHARKIV_CDTO));
    String key = UUID.randomUUID().toString();
    Report created =
        eventually(
            () ->
                reports.createReport(
                    programmeId, new CreateReportRequest().period("2026-Q1"), key));
    assertEquals(ReportStatus.DRAFT, created.getStatus());
    Report filled =
        reports.updateReportLines(
            created.getId(),
            ServiceClients.etag(created.getVersion()),
            ProgrammeChain.firstQuarterLines());
    return reports.submitReport(filled.getId(), ServiceClients.etag(filled.getVersion()));
  }

  private CrossRegionRow ministrySeesKharkiv() throws Exception {
    CrossRegionViewApi view = new CrossRegionViewApi(clients.indicator(Actor.MINISTRY));
    return eventually(
        () -> {
          CrossRegionView crossRegion = view.getCrossRegionView("2026", null, "UA", null, null);
          CrossRegionRow row =
              crossRegion.getRegions().stream()
                  .filter(candidate -> KHARKIV.equals(candidate.getRegionCode()))
                  .findFirst()
                  .orElseThrow(() -> new AssertionError("UA-63 is not in the view"));
          if (row.getProgrammes().isEmpty()
              || row.getBudget() == null
              || row.getBudget().getSpentYtd() == null
              || indicator(row, WORKPLACES) == null) {
            throw new AssertionError("Kharkiv's data has not arrived yet: " + row);
          }
          return row;
        });
  }

  private static IndicatorValue indicator(CrossRegionRow row, String code) {
    return row.getIndicators().stream()
        .filter(value -> code.equals(value.getIndicatorCode()) && value.getValue() != null)
        .findFirst()
        .orElse(null);
  }

  private static VersionDocument versionDocument() throws IOException {
    try (InputStream json =
        KharkivIntegrationScenarioTest.class.getResourceAsStream("/kharkiv-e2e-version.json")) {
      assertNotNull(json, "kharkiv-e2e-version.json");
      return JSON.getDefault().getMapper().readValue(json, VersionDocument.class);
    }
  }

  private static <T> T eventually(Callable<T> step) throws Exception {
    return Eventually.retry(PROPAGATION, Set.of(404, 409), step);
  }
}
