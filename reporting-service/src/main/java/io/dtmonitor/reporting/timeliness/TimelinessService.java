package io.dtmonitor.reporting.timeliness;

import io.dtmonitor.reporting.report.Report;
import io.dtmonitor.reporting.report.ReportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Report timeliness per region for a year: of the reports due by today, how many were first
 * submitted on time, late, or not at all.
 */
@ApplicationScoped
public class TimelinessService {

  private final ReportRepository reports;
  private final Clock clock;

  public TimelinessService(ReportRepository reports, Clock clock) {
    this.reports = reports;
    this.clock = clock;
  }

  public TimelinessResponse of(int year, String region) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Kyiv")));
    Map<String, List<Report>> byRegion =
        reports.dueBy(year, today).stream()
            .filter(report -> region == null || region.equals(report.regionCode))
            .collect(
                Collectors.groupingBy(
                    report -> report.regionCode, TreeMap::new, Collectors.toList()));
    return new TimelinessResponse(
        year,
        byRegion.entrySet().stream()
            .map(
                entry -> {
                  List<Report> due = entry.getValue();
                  long onTime =
                      due.stream().filter(r -> r.daysLate != null && r.daysLate == 0).count();
                  long late =
                      due.stream().filter(r -> r.daysLate != null && r.daysLate > 0).count();
                  long missing = due.size() - onTime - late;
                  BigDecimal share =
                      BigDecimal.valueOf(onTime * 100)
                          .divide(BigDecimal.valueOf(due.size()), 1, RoundingMode.HALF_UP);
                  return new TimelinessResponse.RegionTimeliness(
                      entry.getKey(), due.size(), onTime, late, missing, share);
                })
            .toList());
  }
}
