package io.dtmonitor.indicator.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtmonitor.indicator.catalogue.IndicatorRepository;
import io.dtmonitor.indicator.view.CrossRegionService;
import io.dtmonitor.indicator.view.CrossRegionView;
import io.dtmonitor.indicator.view.CrossRegionView.RegionRow;
import io.dtmonitor.platform.http.Decimals;
import io.dtmonitor.platform.time.ServiceTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the dashboard from the cross-region view, the same data the ministry pulls through the
 * API: budget execution by region, indicator progress against targets, late and missing reports and
 * the composite index ranking, for one period.
 *
 * <p>The page lists the indicators its reader chose. Without a choice it lists the whole catalogue
 * when the whole view fits the view's limit, and otherwise (a jurisdiction of communities rather
 * than oblasts) the indicators of the composite index, saying so: the budget, report and ranking
 * sections are the same either way.
 */
@ApplicationScoped
public class DashboardService {

  static final int FIRST_YEAR = 2021;
  static final List<String> JURISDICTIONS = List.of("UA", "RU");
  private static final String WITHIN_FUNDING = "в межах фінансування";
  private static final DateTimeFormatter GENERATED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final CrossRegionService crossRegion;
  private final IndicatorRepository catalogue;
  private final ObjectMapper json;
  private final Clock clock;

  public DashboardService(
      CrossRegionService crossRegion,
      IndicatorRepository catalogue,
      ObjectMapper json,
      Clock clock) {
    this.crossRegion = crossRegion;
    this.catalogue = catalogue;
    this.json = json;
    this.clock = clock;
  }

  /** The period the dashboard opens with: the current year. */
  public String defaultPeriod() {
    return Integer.toString(ServiceTime.today(clock).getYear());
  }

  /**
   * The page of a period and jurisdiction listing the {@code chosen} indicators, or the default
   * listing when none is chosen.
   */
  public DashboardPage page(String period, String jurisdiction, Set<String> chosen) {
    boolean narrowed = chosen.isEmpty() && !crossRegion.wholeViewFits(jurisdiction);
    Set<String> listed = narrowed ? crossRegion.indexComponents() : chosen;
    CrossRegionView view = crossRegion.view(period, jurisdiction, listed);
    List<DashboardPage.BudgetRow> budget = new ArrayList<>();
    List<DashboardPage.IndicatorRow> indicators = new ArrayList<>();
    List<DashboardPage.ReportRow> reports = new ArrayList<>();
    List<DashboardPage.IndexRow> index = new ArrayList<>();
    for (RegionRow row : view.regions()) {
      if (!row.programmes().isEmpty()) {
        budget.add(
            new DashboardPage.BudgetRow(
                row.regionCode(),
                row.nameUk(),
                programmeTitles(row),
                planned(row),
                text(row.budget().plannedFixed()),
                text(row.budget().fundedYtd()),
                text(row.budget().spentYtd()),
                text(row.budget().executionPercent())));
      }
      for (CrossRegionView.IndicatorValue value : row.indicators()) {
        indicators.add(
            new DashboardPage.IndicatorRow(
                row.regionCode(),
                row.nameUk(),
                value.indicatorCode(),
                text(value.value()),
                value.unit(),
                text(value.target()),
                text(value.progressPercent()),
                value.trend() == null ? "" : value.trend().name()));
      }
      if (row.reports().due() > 0) {
        reports.add(
            new DashboardPage.ReportRow(
                row.regionCode(),
                row.nameUk(),
                row.reports().due(),
                row.reports().onTime(),
                row.reports().late(),
                row.reports().overdue()));
      }
      if (row.compositeIndex() != null && row.compositeIndex().coveragePercent().signum() > 0) {
        index.add(
            new DashboardPage.IndexRow(
                row.compositeIndex().rank(),
                row.regionCode(),
                row.nameUk(),
                text(row.compositeIndex().value()),
                text(row.compositeIndex().coveragePercent()),
                String.join(", ", row.compositeIndex().missingComponents())));
      }
    }
    index.sort(DashboardPage.IndexRow.RANKED_FIRST);
    return new DashboardPage(
        view.period(),
        view.jurisdiction(),
        periodOptions(),
        JURISDICTIONS,
        indicatorOptions(chosen),
        listed.stream().sorted().toList(),
        narrowed,
        view.currency(),
        GENERATED_AT.format(view.generatedAt()),
        budget,
        indicators,
        reports,
        index,
        chartData(budget, indicators, index));
  }

  /** Every year since the first programmes, newest first, each followed by its quarters. */
  List<String> periodOptions() {
    List<String> options = new ArrayList<>();
    for (int year = ServiceTime.today(clock).getYear(); year >= FIRST_YEAR; year--) {
      options.add(Integer.toString(year));
      for (int quarter = 1; quarter <= 4; quarter++) {
        options.add(year + "-Q" + quarter);
      }
    }
    return options;
  }

  /** The catalogue, in code order, with the indicators the reader chose marked. */
  private List<DashboardPage.IndicatorOption> indicatorOptions(Set<String> chosen) {
    return catalogue.all().stream()
        .map(
            indicator ->
                new DashboardPage.IndicatorOption(
                    indicator.code, indicator.nameUk, chosen.contains(indicator.code)))
        .toList();
  }

  private String chartData(
      List<DashboardPage.BudgetRow> budget,
      List<DashboardPage.IndicatorRow> indicators,
      List<DashboardPage.IndexRow> index) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(
        "budget",
        Map.of(
            "regions", budget.stream().map(DashboardPage.BudgetRow::region).toList(),
            "planned", budget.stream().map(DashboardPage.BudgetRow::plannedFixed).toList(),
            "spent", budget.stream().map(DashboardPage.BudgetRow::spent).toList()));
    List<DashboardPage.IndicatorRow> withTargets =
        indicators.stream().filter(row -> !row.progressPercent().isEmpty()).toList();
    data.put(
        "progress",
        Map.of(
            "labels",
                withTargets.stream().map(row -> row.regionCode() + " " + row.indicator()).toList(),
            "values",
                withTargets.stream().map(DashboardPage.IndicatorRow::progressPercent).toList()));
    data.put(
        "index",
        Map.of(
            "regions",
                index.stream()
                    .filter(DashboardPage.IndexRow::ranked)
                    .map(DashboardPage.IndexRow::region)
                    .toList(),
            "values",
                index.stream()
                    .filter(DashboardPage.IndexRow::ranked)
                    .map(DashboardPage.IndexRow::value)
                    .toList()));
    try {
      return json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Dashboard data cannot be written as JSON", e);
    }
  }

  /** The titles of the programmes the row lists, and how many more are in force. */
  private static String programmeTitles(RegionRow row) {
    String listed =
        row.programmes().stream()
            .map(p -> p.titleUk() + " (v" + p.versionNumber() + ")")
            .collect(Collectors.joining("; "));
    int more = row.programmesInForce() - row.programmes().size();
    return more > 0 ? listed + "; і ще " + more : listed;
  }

  /**
   * "в межах фінансування" (within available funding) is a plan without an amount, so a region
   * whose programmes plan only within funding shows that, not 0.
   */
  private static String planned(RegionRow row) {
    boolean withinFunding = row.budget().plannedWithinFunding();
    BigDecimal fixed = row.budget().plannedFixed();
    boolean hasFixed = fixed != null && fixed.signum() != 0;
    if (!withinFunding) {
      return text(fixed);
    }
    return hasFixed ? text(fixed) + " + " + WITHIN_FUNDING : WITHIN_FUNDING;
  }

  private static String text(BigDecimal amount) {
    return amount == null ? "" : Decimals.normalize(amount).toPlainString();
  }
}
