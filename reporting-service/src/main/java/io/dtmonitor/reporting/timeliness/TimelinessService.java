package io.dtmonitor.reporting.timeliness;

import io.dtmonitor.reporting.expected.Expectation;
import io.dtmonitor.reporting.expected.ExpectedReportService;
import io.dtmonitor.reporting.timeliness.TimelinessResponse.PeriodTimeliness;
import io.dtmonitor.reporting.timeliness.TimelinessResponse.RegionTimeliness;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Completeness and timeliness as DHIS2 defines them, over the expected reports due so far (whether
 * or not anyone started them): completeness = received / due, timeliness = first submitted by the
 * due date / due, per region for the year and per period.
 */
@ApplicationScoped
public class TimelinessService {

  private final ExpectedReportService expected;
  private final Clock clock;

  public TimelinessService(ExpectedReportService expected, Clock clock) {
    this.expected = expected;
    this.clock = clock;
  }

  public TimelinessResponse of(int year, String region) {
    Instant now = clock.instant();
    Map<String, List<Expectation>> byRegion =
        expected.expectations(year, Optional.ofNullable(region)).stream()
            .filter(expectation -> expectation.due(now))
            .collect(
                Collectors.groupingBy(
                    expectation -> expectation.programme().regionCode(),
                    TreeMap::new,
                    Collectors.toList()));
    return new TimelinessResponse(
        year,
        byRegion.entrySet().stream()
            .map(entry -> region(entry.getKey(), entry.getValue(), now))
            .toList());
  }

  private static RegionTimeliness region(String code, List<Expectation> due, Instant now) {
    long received = due.stream().filter(Expectation::received).count();
    long onTime = due.stream().filter(Expectation::onTime).count();
    Map<String, List<Expectation>> byPeriod =
        due.stream()
            .collect(
                Collectors.groupingBy(
                    expectation -> expectation.period().toString(),
                    LinkedHashMap::new,
                    Collectors.toList()));
    return new RegionTimeliness(
        code,
        due.size(),
        received,
        onTime,
        received - onTime,
        due.size() - received,
        percent(received, due.size()),
        percent(onTime, due.size()),
        byPeriod.entrySet().stream()
            .map(
                entry -> {
                  List<Expectation> ofPeriod = entry.getValue();
                  long periodReceived = ofPeriod.stream().filter(Expectation::received).count();
                  long periodOnTime = ofPeriod.stream().filter(Expectation::onTime).count();
                  return new PeriodTimeliness(
                      entry.getKey(),
                      ofPeriod.size(),
                      periodReceived,
                      periodOnTime,
                      percent(periodReceived, ofPeriod.size()),
                      percent(periodOnTime, ofPeriod.size()));
                })
            .toList());
  }

  private static BigDecimal percent(long part, long whole) {
    return BigDecimal.valueOf(part * 100)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
