package io.dtmonitor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtmonitor.client.indicator.api.CrossRegionViewApi;
import io.dtmonitor.client.indicator.model.CrossRegionRow;
import io.dtmonitor.client.indicator.model.CrossRegionView;
import io.dtmonitor.client.programme.api.ProgrammeVersionsApi;
import io.dtmonitor.client.programme.api.ProgrammesApi;
import io.dtmonitor.client.programme.model.Finding;
import io.dtmonitor.client.programme.model.FindingCode;
import io.dtmonitor.client.programme.model.OrganisationMatch;
import io.dtmonitor.client.programme.model.OrganisationStatus;
import io.dtmonitor.client.programme.model.Programme;
import io.dtmonitor.client.programme.model.ProgrammeVersion;
import io.dtmonitor.client.reporting.api.ReportsApi;
import io.dtmonitor.client.reporting.model.Report;
import io.dtmonitor.seed.Actor;
import io.dtmonitor.seed.Eventually;
import io.dtmonitor.seed.ProgrammeLookup;
import io.dtmonitor.seed.SeedSummary;
import io.dtmonitor.seed.ServiceClients;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The seed import against the running services: it loads the documents' data through the public
 * APIs, the Poltava numbers arrive exactly where the ministry reads them, and a second run changes
 * nothing.
 */
@Order(2)
class SeedImportTest {

  private static final Duration PROPAGATION = Duration.ofSeconds(60);

  private final ServiceClients clients = SeededSuite.clients();

  @Test
  void theDocumentsArriveExactlyAndASecondRunChangesNothing() throws Exception {
    SeedSummary first = SeededSuite.firstImport();
    assertTrue(first.created() > 0, first.toString());

    Programme digital = programme("UA-53", "«Цифрова Полтавщина» на 2021 – 2023");
    ProgrammeVersion inForce2022 =
        new ProgrammeVersionsApi(clients.programme(Actor.MINISTRY))
            .getVersionInForce(digital.getId(), LocalDate.of(2022, 6, 30));
    assertEquals(2, inForce2022.getNumber());
    assertEquals(
        new BigDecimal("50235.7"),
        new BigDecimal(inForce2022.getDocument().getStatedTotals().getTotal().getAmount()));
    assertEquals(15, inForce2022.getOrganisations().size(), "the bodies version 2 names");
    assertTrue(
        inForce2022.getOrganisations().stream()
            .allMatch(
                body ->
                    body.getMatch() == OrganisationMatch.MATCHED
                        && body.getOrganisationStatus() == OrganisationStatus.REGISTERED),
        "every body is linked to a registered organisation: " + inForce2022.getOrganisations());
    assertEquals(
        List.of("measure:3.9", "measure:3.12"),
        inForce2022.getFindings().stream()
            .filter(finding -> finding.getCode() == FindingCode.EXECUTORS_DIFFER_FROM_SOURCE_TEXT)
            .map(Finding::getSubject)
            .toList(),
        "the cells split by hand stay visible");

    BigDecimal spent2022 = annualSpentInTheIllustrativeYear();
    CrossRegionRow poltava2022 =
        Eventually.retry(
            PROPAGATION,
            Set.of(),
            () -> {
              CrossRegionRow row = row(view("2022", "UA"), "UA-53");
              if (row.getBudget().getSpentYtd() == null) {
                throw new AssertionError("the accepted 2022 reports have not arrived yet");
              }
              return row;
            });
    assertEquals(
        new BigDecimal("21185.7"), new BigDecimal(poltava2022.getBudget().getPlannedFixed()));
    assertEquals(0, spent2022.compareTo(new BigDecimal(poltava2022.getBudget().getSpentYtd())));
    assertEquals(5L, poltava2022.getReports().getDue(), "four quarters and the year");
    assertEquals(
        poltava2022.getReports().getDue(),
        poltava2022.getReports().getOnTime()
            + poltava2022.getReports().getLate()
            + poltava2022.getReports().getOverdue());

    ReportsApi reports = new ReportsApi(clients.reporting(Actor.MINISTRY));
    UUID annual2022 =
        reports
            .listReports(10, null, "2022", digital.getId(), null, null)
            .getItems()
            .get(0)
            .getId();
    Eventually.retry(
        PROPAGATION,
        Set.of(),
        () -> {
          Report report = reports.getReport(annual2022);
          boolean named =
              report.getLines().stream()
                  .allMatch(
                      line ->
                          !line.getResponsibleBodies().isEmpty()
                              && line.getResponsibleBodies().stream()
                                  .allMatch(body -> body.getOrganisationName() != null));
          if (!named) {
            throw new AssertionError("not every body of every line is named yet: " + report);
          }
          return report;
        });

    CrossRegionRow poltava2021 = row(view("2021", "UA"), "UA-53");
    assertTrue(
        poltava2021.getIndicators().stream()
            .anyMatch(
                value ->
                    "INTERNET_COVERAGE".equals(value.getIndicatorCode())
                        && new BigDecimal("63").compareTo(new BigDecimal(value.getValue())) == 0),
        "Poltava's 63% internet coverage of 2021: " + poltava2021.getIndicators());

    CrossRegionRow orenburg = row(view("2024", "RU"), "RU-ORE");
    assertEquals(1, orenburg.getProgrammes().size(), orenburg.toString());

    SeedSummary second = SeededSuite.runImport();
    assertTrue(second.changedNothing(), second.toString());
    assertEquals(first.steps(), second.steps());
  }

  private Programme programme(String region, String titlePart) throws Exception {
    return ProgrammeLookup.find(
            new ProgrammesApi(clients.programme(Actor.MINISTRY)),
            region,
            titlePart,
            programme -> programme.getTitleUk().contains(titlePart))
        .orElseThrow(() -> new AssertionError("no programme '" + titlePart + "' in " + region));
  }

  private CrossRegionView view(String period, String jurisdiction) throws Exception {
    return new CrossRegionViewApi(clients.indicator(Actor.MINISTRY))
        .getCrossRegionView(period, null, jurisdiction, null, null);
  }

  private static CrossRegionRow row(CrossRegionView view, String region) {
    return view.getRegions().stream()
        .filter(row -> region.equals(row.getRegionCode()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(region + " is not in the view"));
  }

  /** The sum the illustrative annual report states, read from the data file itself. */
  private static BigDecimal annualSpentInTheIllustrativeYear() throws IOException {
    JsonNode year =
        new ObjectMapper()
            .readTree(SeededSuite.DATA.resolve("reports/poltava-2022-illustrative.json").toFile());
    BigDecimal spent = BigDecimal.ZERO;
    for (JsonNode report : year.path("quarters")) {
      if ("2022".equals(report.path("period").asText())) {
        for (JsonNode line : report.path("lines")) {
          spent = spent.add(new BigDecimal(line.path("spentYtd").asText()));
        }
      }
    }
    assertTrue(spent.signum() > 0, "the illustrative year has an annual report with spending");
    return spent;
  }
}
