package io.dtmonitor.e2e;

import io.dtmonitor.client.indicator.ApiException;
import io.dtmonitor.client.indicator.api.IndicatorsApi;
import io.dtmonitor.client.indicator.api.TargetsApi;
import io.dtmonitor.client.indicator.model.Aggregation;
import io.dtmonitor.client.indicator.model.IndicatorRequest;
import io.dtmonitor.client.indicator.model.Periodicity;
import io.dtmonitor.client.indicator.model.TargetRequest;
import io.dtmonitor.client.indicator.model.Unit;
import io.dtmonitor.client.programme.api.OrganisationsApi;
import io.dtmonitor.client.programme.model.OrganisationKind;
import io.dtmonitor.client.programme.model.RegisterOrganisationRequest;
import io.dtmonitor.client.reporting.api.ReportsApi;
import io.dtmonitor.client.reporting.model.CreateReportRequest;
import io.dtmonitor.client.reporting.model.Report;
import io.dtmonitor.client.reporting.model.ReviewDecision;
import io.dtmonitor.client.reporting.model.ReviewRequest;
import io.dtmonitor.e2e.ApiOperations.Operation;
import io.dtmonitor.seed.Actor;
import io.dtmonitor.seed.Eventually;
import io.dtmonitor.seed.ServiceClients;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The objects the authorization matrix aims at, all Poltava's (UA-53) and all its own, so the
 * matrix's permitted writes touch nothing another test reads: a programme with an adopted version,
 * a draft report, a report submitted once and returned (unpublished, with a submission to compare),
 * and a catalogue entry. Supplies each operation's path, query and a valid body.
 */
final class MatrixFixture {

  static final String INDICATOR = "MATRIX_PROBE";
  static final String COMMUNITY = Caller.OWN_REGION + "-901";

  private final UUID programmeId;
  private final UUID reportId;
  private final UUID returnedReportId;
  private final UUID organisationId;
  private final String versionDocument;

  private MatrixFixture(
      UUID programmeId,
      UUID reportId,
      UUID returnedReportId,
      UUID organisationId,
      String versionDocument) {
    this.programmeId = programmeId;
    this.reportId = reportId;
    this.returnedReportId = returnedReportId;
    this.organisationId = organisationId;
    this.versionDocument = versionDocument;
  }

  private static MatrixFixture shared;

  /** The fixture, created on first use and shared by the tests that aim at it. */
  static synchronized MatrixFixture shared() throws Exception {
    if (shared == null) {
      shared = create();
    }
    return shared;
  }

  private static MatrixFixture create() throws Exception {
    ServiceClients clients = SeededSuite.clients();
    String title = "Матриця доступу: тестова програма";
    UUID programmeId = new AdoptedProgrammes(clients).adopt(title);
    String documentJson =
        io.dtmonitor
            .client
            .programme
            .JSON
            .getDefault()
            .getMapper()
            .writeValueAsString(AdoptedProgrammes.document(title));
    ReportsApi reports = new ReportsApi(clients.reporting(Actor.POLTAVA_CDTO));
    Report report =
        Eventually.retry(
            Duration.ofSeconds(60),
            Set.of(404, 409),
            () ->
                reports.createReport(
                    programmeId, new CreateReportRequest().period("2026-Q1"), null));
    try {
      new IndicatorsApi(clients.indicator(Actor.ADMIN)).createIndicator(probeIndicator());
    } catch (ApiException e) {
      if (e.getCode() != 409) {
        throw e;
      }
    }
    TargetsApi targets = new TargetsApi(clients.indicator(Actor.POLTAVA_CDTO));
    if (targets.listTargets(INDICATOR, 1, null, Caller.OWN_REGION).getItems().isEmpty()) {
      targets.setTarget(
          new TargetRequest()
              .regionCode(Caller.OWN_REGION)
              .indicatorCode(INDICATOR)
              .targetYear(2030)
              .targetValue("10"),
          null);
    }
    UUID organisationId =
        new OrganisationsApi(clients.programme(Actor.POLTAVA_CDTO))
            .registerOrganisation(
                new RegisterOrganisationRequest()
                    .regionCode(Caller.OWN_REGION)
                    .kind(OrganisationKind.OTHER)
                    .nameUk("Матриця доступу: орган"),
                null)
            .getId();
    return new MatrixFixture(
        programmeId,
        report.getId(),
        returnedReport(clients, programmeId),
        organisationId,
        documentJson);
  }

  /**
   * The 2026-Q4 report, submitted once and returned by Poltava's reviewer. A returned report past
   * its due date is marked overdue by the minutely check, which would change the databases while
   * the matrix compares them, so the fixture waits for that mark (a period still running, as
   * 2026-Q4 is in 2026, is not due yet and has none).
   */
  private static UUID returnedReport(ServiceClients clients, UUID programmeId) throws Exception {
    ReportsApi reports = new ReportsApi(clients.reporting(Actor.POLTAVA_CDTO));
    Report created =
        reports.createReport(programmeId, new CreateReportRequest().period("2026-Q4"), null);
    Report filled =
        reports.updateReportLines(
            created.getId(),
            ServiceClients.etag(created.getVersion()),
            ProgrammeChain.firstQuarterLines());
    Report submitted =
        reports.submitReport(filled.getId(), ServiceClients.etag(filled.getVersion()));
    Report returned =
        new ReportsApi(clients.reporting(Actor.POLTAVA_REVIEWER))
            .reviewReport(
                submitted.getId(),
                ServiceClients.etag(submitted.getVersion()),
                new ReviewRequest().decision(ReviewDecision.RETURN).reason("Матриця доступу"));
    if (!returned.getDueDate().isAfter(LocalDate.now())) {
      Eventually.retry(
          Duration.ofSeconds(120),
          Set.of(),
          () -> {
            if (!Boolean.TRUE.equals(reports.getReport(returned.getId()).getOverdue())) {
              throw new AssertionError("not marked overdue yet");
            }
            return null;
          });
    }
    return returned.getId();
  }

  /** The operation's path with the fixture's ids in place of its parameters. */
  String path(Operation operation) {
    String id;
    if (operation.operationId().equals("diffReportSubmissions")) {
      id = returnedReportId.toString();
    } else if (operation.path().startsWith("/api/v1/organisations/")) {
      id = organisationId.toString();
    } else {
      id =
          operation.path().startsWith("/api/v1/reports/")
              ? reportId.toString()
              : programmeId.toString();
    }
    return operation
        .path()
        .replace("{programmeId}", programmeId.toString())
        .replace("{id}", id)
        .replace("{number}", "1")
        .replace("{fromVersion}", "1")
        .replace("{toVersion}", "1")
        .replace("{code}", code(operation));
  }

  /** The {code} of a path: Poltava's, a community of Poltava's, or the probe indicator. */
  private static String code(Operation operation) {
    if (operation.path().startsWith("/api/v1/communities/")) {
      return COMMUNITY;
    }
    return operation.service() == RunningSuite.Service.PROGRAMME ? Caller.OWN_REGION : INDICATOR;
  }

  String query(Operation operation) {
    Map<String, String> values =
        Map.of(
            "period", "2026",
            "year", "2026",
            "from", "1",
            "to", "1",
            "region", Caller.OWN_REGION,
            "indicator", INDICATOR,
            "targetYear", "2030",
            "oblast", Caller.OWN_REGION);
    StringBuilder query = new StringBuilder();
    for (String name : operation.requiredQuery()) {
      if (!values.containsKey(name)) {
        throw new IllegalStateException(operation.operationId() + " needs a value for ?" + name);
      }
      query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(values.get(name));
    }
    return query.toString();
  }

  /** A valid body for the operation, or null when it takes none. */
  String body(Operation operation) {
    return switch (operation.operationId()) {
      case "registerProgramme" ->
          """
          {"regionCode": "UA-53", "titleUk": "Матриця доступу: реєстрація", "firstYear": 2025, "lastYear": 2026}
          """;
      case "updateProgramme" ->
          """
          {"titleUk": "Матриця доступу: тестова програма", "firstYear": 2025, "lastYear": 2026}
          """;
      case "importDraftVersion" -> versionDocument;
      case "adoptVersion" ->
          """
          {"decision": {"body": "Полтавська обласна рада"}, "effectiveFrom": "2025-01-01"}
          """;
      case "setReportingSchedule" ->
          """
          {"quarterly": true, "annual": true, "dueDay": 25, "zone": "Europe/Kyiv"}
          """;
      case "createReport" -> "{\"period\": \"2026-Q2\"}";
      case "registerOrganisation" ->
          """
          {"regionCode": "UA-53", "kind": "OTHER", "nameUk": "Матриця доступу: реєстрація органу"}
          """;
      case "renameOrganisation" ->
          "{\"nameUk\": \"Матриця доступу: нова назва\", \"validFrom\": \"2030-01-01\"}";
      case "updateReportLines" ->
          """
          {"lines": [{"measureCode": "1.1", "fundedYtd": "10.0", "spentYtd": "5.0", "measureStatus": "IN_PROGRESS",
                      "narrative": null, "evidenceLinks": [], "correctionNote": null}]}
          """;
      case "patchReportLines" -> "{\"1.1\": {\"narrative\": \"Матриця доступу\"}}";
      case "reopenReport" -> "{\"reason\": \"Матриця доступу\"}";
      case "reviewReport" -> "{\"decision\": \"RETURN\", \"reason\": \"Матриця доступу\"}";
      case "createIndicator", "updateIndicator" -> indicatorJson();
      case "recordObservation" ->
          """
          {"regionCode": "UA-53", "indicatorCode": "MATRIX_PROBE", "period": "2019", "value": "1", "status": "PROVISIONAL"}
          """;
      case "putCommunity" ->
          """
          {"katottg": "UA53901000000000001", "nameUk": "Громада матриці доступу", "nameEn": "Matrix community", "population": 1000}
          """;
      case "setMethodologyMapping" -> "{\"factor\": \"100\", \"offset\": \"0\"}";
      case "setTarget" ->
          """
          {"regionCode": "UA-53", "indicatorCode": "MATRIX_PROBE", "targetYear": 2030, "targetValue": "10"}
          """;
      default -> {
        if (operation.writes()
            && !Set.of(
                    "startAmendment",
                    "discardDraftVersion",
                    "submitReport",
                    "rebuildProjections",
                    "rebuildProgrammeReplica")
                .contains(operation.operationId())) {
          throw new IllegalStateException(
              "No body for " + operation.operationId() + "; add one to MatrixFixture");
        }
        yield null;
      }
    };
  }

  private static IndicatorRequest probeIndicator() {
    return new IndicatorRequest()
        .code(INDICATOR)
        .nameUk("Зонд матриці доступу")
        .nameEn("Authorization matrix probe")
        .unit(Unit.COUNT)
        .higherIsBetter(true)
        .regionAggregation(Aggregation.SUM)
        .timeAggregation(Aggregation.LAST)
        .cumulative(false)
        .category("GOVERNANCE")
        .methodology("1")
        .periodicity(Periodicity.YEAR);
  }

  private static String indicatorJson() {
    try {
      return io.dtmonitor
          .client
          .indicator
          .JSON
          .getDefault()
          .getMapper()
          .writeValueAsString(probeIndicator());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
