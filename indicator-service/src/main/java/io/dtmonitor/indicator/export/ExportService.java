package io.dtmonitor.indicator.export;

import static io.dtmonitor.platform.http.Decimals.normalize;

import io.dtmonitor.indicator.catalogue.Indicator;
import io.dtmonitor.indicator.catalogue.IndicatorRepository;
import io.dtmonitor.indicator.observation.ObservationRepository;
import io.dtmonitor.indicator.observation.ObservationStatus;
import io.dtmonitor.indicator.region.Region;
import io.dtmonitor.indicator.region.RegionRepository;
import io.dtmonitor.indicator.target.Target;
import io.dtmonitor.indicator.target.TargetRepository;
import io.dtmonitor.indicator.view.DerivedValues;
import io.dtmonitor.platform.paging.Page;
import io.dtmonitor.platform.paging.PageRequest;
import io.dtmonitor.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The ministry's pull: the current FINAL and PROVISIONAL values as long-format rows (region x
 * indicator x period), filterable and incremental by revision time, ordered by revision time so
 * {@code updatedSince} and page tokens resume where the last pull stopped.
 */
@ApplicationScoped
public class ExportService {

  private final ObservationRepository observations;
  private final IndicatorRepository indicators;
  private final RegionRepository regions;
  private final TargetRepository targets;
  private final DerivedValues derived;
  private final Clock clock;

  public ExportService(
      ObservationRepository observations,
      IndicatorRepository indicators,
      RegionRepository regions,
      TargetRepository targets,
      DerivedValues derived,
      Clock clock) {
    this.observations = observations;
    this.indicators = indicators;
    this.regions = regions;
    this.targets = targets;
    this.derived = derived;
    this.clock = clock;
  }

  /** Filters of an export. */
  public record Filter(
      Optional<String> period,
      Optional<String> region,
      Optional<String> indicator,
      Optional<Instant> updatedSince) {}

  public List<ExportRow> rows(Filter filter) {
    Map<String, Indicator> catalogue =
        indicators.all().stream().collect(Collectors.toMap(i -> i.code, i -> i));
    Map<String, Region> regionsByCode = regions.byCode();
    List<ExportRow> rows = new ArrayList<>();
    observations
        .current(filter.region(), filter.indicator(), filter.period(), clock.instant())
        .stream()
        .filter(o -> filter.updatedSince().map(since -> o.recordedAt.isAfter(since)).orElse(true))
        .map(
            o ->
                new ExportRow(
                    o.period,
                    o.regionCode,
                    Optional.ofNullable(regionsByCode.get(o.regionCode))
                        .map(r -> r.katottg)
                        .orElse(null),
                    o.indicatorCode,
                    normalize(o.value),
                    catalogue.get(o.indicatorCode).unit.name(),
                    normalize(
                        targets
                            .applying(
                                o.regionCode,
                                o.indicatorCode,
                                Integer.parseInt(o.period.substring(0, 4)))
                            .map((Target t) -> t.targetValue)
                            .orElse(null)),
                    o.status == ObservationStatus.FINAL ? "FINAL" : "PROVISIONAL",
                    o.methodology,
                    o.recordedAt))
        .forEach(rows::add);
    rows.addAll(derivedRows(filter, catalogue, regionsByCode));
    rows.sort(Comparator.comparing(ExportService::key));
    return rows;
  }

  /** Budget execution and timeliness, derived from the report projection, as export rows. */
  private List<ExportRow> derivedRows(
      Filter filter, Map<String, Indicator> catalogue, Map<String, Region> regionsByCode) {
    List<ExportRow> rows = new ArrayList<>();
    java.time.LocalDate today =
        java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Kyiv")));
    for (String period : filter.period().map(List::of).orElseGet(derived::periods)) {
      int year = Integer.parseInt(period.substring(0, 4));
      Map<String, Instant> changed = derived.lastChange(year);
      if (filter.indicator().map("BUDGET_EXECUTION"::equals).orElse(true)) {
        derived
            .execution(period)
            .forEach(
                (region, execution) -> {
                  if (execution.percent() != null) {
                    rows.add(
                        derivedRow(
                            period,
                            region,
                            "BUDGET_EXECUTION",
                            execution.percent(),
                            execution.finalValue(),
                            changed.get(region),
                            catalogue,
                            regionsByCode));
                  }
                });
      }
      if (period.length() == 4
          && filter.indicator().map("REPORT_TIMELINESS"::equals).orElse(true)) {
        derived
            .timeliness(year, today)
            .forEach(
                (region, timeliness) ->
                    rows.add(
                        derivedRow(
                            period,
                            region,
                            "REPORT_TIMELINESS",
                            timeliness.percent(),
                            true,
                            changed.get(region),
                            catalogue,
                            regionsByCode)));
      }
    }
    return rows.stream()
        .filter(row -> filter.region().map(row.regionCode()::equals).orElse(true))
        .filter(
            row -> filter.updatedSince().map(since -> row.revisedAt().isAfter(since)).orElse(true))
        .toList();
  }

  private ExportRow derivedRow(
      String period,
      String region,
      String indicator,
      java.math.BigDecimal value,
      boolean finalValue,
      Instant revisedAt,
      Map<String, Indicator> catalogue,
      Map<String, Region> regionsByCode) {
    return new ExportRow(
        period,
        region,
        Optional.ofNullable(regionsByCode.get(region)).map(r -> r.katottg).orElse(null),
        indicator,
        normalize(value),
        catalogue.get(indicator).unit.name(),
        normalize(
            targets
                .applying(region, indicator, Integer.parseInt(period.substring(0, 4)))
                .map((Target t) -> t.targetValue)
                .orElse(null)),
        finalValue ? "FINAL" : "PROVISIONAL",
        catalogue.get(indicator).methodology,
        revisedAt);
  }

  /** A page of rows; the page key is the row's revision time and identity. */
  public Page<ExportRow> page(Filter filter, PageRequest page) {
    List<ExportRow> all = rows(filter);
    List<ExportRow> after =
        page.afterKey()
            .map(key -> all.stream().filter(row -> key(row).compareTo(key) > 0).toList())
            .orElse(all);
    return page.toPage(
        after.subList(0, Math.min(after.size(), page.fetchSize())), ExportService::key);
  }

  /** Orders rows by revision time, then identity; fixed-width time so text order is time order. */
  private static String key(ExportRow row) {
    return String.format(
        "%019d%09d|%s|%s|%s",
        row.revisedAt().getEpochSecond(),
        row.revisedAt().getNano(),
        row.regionCode(),
        row.indicatorCode(),
        row.period());
  }

  static Instant parseSince(String updatedSince) {
    try {
      return Instant.parse(updatedSince);
    } catch (java.time.format.DateTimeParseException e) {
      throw ProblemException.invalid(
          "updatedSince", "must be an RFC 3339 moment such as 2025-01-01T00:00:00Z");
    }
  }
}
