package io.dtmonitor.indicator.view;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.dtmonitor.indicator.catalogue.Indicator;
import io.dtmonitor.indicator.observation.FinalValue;
import io.dtmonitor.indicator.observation.ObservationRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the standings of recorded indicators between requests: per period, jurisdiction and
 * indicator, every region's current FINAL value, ranked. Without it, each page of the view would
 * read and rank every region's values of the indicators it lists, which at 1,469 communities costs
 * several times the page itself.
 *
 * <p>Standings are kept with the revisions of their sources they were read at (migration V8: a
 * recorded value counts one more revision of its period's and indicator's standings, any other
 * change to observations, regions or the catalogue one more of every standing, in the writing
 * transaction) and serve a later request only at the same revisions, so a change is visible to the
 * next request on any instance of the service, and a value recorded in one period or indicator
 * leaves the others' standings kept. Standings are read as of a time, and kept only when every
 * value of the period that their revision counts was recorded by then (a value recorded with a
 * clock ahead of this one, or a request for an earlier time, would otherwise be left out of
 * standings that claim the revision); they then serve requests for the same time or later, and a
 * request for an earlier time reads afresh. The size is bounded by the number of values kept
 * ({@code dtm.cross-region.cached-values}), least recently used first out.
 */
@ApplicationScoped
public class StandingsCache {

  private static final String FINAL = "FINAL";

  private final ObservationRepository observations;
  private final StandingsRevisionRepository revisions;
  private final Clock clock;
  private final Cache<Key, Kept> kept;

  private record Key(String period, String jurisdiction, String indicatorCode) {}

  /** Standings and the revisions they were read at: of every standing, and of their own. */
  private record Kept(
      long everyStanding, long revision, Instant asOf, IndicatorStandings standings) {

    boolean servesAt(StandingsRevisionRepository.Revisions revisions, String code, Instant time) {
      return everyStanding == revisions.everyStanding()
          && revision == revisions.of(code)
          && !time.isBefore(asOf);
    }

    boolean isNewerThan(Kept other) {
      return everyStanding > other.everyStanding
          || (everyStanding == other.everyStanding && revision >= other.revision);
    }
  }

  public StandingsCache(
      ObservationRepository observations,
      StandingsRevisionRepository revisions,
      Clock clock,
      CrossRegionConfig config,
      MeterRegistry registry) {
    this.observations = observations;
    this.revisions = revisions;
    this.clock = clock;
    this.kept =
        Caffeine.newBuilder()
            .maximumWeight(config.cachedValues())
            .weigher((Key key, Kept standings) -> standings.standings().size())
            .recordStats()
            .build();
    CaffeineCacheMetrics.monitor(registry, kept, "cross_region_standings");
  }

  /**
   * The standings of the recorded indicators {@code codes} in a period among the regions of a
   * jurisdiction, as they stand now: kept ones while current, the others read in one query.
   */
  Map<String, IndicatorStandings> of(
      String period, String jurisdiction, Set<String> codes, Map<String, Indicator> catalogue) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    Instant asOf = clock.instant();
    StandingsRevisionRepository.Revisions current = revisions.current(period, codes, asOf);
    Map<String, IndicatorStandings> standings = new HashMap<>();
    Set<String> missing = new HashSet<>();
    for (String code : codes) {
      Kept found = kept.getIfPresent(new Key(period, jurisdiction, code));
      if (found != null && found.servesAt(current, code, asOf)) {
        standings.put(code, found.standings());
      } else {
        missing.add(code);
      }
    }
    if (missing.isEmpty()) {
      return standings;
    }
    Map<String, List<FinalValue>> read =
        observations.finalValuesOf(period, asOf, jurisdiction, missing).stream()
            .collect(Collectors.groupingBy(FinalValue::indicatorCode));
    for (String code : missing) {
      Indicator indicator = catalogue.get(code);
      IndicatorStandings fresh =
          standingsOf(indicator, jurisdiction, read.getOrDefault(code, List.of()));
      standings.put(code, fresh);
      if (current.periodRecordedBy()) {
        kept.asMap()
            .merge(
                new Key(period, jurisdiction, code),
                new Kept(current.everyStanding(), current.of(code), asOf, fresh),
                (old, young) -> young.isNewerThan(old) ? young : old);
      }
    }
    return standings;
  }

  private static IndicatorStandings standingsOf(
      Indicator indicator, String jurisdiction, List<FinalValue> values) {
    Map<String, MeasuredValue> byRegion = new HashMap<>();
    MeasuredValue published = null;
    for (FinalValue value : values) {
      MeasuredValue measured =
          new MeasuredValue(
              indicator.code,
              value.value(),
              FINAL,
              value.methodology().intern(),
              value.recordedAt());
      if (value.regionCode().equals(jurisdiction)) {
        published = measured;
      } else {
        byRegion.put(value.regionCode(), measured);
      }
    }
    return IndicatorStandings.of(byRegion, published, indicator.higherIsBetter);
  }
}
