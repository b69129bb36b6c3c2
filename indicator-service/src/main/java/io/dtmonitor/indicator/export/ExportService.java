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
import io.dtmonitor.platform.paging.Page;
import io.dtmonitor.platform.paging.PageRequest;
import io.dtmonitor.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
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
  private final Clock clock;

  public ExportService(
      ObservationRepository observations,
      IndicatorRepository indicators,
      RegionRepository regions,
      TargetRepository targets,
      Clock clock) {
    this.observations = observations;
    this.indicators = indicators;
    this.regions = regions;
    this.targets = targets;
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
    return observations
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
        .sorted(Comparator.comparing(ExportService::key))
        .toList();
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
