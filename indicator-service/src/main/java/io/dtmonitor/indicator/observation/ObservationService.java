package io.dtmonitor.indicator.observation;

import io.dtmonitor.indicator.catalogue.Indicator;
import io.dtmonitor.indicator.catalogue.IndicatorRepository;
import io.dtmonitor.indicator.events.IndicatorEvents;
import io.dtmonitor.indicator.region.RegionRepository;
import io.dtmonitor.indicator.rollup.RollupService;
import io.dtmonitor.platform.audit.AuditLog;
import io.dtmonitor.platform.paging.Page;
import io.dtmonitor.platform.paging.PageRequest;
import io.dtmonitor.platform.problem.FieldError;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.security.RegionAccess;
import io.dtmonitor.platform.security.Roles;
import io.dtmonitor.platform.time.ServiceTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records indicator values, and keeps what is derived from them up to date ({@link RollupService}).
 * A CDTO records its own region's and its communities'; national aggregates (a country code such as
 * {@code UA}, e.g. the ministry's published average) are recorded by an admin. Recording a value
 * again is a correction: a new revision, the old ones kept.
 */
@ApplicationScoped
public class ObservationService {

  /** The object type of a value's audit records, whose id is region/indicator/period. */
  public static final String AUDITED_AS = "observation";

  private final AuditLog audit;
  private final ObservationRepository observations;
  private final IndicatorRepository indicators;
  private final RegionRepository regions;
  private final RegionAccess access;
  private final IndicatorEvents events;
  private final RollupService rollups;
  private final Clock clock;

  public ObservationService(
      ObservationRepository observations,
      IndicatorRepository indicators,
      RegionRepository regions,
      RegionAccess access,
      IndicatorEvents events,
      RollupService rollups,
      Clock clock,
      AuditLog audit) {
    this.audit = audit;
    this.observations = observations;
    this.indicators = indicators;
    this.regions = regions;
    this.access = access;
    this.events = events;
    this.rollups = rollups;
    this.clock = clock;
  }

  @Transactional
  public ObservationResponse record(RecordObservationRequest request) {
    boolean national = request.regionCode().length() == 2;
    if (national) {
      if (!access.hasRole(Roles.ADMIN)) {
        throw ProblemException.forbidden("Only an admin records national aggregates");
      }
    } else {
      // A community's values are its oblast's office's to record.
      access.requireCdtoOf(regions.oblastOf(request.regionCode()));
    }
    List<FieldError> errors = new ArrayList<>();
    boolean knownRegion =
        national
            ? regions.count("jurisdiction", request.regionCode()) > 0
            : regions.findByIdOptional(request.regionCode()).isPresent();
    if (!knownRegion) {
      errors.add(FieldError.inBody("regionCode", "is not a known region or jurisdiction"));
    }
    Optional<Indicator> indicator = indicators.findByIdOptional(request.indicatorCode());
    String methodology = request.methodology();
    if (indicator.isEmpty()) {
      errors.add(FieldError.inBody("indicatorCode", "is not in the catalogue"));
    } else {
      if (indicator.get().derived) {
        errors.add(
            FieldError.inBody("indicatorCode", "is derived from events and cannot be recorded"));
      }
      methodology = methodology == null ? indicator.get().methodology : methodology;
      indicators
          .methodology(indicator.get(), methodology)
          .ifPresentOrElse(
              rules -> errors.addAll(rules.check(request.value(), request.period())),
              () ->
                  errors.add(
                      FieldError.inBody(
                          "methodology", "is not a methodology of " + indicator.get().code)));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.unprocessable(errors);
    }
    Observation observation = new Observation();
    observation.id = UUID.randomUUID();
    observation.regionCode = request.regionCode();
    observation.indicatorCode = request.indicatorCode();
    observation.period = request.period();
    observations.lockSeries(request.regionCode(), request.indicatorCode(), request.period());
    observation.revision =
        observations.nextRevision(request.regionCode(), request.indicatorCode(), request.period());
    observation.value = request.value();
    observation.status = request.status();
    observation.methodology = methodology;
    observation.sourceDocument = request.sourceDocument();
    observation.sourceUrl = request.sourceUrl();
    observation.sourceHash = request.sourceHash();
    observation.note = request.note();
    observation.recordedAt = ServiceTime.now(clock);
    observation.recordedBy = access.callerId();
    observations.persistAndFlush(observation);
    rollups.refreshAfter(
        observation.regionCode,
        observation.indicatorCode,
        observation.period,
        observation.recordedAt);
    ObservationResponse response = ObservationResponse.of(observation);
    events.recorded(response);
    audit.record(
        AUDITED_AS,
        observation.regionCode + "/" + observation.indicatorCode + "/" + observation.period,
        observation.regionCode,
        observations
            .revision(
                observation.regionCode,
                observation.indicatorCode,
                observation.period,
                observation.revision - 1)
            .map(ObservationResponse::of)
            .orElse(null),
        response);
    return response;
  }

  /**
   * Current values (or as of a moment) of an indicator or a period, a page at a time in region,
   * indicator and period order: FINAL ones, and PROVISIONAL ones of the regions the caller may read
   * unpublished data of, filtered in the query. Without an indicator or a period it is a 400: the
   * list of every value is the export's job.
   */
  public Page<ObservationResponse> current(
      Optional<String> region,
      Optional<String> indicator,
      Optional<String> period,
      Optional<Instant> asOf,
      PageRequest page) {
    if (indicator.isEmpty() && period.isEmpty()) {
      throw ProblemException.invalid(
          "indicator",
          "name an indicator or a period (or both); /api/v1/exports/observations lists every value");
    }
    region.ifPresent(regions::requireRegion);
    indicator.ifPresent(indicators::requireIndicator);
    return page.toPage(
        observations.currentPage(
            new ObservationRepository.Filter(region, indicator, period),
            asOf.orElse(clock.instant()),
            access.unpublishedScope(),
            page.afterKey().map(ObservationRepository::keyOf),
            page.fetchSize()),
        ObservationRepository::encodeKey);
  }

  /** One page of the revisions of one value the caller may see, oldest first. */
  public Page<ObservationResponse> history(
      String region, String indicator, String period, PageRequest page) {
    regions.requireRegion(region);
    indicators.requireIndicator(indicator);
    boolean provisional = access.canReadUnpublished(region) || access.hasRole(Roles.MINISTRY);
    return page.toPage(
            observations.revisions(
                region,
                indicator,
                period,
                provisional,
                page.after(Integer::parseInt).orElse(0),
                page.fetchSize()),
            observation -> Integer.toString(observation.revision))
        .map(ObservationResponse::of);
  }
}
