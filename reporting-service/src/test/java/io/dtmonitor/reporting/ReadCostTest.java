package io.dtmonitor.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtmonitor.platform.testing.StatementCounts;
import io.dtmonitor.platform.testing.Tokens;
import io.dtmonitor.reporting.integration.ProgrammeEventsFixture;
import io.dtmonitor.reporting.report.ReportCalls;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reads cost the same number of SQL statements however many rows they answer with: a report with 30
 * measures' lines as one with none, a region's timeliness and expected reports with three
 * programmes as with one (no query per row, N+1).
 */
@QuarkusTest
class ReadCostTest {

  @Inject ProgrammeEventsFixture programmes;

  @Test
  void aReportIsReadInAsManyStatementsWhateverItsLines() {
    String empty = ReportCalls.create("UA-07", adopted("UA-07"), "2026-Q2");
    // Due after the dates other tests run the overdue check at, so no check of theirs marks it.
    String poltava = ReportCalls.create("UA-53", programmes.adoptedPoltava(), "2023-Q4");
    int few = StatementCounts.ofGet(Tokens.cdto("UA-07"), "/api/v1/reports/" + empty);
    assertTrue(few > 0, "statements are counted");
    assertEquals(few, StatementCounts.ofGet(Tokens.cdto("UA-53"), "/api/v1/reports/" + poltava));
  }

  @Test
  void aRegionsTimelinessAndExpectedReportsAreReadInAsManyStatementsHoweverManyProgrammes() {
    adopted("UA-12");
    for (int i = 0; i < 3; i++) {
      adopted("UA-14");
    }
    for (String read : new String[] {"/api/v1/timeliness", "/api/v1/expected-reports"}) {
      int one = StatementCounts.ofGet(Tokens.ministry(), read + "?year=2026&region=UA-12");
      assertTrue(one > 0, "statements are counted");
      assertEquals(
          one, StatementCounts.ofGet(Tokens.ministry(), read + "?year=2026&region=UA-14"), read);
    }
  }

  private UUID adopted(String region) {
    return programmes.adoptedFor2026(region, "UAH");
  }
}
