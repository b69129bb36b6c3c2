package io.dtmonitor.indicator.view;

import static io.dtmonitor.platform.http.Decimals.normalize;

import io.dtmonitor.indicator.catalogue.Indicator;
import io.dtmonitor.indicator.catalogue.IndicatorRepository;
import io.dtmonitor.indicator.observation.FinalValue;
import io.dtmonitor.indicator.observation.ObservationRepository;
import io.dtmonitor.indicator.observation.ValueOrigin;
import io.dtmonitor.indicator.region.JurisdictionRegions;
import io.dtmonitor.indicator.region.RegionCodeRange;
import io.dtmonitor.indicator.region.RegionRepository;
import io.dtmonitor.indicator.region.RegionSummary;
import io.dtmonitor.indicator.rollup.RollupRepository;
import io.dtmonitor.indicator.target.Target;
import io.dtmonitor.indicator.target.TargetProgress;
import io.dtmonitor.indicator.target.TargetRepository;
import io.dtmonitor.indicator.view.CrossRegionView.IndicatorValue;
import io.dtmonitor.platform.paging.Page;
import io.dtmonitor.platform.paging.PageRequest;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.time.ServiceTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Builds the cross-region view of a period for one jurisdiction (views never mix currencies or
 * jurisdictions): programmes in force and their plan, money from accepted reports, report
 * timeliness, and every indicator value with its target, progress and rank. Only FINAL observations
 * appear: the view is public.
 */
@ApplicationScoped
public class CrossRegionService {

  private final RegionRepository regions;
  private final IndicatorRepository indicators;
  private final ObservationRepository observations;
  private final TargetRepository targets;
  private final DerivedValues derived;
  private final StandingsCache standingsCache;
  private final IndexMethodologyRepository indexMethodologies;
  private final RollupRepository rollups;
  private final ProgrammesInForce programmesInForce;
  private final Clock clock;
  private final CrossRegionConfig config;

  public CrossRegionService(
      RegionRepository regions,
      IndicatorRepository indicators,
      ObservationRepository observations,
      TargetRepository targets,
      DerivedValues derived,
      StandingsCache standingsCache,
      IndexMethodologyRepository indexMethodologies,
      RollupRepository rollups,
      ProgrammesInForce programmesInForce,
      Clock clock,
      CrossRegionConfig config) {
    this.regions = regions;
    this.indicators = indicators;
    this.observations = observations;
    this.targets = targets;
    this.derived = derived;
    this.standingsCache = standingsCache;
    this.indexMethodologies = indexMethodologies;
    this.rollups = rollups;
    this.programmesInForce = programmesInForce;
    this.clock = clock;
    this.config = config;
  }

  /** The whole view of every region: every indicator. */
  public CrossRegionView view(String period, String jurisdiction) {
    return view(period, jurisdiction, Set.of());
  }

  /**
   * Whether the whole view of the jurisdiction, every indicator of the catalogue for every region,
   * stays within {@code dtm.cross-region.max-values}; when it does not, a view must list fewer
   * indicators.
   */
  public boolean wholeViewFits(String jurisdiction) {
    return regions.countOfJurisdiction(jurisdiction) * indicators.count() <= config.maxValues();
  }

  /** The view of every region listing only the {@code listed} indicators (all when empty). */
  public CrossRegionView view(String period, String jurisdiction, Set<String> listed) {
    return view(period, jurisdiction, listed, Optional.empty());
  }

  /**
   * One page of the regions, in code order, listing only the {@code listed} indicators (all when
   * empty). Ranks and the composite index are those of the whole view, from the standings of every
   * region's values of the listed and the weighted indicators ({@link StandingsCache}); trends,
   * targets and the rows themselves are built for the page's regions only.
   */
  public CrossRegionView view(
      String period, String jurisdiction, Set<String> listed, PageRequest page) {
    return view(period, jurisdiction, listed, Optional.of(page));
  }

  private CrossRegionView view(
      String period, String jurisdiction, Set<String> listed, Optional<PageRequest> page) {
    JurisdictionRegions members = regions.membersOf(jurisdiction);
    if (members.isEmpty()) {
      throw ProblemException.invalid("jurisdiction", "has no regions");
    }
    int year = Integer.parseInt(period.substring(0, 4));
    LocalDate periodEnd = periodEnd(period);
    Map<String, Indicator> catalogue =
        indicators.all().stream().collect(Collectors.toMap(i -> i.code, i -> i));
    listed.stream()
        .filter(code -> !catalogue.containsKey(code))
        .findFirst()
        .ifPresent(
            code -> {
              throw ProblemException.invalid("indicator", "is not in the catalogue: " + code);
            });
    CompositeIndex.Methodology index = indexMethodology();
    Set<String> read = new HashSet<>(listed);
    if (!listed.isEmpty()) {
      read.addAll(index.components().keySet());
    }
    int indicatorsRead = listed.isEmpty() ? catalogue.size() : read.size();
    long bound = (long) members.size() * indicatorsRead;
    if (bound > config.maxValues()) {
      throw ProblemException.invalid(
          "indicator",
          String.format(
              "the view of %d regions x %d indicators could hold %d values, over the limit of %d:"
                  + " list fewer indicators, or use the CSV export",
              members.size(), indicatorsRead, bound, config.maxValues()));
    }
    Page<RegionSummary> shownRegions = shownRegions(jurisdiction, members, page);
    Predicate<String> shown = code -> listed.isEmpty() || listed.contains(code);
    Map<String, Target> applying =
        targets.applyingIn(year, jurisdiction, listed.isEmpty() ? Set.of() : withDerived(read));
    Map<String, BigDecimal[]> mappings = indicators.mappings();
    Map<String, ProgrammesInForce.OfRegion> programmes =
        programmesInForce.of(
            periodEnd, year, shownRegions.items().stream().map(RegionSummary::code).toList());
    Map<String, DerivedValues.Execution> execution = derived.execution(period);
    Map<String, DerivedValues.Timeliness> timeliness =
        derived.timeliness(year, ServiceTime.today(clock));
    Set<String> recorded = new HashSet<>(listed.isEmpty() ? catalogue.keySet() : read);
    recorded.removeAll(DerivedValues.CODES);
    Map<String, IndicatorStandings> standings =
        new HashMap<>(standingsCache.of(period, jurisdiction, recorded, catalogue));
    standings.putAll(derivedStandings(period, members, execution, timeliness, catalogue));
    addRollups(standings, period, jurisdiction, members, recorded, catalogue);
    Map<String, FinalValue> previous =
        previousValues(period, jurisdiction, read, page, shownRegions.items()).stream()
            .collect(Collectors.toMap(v -> v.regionCode() + "|" + v.indicatorCode(), v -> v));
    Map<String, CompositeIndex.Score> composite =
        CompositeIndex.compute(
            members.codes(), weightedValuesByRegion(standings, index.components().keySet()), index);
    Map<String, Integer> compositeRanks = compositeRanks(composite);
    List<String> shownCodes = standings.keySet().stream().filter(shown).sorted().toList();
    List<CrossRegionView.RegionRow> rows =
        shownRegions.items().stream()
            .map(
                region -> {
                  ProgrammesInForce.OfRegion inForce =
                      programmes.getOrDefault(region.code(), ProgrammesInForce.OfRegion.NONE);
                  DerivedValues.Execution money = execution.get(region.code());
                  DerivedValues.Timeliness onTime = timeliness.get(region.code());
                  List<IndicatorValue> regionValues = new ArrayList<>();
                  for (String code : shownCodes) {
                    IndicatorStandings indicator = standings.get(code);
                    MeasuredValue v = indicator.byRegion().get(region.code());
                    if (v != null) {
                      regionValues.add(
                          withTrend(
                              value(
                                  catalogue.get(code),
                                  v,
                                  region.code(),
                                  applying,
                                  indicator.rankings().rankOf(v)),
                              previous.get(region.code() + "|" + code),
                              mappings));
                    }
                  }
                  return new CrossRegionView.RegionRow(
                      region.code(),
                      region.katottg(),
                      region.nameUk(),
                      region.nameEn(),
                      inForce.shown(),
                      inForce.count(),
                      new CrossRegionView.Budget(
                          normalize(inForce.plannedFixed()),
                          inForce.plannedWithinFunding(),
                          money == null ? null : normalize(money.funded()),
                          money == null ? null : normalize(money.spent()),
                          money == null ? null : money.percent()),
                      onTime == null
                          ? new CrossRegionView.ReportCounts(0, 0, 0, 0)
                          : new CrossRegionView.ReportCounts(
                              onTime.due(), onTime.onTime(), onTime.late(), onTime.overdue()),
                      regionValues,
                      composite(region.code(), composite, compositeRanks));
                })
            .toList();
    List<IndicatorValue> published =
        shownCodes.stream()
            .map(standings::get)
            .map(IndicatorStandings::published)
            .filter(Objects::nonNull)
            .map(v -> value(catalogue.get(v.indicatorCode()), v, jurisdiction, applying, null))
            .toList();
    return new CrossRegionView(
        period,
        jurisdiction,
        members.currency(),
        clock.instant(),
        rows,
        published,
        shownRegions.nextPageToken());
  }

  /**
   * The standings of the indicators derived from reports among the jurisdiction's regions: budget
   * execution, and report timeliness in a view of a year. Like recorded values, only FINAL ones: a
   * year's execution that still stands on a quarter is not published.
   */
  private static Map<String, IndicatorStandings> derivedStandings(
      String period,
      JurisdictionRegions members,
      Map<String, DerivedValues.Execution> execution,
      Map<String, DerivedValues.Timeliness> timeliness,
      Map<String, Indicator> catalogue) {
    Map<String, MeasuredValue> executed = new HashMap<>();
    execution.forEach(
        (region, money) -> {
          if (money.percent() != null && money.finalValue() && members.codes().contains(region)) {
            executed.put(
                region,
                new MeasuredValue(
                    DerivedValues.BUDGET_EXECUTION, money.percent(), "FINAL", "1", null));
          }
        });
    Map<String, MeasuredValue> timely = new HashMap<>();
    if (period.length() == 4) {
      timeliness.forEach(
          (region, onTime) -> {
            if (members.codes().contains(region)) {
              timely.put(
                  region,
                  new MeasuredValue(
                      DerivedValues.REPORT_TIMELINESS, onTime.percent(), "FINAL", "1", null));
            }
          });
    }
    return Map.of(
        DerivedValues.BUDGET_EXECUTION,
        IndicatorStandings.of(
            executed, catalogue.get(DerivedValues.BUDGET_EXECUTION).higherIsBetter),
        DerivedValues.REPORT_TIMELINESS,
        IndicatorStandings.of(
            timely, catalogue.get(DerivedValues.REPORT_TIMELINESS).higherIsBetter));
  }

  /** Each region's values of the weighted indicators, which the composite index is made of. */
  private static Map<String, List<MeasuredValue>> weightedValuesByRegion(
      Map<String, IndicatorStandings> standings, Set<String> weighted) {
    Map<String, List<MeasuredValue>> byRegion = new HashMap<>();
    weighted.stream()
        .map(standings::get)
        .filter(Objects::nonNull)
        .forEach(
            indicator ->
                indicator
                    .byRegion()
                    .forEach(
                        (region, value) ->
                            byRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(value)));
    return byRegion;
  }

  /** The page's regions, or every region of the jurisdiction when the view is not paged. */
  private Page<RegionSummary> shownRegions(
      String jurisdiction, JurisdictionRegions members, Optional<PageRequest> page) {
    if (page.isEmpty()) {
      return new Page<>(regions.summaries(jurisdiction, Optional.empty(), members.size()), null);
    }
    PageRequest request = page.get();
    return request.toPage(
        regions.summaries(jurisdiction, request.afterKey(), request.fetchSize()),
        RegionSummary::code);
  }

  /** The previous period's values of the regions shown: of the page's regions when paged. */
  private List<FinalValue> previousValues(
      String period,
      String jurisdiction,
      Set<String> read,
      Optional<PageRequest> page,
      List<RegionSummary> shown) {
    String before = previousPeriod(period);
    if (page.isEmpty()) {
      return observations.finalValuesOf(before, clock.instant(), jurisdiction, read);
    }
    return RegionCodeRange.of(shown)
        .map(
            range -> observations.finalValuesOf(before, clock.instant(), jurisdiction, read, range))
        .orElse(List.of());
  }

  /** The indicators read plus the two derived from reports, whose targets a view also needs. */
  private static Set<String> withDerived(Set<String> read) {
    Set<String> codes = new HashSet<>(read);
    codes.addAll(DerivedValues.CODES);
    return codes;
  }

  private static CrossRegionView.Composite composite(
      String region, Map<String, CompositeIndex.Score> scores, Map<String, Integer> ranks) {
    CompositeIndex.Score score = scores.get(region);
    if (score == null) {
      return null;
    }
    return new CrossRegionView.Composite(
        score.value(),
        score.coverage(),
        ranks.get(region),
        IndexMethodologyRepository.CURRENT,
        score.ranked(),
        score.missing());
  }

  /** Competition ranking of the ranked composite scores, highest first, from one sort. */
  private static Map<String, Integer> compositeRanks(Map<String, CompositeIndex.Score> scores) {
    List<Map.Entry<String, CompositeIndex.Score>> sorted =
        scores.entrySet().stream()
            .filter(e -> e.getValue().ranked())
            .sorted(
                Comparator.comparing(
                    (Map.Entry<String, CompositeIndex.Score> e) -> e.getValue().value(),
                    Comparator.reverseOrder()))
            .toList();
    Map<String, Integer> ranks = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      boolean tied =
          i > 0
              && sorted.get(i - 1).getValue().value().compareTo(sorted.get(i).getValue().value())
                  == 0;
      ranks.put(sorted.get(i).getKey(), tied ? ranks.get(sorted.get(i - 1).getKey()) : i + 1);
    }
    return ranks;
  }

  /** The composite index's published methodology. */
  CompositeIndex.Methodology indexMethodology() {
    return indexMethodologies.current();
  }

  /** The indicators the composite index is made of. */
  public Set<String> indexComponents() {
    return indexMethodology().components().keySet();
  }

  /** A value as a row shows it: with its target, its progress towards it and its rank. */
  private IndicatorValue value(
      Indicator indicator,
      MeasuredValue measured,
      String region,
      Map<String, Target> applying,
      Integer rank) {
    Optional<Target> target =
        Optional.ofNullable(applying.get(TargetRepository.key(region, indicator.code)));
    BigDecimal targetValue = target.map(t -> t.targetValue).orElse(null);
    return new IndicatorValue(
        indicator.code,
        normalize(measured.value()),
        indicator.unit.name(),
        measured.status(),
        measured.methodology(),
        normalize(targetValue),
        target.map(t -> TargetProgress.percent(measured.value(), t)).orElse(null),
        target
            .map(t -> TargetProgress.status(measured.value(), t, indicator.higherIsBetter))
            .orElse(null),
        rank,
        measured.revisedAt(),
        null,
        null,
        measured.derivation() == null && !indicator.derived
            ? ValueOrigin.REPORTED
            : ValueOrigin.DERIVED,
        measured.derivation());
  }

  /**
   * Adds the values derived by the indicators' rules (an oblast's from its communities, the
   * country's from its oblasts, a year's from its quarters) where a region, or the jurisdiction,
   * has no FINAL value of its own, and ranks each indicator again with them.
   */
  private void addRollups(
      Map<String, IndicatorStandings> standings,
      String period,
      String jurisdiction,
      JurisdictionRegions members,
      Set<String> recorded,
      Map<String, Indicator> catalogue) {
    Map<String, List<RollupRepository.DerivedValue>> byIndicator =
        rollups.unreportedOf(period, jurisdiction, recorded).stream()
            .collect(Collectors.groupingBy(RollupRepository.DerivedValue::indicatorCode));
    byIndicator.forEach(
        (code, derived) -> {
          IndicatorStandings before = standings.get(code);
          Map<String, MeasuredValue> byRegion =
              new HashMap<>(before == null ? Map.of() : before.byRegion());
          MeasuredValue published = before == null ? null : before.published();
          for (RollupRepository.DerivedValue value : derived) {
            MeasuredValue measured =
                new MeasuredValue(
                    code,
                    value.value(),
                    "FINAL",
                    value.methodology(),
                    value.revisedAt(),
                    new CrossRegionView.Derivation(value.rule(), value.covered(), value.total()));
            if (value.regionCode().equals(jurisdiction)) {
              published = published == null ? measured : published;
            } else if (members.codes().contains(value.regionCode())) {
              byRegion.putIfAbsent(value.regionCode(), measured);
            }
          }
          standings.put(
              code, IndicatorStandings.of(byRegion, published, catalogue.get(code).higherIsBetter));
        });
  }

  /** Adds each recorded value's movement since the same region's value of the previous period. */
  private static IndicatorValue withTrend(
      IndicatorValue current, FinalValue previous, Map<String, BigDecimal[]> mappings) {
    if (previous == null) {
      return current;
    }
    Optional<BigDecimal> comparable =
        previous.methodology().equals(current.methodology())
            ? Optional.of(previous.value())
            : Optional.ofNullable(
                    mappings.get(
                        IndicatorRepository.mappingKey(
                            current.indicatorCode(),
                            previous.methodology(),
                            current.methodology())))
                .map(m -> previous.value().multiply(m[0]).add(m[1]));
    if (comparable.isEmpty()) {
      return current.withTrend(null, CrossRegionView.Trend.NOT_COMPARABLE);
    }
    int direction = current.value().compareTo(comparable.get());
    return current.withTrend(
        normalize(comparable.get()),
        direction > 0
            ? CrossRegionView.Trend.UP
            : direction < 0 ? CrossRegionView.Trend.DOWN : CrossRegionView.Trend.FLAT);
  }

  static String previousPeriod(String period) {
    int year = Integer.parseInt(period.substring(0, 4));
    if (period.length() == 4) {
      return Integer.toString(year - 1);
    }
    int quarter = period.charAt(6) - '0';
    return quarter == 1 ? (year - 1) + "-Q4" : year + "-Q" + (quarter - 1);
  }

  static LocalDate periodEnd(String period) {
    int year = Integer.parseInt(period.substring(0, 4));
    if (period.length() == 4) {
      return LocalDate.of(year, 12, 31);
    }
    int quarter = period.charAt(6) - '0';
    return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
  }
}
