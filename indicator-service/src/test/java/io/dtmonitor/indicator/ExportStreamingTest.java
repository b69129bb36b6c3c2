package io.dtmonitor.indicator;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dtmonitor.indicator.export.ExportService;
import io.dtmonitor.indicator.export.ExportStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A CSV download reads its values a chunk at a time (two here), each chunk in a short transaction
 * of its own that restarts after the last key written, and writes every row outside any
 * transaction: a client that reads slowly or stops holds no transaction and no database connection,
 * and the rows still come whole and in order.
 */
@QuarkusTest
@TestProfile(ExportStreamingTest.SmallChunks.class)
class ExportStreamingTest {

  private static final String REGION = "UA-35";
  private static final String INDICATOR = "CNAP_COUNT";
  private static final List<String> PERIODS = List.of("2011", "2012", "2013", "2014", "2015");

  @Inject ExportService exports;
  @Inject TransactionManager transactions;

  @Test
  @ActivateRequestContext
  void everyRowIsWrittenOutsideAnyTransactionAndInOrder() throws Exception {
    for (String period : PERIODS) {
      ObservationCalls.recordFinal(REGION, INDICATOR, period, "4");
    }
    ExportService.Filter filter =
        exports.filter(
            "UA",
            ExportStatus.FINAL,
            Optional.empty(),
            Optional.of(REGION),
            Optional.of(INDICATOR),
            Optional.empty(),
            Optional.empty());
    List<String> periods = new ArrayList<>();
    List<Integer> statuses = new ArrayList<>();
    exports.forEachRow(
        filter,
        exports.window(filter),
        row -> {
          periods.add(row.period());
          statuses.add(status());
        });
    assertEquals(PERIODS, periods);
    assertEquals(List.of(Status.STATUS_NO_TRANSACTION), statuses.stream().distinct().toList());

    String csv =
        given()
            .queryParam("region", REGION)
            .queryParam("indicator", INDICATOR)
            .get("/api/v1/exports/observations.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertEquals(PERIODS, CsvRows.column(csv, "period"), csv);
  }

  private int status() {
    try {
      return transactions.getStatus();
    } catch (jakarta.transaction.SystemException e) {
      throw new IllegalStateException(e);
    }
  }

  public static class SmallChunks implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("dtm.export.stream-chunk", "2");
    }
  }
}
