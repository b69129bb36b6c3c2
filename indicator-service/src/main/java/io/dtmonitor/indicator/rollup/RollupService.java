package io.dtmonitor.indicator.rollup;

import io.dtmonitor.indicator.catalogue.Indicator;
import io.dtmonitor.indicator.catalogue.Indicator.Aggregation;
import io.dtmonitor.indicator.catalogue.IndicatorRepository;
import io.dtmonitor.indicator.region.Region;
import io.dtmonitor.indicator.region.RegionRepository;
import io.dtmonitor.indicator.target.TargetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the values derived by the indicators' own rules up to date as values are recorded: a value
 * of a community changes its oblast's value of the indicator (and of the indicators that count the
 * communities meeting a threshold of it), which changes the country's; a quarter's value changes
 * its year's, at every level. Runs in the recording's transaction, so a derived value is never
 * older than what it is made of. Values written past the API (a bulk load in SQL) are not derived
 * from until a value of the same region, indicator and period is recorded.
 */
@ApplicationScoped
public class RollupService {

  private final RollupRepository rollups;
  private final RegionRepository regions;
  private final IndicatorRepository indicators;
  private final TargetRepository targets;

  public RollupService(
      RollupRepository rollups,
      RegionRepository regions,
      IndicatorRepository indicators,
      TargetRepository targets) {
    this.rollups = rollups;
    this.regions = regions;
    this.indicators = indicators;
    this.targets = targets;
  }

  /** Derives again what a value of {@code region}, {@code indicator} and {@code period} feeds. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void refreshAfter(String region, String indicator, String period, Instant at) {
    Indicator changed = indicators.findById(indicator);
    List<Indicator> shares = indicators.sharesOf(indicator);
    boolean quarter = period.length() > 4;
    int year = Integer.parseInt(period.substring(0, 4));
    String level = region;
    while (level != null) {
      if (quarter) {
        acrossQuarters(level, changed, year, at);
      }
      Optional<String> parent = parentOf(level);
      if (parent.isEmpty()) {
        return;
      }
      acrossRegions(parent.get(), changed, changed, period, at);
      if (parent.get().length() > 2) {
        for (Indicator share : shares) {
          acrossRegions(parent.get(), share, changed, period, at);
          if (quarter) {
            acrossQuarters(parent.get(), share, year, at);
          }
        }
      }
      level = parent.get();
    }
  }

  /** The region a region's values roll up to: its oblast, or the country; empty at the top. */
  private Optional<String> parentOf(String code) {
    if (code.length() == 2) {
      return Optional.empty();
    }
    Region region = regions.findById(code);
    if (region == null) {
      return Optional.empty();
    }
    if (region.parentCode != null) {
      return Optional.of(region.parentCode);
    }
    return Region.COMMUNITY.equals(region.kind)
        ? Optional.empty()
        : Optional.of(region.jurisdiction);
  }

  private void acrossRegions(
      String parent, Indicator indicator, Indicator source, String period, Instant at) {
    BigDecimal threshold =
        indicator.regionAggregation == Aggregation.SHARE
            ? targets
                .applying(parent, source.code, Integer.parseInt(period.substring(0, 4)))
                .map(target -> target.perUnitThreshold)
                .orElse(indicator.rollupThreshold)
            : null;
    RollupRepository.Children children =
        rollups.childValues(parent, source.code, source.methodology, period);
    Optional<Rollup.Derived> derived =
        Rollup.acrossRegions(
            indicator.regionAggregation,
            children.parts(),
            children.total(),
            threshold,
            source.higherIsBetter);
    keepOrDrop(parent, indicator, period, derived, at);
  }

  private void acrossQuarters(String region, Indicator indicator, int year, Instant at) {
    Optional<Rollup.Derived> derived =
        Rollup.acrossQuarters(
            indicator.timeAggregation,
            indicator.cumulative,
            rollups.quarterValues(region, indicator.code, indicator.methodology, year));
    keepOrDrop(region, indicator, Integer.toString(year), derived, at);
  }

  private void keepOrDrop(
      String region,
      Indicator indicator,
      String period,
      Optional<Rollup.Derived> derived,
      Instant at) {
    derived.ifPresentOrElse(
        value -> rollups.keep(region, indicator.code, period, indicator.methodology, value, at),
        () -> rollups.drop(region, indicator.code, period));
  }
}
