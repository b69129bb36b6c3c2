package io.dtmonitor.indicator.export;

import static io.dtmonitor.platform.http.Decimals.normalize;

import io.dtmonitor.indicator.catalogue.Indicator;
import io.dtmonitor.indicator.catalogue.IndicatorRepository;
import io.dtmonitor.indicator.observation.ValueOrigin;
import io.dtmonitor.indicator.region.Region;
import io.dtmonitor.indicator.region.RegionRepository;
import io.dtmonitor.indicator.target.Target;
import io.dtmonitor.indicator.target.TargetRepository;
import io.dtmonitor.indicator.view.DerivedValues;
import io.dtmonitor.platform.changes.ChangeSnapshots;
import io.dtmonitor.platform.changes.ChangeToken;
import io.dtmonitor.platform.changes.ChangeWindow;
import io.dtmonitor.platform.http.QueryValues;
import io.dtmonitor.platform.paging.Page;
import io.dtmonitor.platform.paging.PageRequest;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.problem.ProblemType;
import io.dtmonitor.platform.security.RegionAccess;
import io.dtmonitor.platform.security.UnpublishedScope;
import io.dtmonitor.platform.time.ServiceTime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The ministry's pull: the current values of one jurisdiction as long-format rows (region x
 * indicator x period), filterable, ordered by revision time so page tokens resume where the last
 * page stopped. A pull holds what had committed when its first page was read ({@link
 * ChangeWindow}); its change token, sent back as {@code changedSince}, makes the next pull return
 * exactly what committed after that. Recorded values are read a chunk at a time in export order
 * ({@link ExportRepository}); the few values derived from the report projection are merged into it,
 * so a page or a streamed CSV never loads the whole table. An export holds FINAL values unless
 * PROVISIONAL ones are asked for by a caller who may see them ({@link #filter}).
 */
@ApplicationScoped
public class ExportService {

  private final ExportRepository recorded;
  private final IndicatorRepository indicators;
  private final RegionRepository regions;
  private final TargetRepository targets;
  private final DerivedValues derived;
  private final RegionAccess access;
  private final ChangeSnapshots snapshots;
  private final Clock clock;
  private final int streamChunk;

  public ExportService(
      ExportRepository recorded,
      IndicatorRepository indicators,
      RegionRepository regions,
      TargetRepository targets,
      DerivedValues derived,
      RegionAccess access,
      ChangeSnapshots snapshots,
      Clock clock,
      ExportConfig config) {
    this.recorded = recorded;
    this.indicators = indicators;
    this.regions = regions;
    this.targets = targets;
    this.derived = derived;
    this.access = access;
    this.snapshots = snapshots;
    this.clock = clock;
    this.streamChunk = config.streamChunk();
  }

  /**
   * Filters of an export: one jurisdiction (exports never mix them), the statuses asked for and the
   * regions whose PROVISIONAL values the caller may see, and optional narrowing filters.
   */
  public record Filter(
      String jurisdiction,
      ExportStatus status,
      UnpublishedScope unpublished,
      Optional<String> period,
      Optional<String> region,
      Optional<String> indicator,
      Optional<Instant> updatedSince,
      Optional<ChangeToken> changedSince) {

    boolean shows(ExportRow row) {
      boolean published = "FINAL".equals(row.status());
      return (published ? status.includesFinal() : status.includesProvisional())
          && (published || unpublished.includes(row.regionCode()))
          && region.map(row.regionCode()::equals).orElse(true)
          && updatedSince.map(since -> row.revisedAt().isAfter(since)).orElse(true);
    }
  }

  /**
   * The filter of the caller's export. PROVISIONAL values are asked for explicitly and only by a
   * caller who may read some: anonymous callers get a 401, others without any such region a 403,
   * and a CDTO naming another region a 403, rather than an export that silently lacks them.
   */
  public Filter filter(
      String jurisdiction,
      ExportStatus status,
      Optional<String> period,
      Optional<String> region,
      Optional<String> indicator,
      Optional<String> updatedSince,
      Optional<String> changedSince) {
    regions.requireJurisdiction(jurisdiction);
    region.ifPresent(regions::requireRegion);
    indicator.ifPresent(indicators::requireIndicator);
    UnpublishedScope scope = access.unpublishedScope();
    if (status.includesProvisional()) {
      if (access.isAnonymous()) {
        throw new ProblemException(
            ProblemType.UNAUTHENTICATED,
            "PROVISIONAL values are shown only to their region's CDTO, reviewers and the ministry:"
                + " send a bearer token, or ask for status=FINAL");
      }
      if (scope.isNone() || region.map(r -> !scope.includes(r) && r.length() > 2).orElse(false)) {
        throw ProblemException.forbidden(
            "PROVISIONAL values are shown only to their region's CDTO, reviewers and the ministry"
                + scope.region().map(own -> "; your token shows those of " + own).orElse(""));
      }
    }
    return new Filter(
        jurisdiction,
        status,
        scope,
        period,
        region,
        indicator,
        updatedSince.flatMap(since -> QueryValues.moment("updatedSince", since)),
        ChangeToken.ofParameter(changedSince.orElse(null)));
  }

  /** The window of a pull that begins now, after the one whose token the filter carries. */
  @Transactional
  public ChangeWindow window(Filter filter) {
    return snapshots.windowSince(filter.changedSince());
  }

  /**
   * A page of rows; the page token carries the pull's window, fixed by its first page, and the last
   * row's revision time and identity.
   */
  @Transactional
  public ExportPage page(Filter filter, PageRequest page) {
    ChangeWindow.Cursor cursor = snapshots.cursor(page, filter.changedSince());
    ChangeWindow window = cursor.window();
    Optional<ExportKey> after = cursor.after().map(ExportKey::decode);
    recorded.withoutParallelWorkers();
    String currency = regions.currencyOf(filter.jurisdiction());
    List<ExportRow> rows =
        new ArrayList<>(recorded.chunk(filter, window, currency, after, page.fetchSize()));
    derivedRows(filter, window).stream()
        .filter(row -> after.map(key -> ExportKey.of(row).compareTo(key) > 0).orElse(true))
        .forEach(rows::add);
    rows.sort(Comparator.comparing(ExportKey::of));
    Page<ExportRow> rowPage =
        page.toPage(
            rows.subList(0, Math.min(rows.size(), page.fetchSize())),
            row -> cursor.next(ExportKey.of(row).encode()));
    return new ExportPage(rowPage.items(), rowPage.nextPageToken(), window.upTo().encode());
  }

  /**
   * Hands every row of the pull {@code window} to {@code sink} in export order: each value is its
   * latest revision committed when the pull began, so a revision recorded while the download
   * streams never appears beside the one it replaces (it comes with the next pull). Recorded values
   * are read {@link ExportConfig#streamChunk} at a time, each chunk in a short read-only
   * transaction of its own that restarts after the last key written; while the rows go out to a
   * client, which may read slowly or stop, the download holds no transaction and no database
   * connection.
   */
  public void forEachRow(Filter filter, ChangeWindow window, Consumer<ExportRow> sink) {
    String currency =
        QuarkusTransaction.requiringNew().call(() -> regions.currencyOf(filter.jurisdiction()));
    Deque<ExportRow> derivedRows =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    new ArrayDeque<>(
                        derivedRows(filter, window).stream()
                            .sorted(Comparator.comparing(ExportKey::of))
                            .toList()));
    Optional<ExportKey> after = Optional.empty();
    List<ExportRow> chunk;
    do {
      Optional<ExportKey> from = after;
      chunk =
          QuarkusTransaction.requiringNew()
              .call(
                  () -> {
                    recorded.readOnly();
                    recorded.withoutParallelWorkers();
                    return recorded.chunk(filter, window, currency, from, streamChunk);
                  });
      for (ExportRow row : chunk) {
        ExportKey key = ExportKey.of(row);
        while (!derivedRows.isEmpty() && ExportKey.of(derivedRows.peek()).compareTo(key) < 0) {
          sink.accept(derivedRows.poll());
        }
        sink.accept(row);
        after = Optional.of(key);
      }
    } while (chunk.size() == streamChunk);
    derivedRows.forEach(sink);
  }

  /**
   * Budget execution and timeliness, derived from the report projection, as export rows of the pull
   * {@code window}: a region's rows of a year belong to the pull that holds the last change of its
   * report facts of that year.
   */
  private List<ExportRow> derivedRows(Filter filter, ChangeWindow window) {
    boolean execution = filter.indicator().map(DerivedValues.BUDGET_EXECUTION::equals).orElse(true);
    boolean timeliness =
        filter.indicator().map(DerivedValues.REPORT_TIMELINESS::equals).orElse(true);
    if (!execution && !timeliness) {
      return List.of();
    }
    Map<String, Indicator> catalogue =
        indicators.all().stream().collect(Collectors.toMap(i -> i.code, i -> i));
    Map<String, Region> regionsByCode = regions.byCode();
    Map<Integer, Map<String, Target>> targetsByYear = new HashMap<>();
    Map<Integer, Map<String, DerivedValues.LastChange>> changedByYear = new HashMap<>();
    List<ExportRow> rows = new ArrayList<>();
    LocalDate today = ServiceTime.today(clock);
    for (String period : filter.period().map(List::of).orElseGet(derived::periods)) {
      int year = Integer.parseInt(period.substring(0, 4));
      Map<String, DerivedValues.LastChange> changed =
          changedByYear.computeIfAbsent(year, derived::lastChange);
      Map<String, Target> applying =
          targetsByYear.computeIfAbsent(
              year, applyingYear -> targets.applyingIn(applyingYear, DerivedValues.CODES));
      DerivedRowFactory factory =
          new DerivedRowFactory(period, changed, catalogue, regionsByCode, applying);
      if (execution) {
        derived
            .execution(period)
            .forEach(
                (region, money) -> {
                  if (money.percent() != null) {
                    rows.add(
                        factory.row(
                            region,
                            DerivedValues.BUDGET_EXECUTION,
                            money.percent(),
                            money.finalValue()));
                  }
                });
      }
      if (timeliness && period.length() == 4) {
        derived
            .timeliness(year, today)
            .forEach(
                (region, onTime) ->
                    rows.add(
                        factory.row(
                            region, DerivedValues.REPORT_TIMELINESS, onTime.percent(), true)));
      }
    }
    return rows.stream()
        .filter(row -> filter.jurisdiction().equals(row.jurisdiction()))
        .filter(
            row ->
                window.contains(
                    changedByYear
                        .get(Integer.parseInt(row.period().substring(0, 4)))
                        .get(row.regionCode())
                        .transaction()))
        .filter(filter::shows)
        .toList();
  }

  /** Makes the derived rows of one period. */
  private record DerivedRowFactory(
      String period,
      Map<String, DerivedValues.LastChange> changed,
      Map<String, Indicator> catalogue,
      Map<String, Region> regionsByCode,
      Map<String, Target> applying) {

    ExportRow row(String region, String indicator, BigDecimal value, boolean finalValue) {
      Optional<Region> known = Optional.ofNullable(regionsByCode.get(region));
      return new ExportRow(
          period,
          region,
          known.map(r -> r.katottg).orElse(null),
          indicator,
          normalize(value),
          catalogue.get(indicator).unit.name(),
          normalize(
              Optional.ofNullable(applying.get(TargetRepository.key(region, indicator)))
                  .map(t -> t.targetValue)
                  .orElse(null)),
          finalValue ? "FINAL" : "PROVISIONAL",
          catalogue.get(indicator).methodology,
          changed.get(region).at(),
          known.map(r -> r.jurisdiction).orElse(null),
          known.map(r -> r.currency).orElse(null),
          ValueOrigin.DERIVED,
          null,
          null,
          null);
    }
  }
}
