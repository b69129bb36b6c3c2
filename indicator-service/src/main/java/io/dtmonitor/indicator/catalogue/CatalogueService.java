package io.dtmonitor.indicator.catalogue;

import io.dtmonitor.platform.audit.AuditLog;
import io.dtmonitor.platform.http.EntityTags;
import io.dtmonitor.platform.persistence.TransactionLocks;
import io.dtmonitor.platform.problem.FieldError;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.security.RegionAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The catalogue, managed by admins: defining an indicator also defines its methodology version when
 * that version is new; changing an indicator needs its ETag. Derived indicators are the service's
 * own and cannot be redefined.
 */
@ApplicationScoped
public class CatalogueService {

  /** The object type of a catalogue entry's audit records. */
  public static final String AUDITED_AS = "indicator";

  private final AuditLog audit;
  private final IndicatorRepository indicators;
  private final RegionAccess access;
  private final Clock clock;

  public CatalogueService(
      IndicatorRepository indicators, RegionAccess access, Clock clock, AuditLog audit) {
    this.audit = audit;
    this.indicators = indicators;
    this.access = access;
    this.clock = clock;
  }

  @Transactional
  public IndicatorResponse create(IndicatorRequest request) {
    TransactionLocks.lock(indicators.getEntityManager(), "catalogue");
    if (indicators.findByIdOptional(request.code()).isPresent()) {
      throw ProblemException.conflict("Indicator " + request.code() + " exists already");
    }
    if (indicators.count() >= Indicator.CATALOGUE_CAPACITY) {
      throw ProblemException.conflict(
          "The catalogue holds "
              + Indicator.CATALOGUE_CAPACITY
              + " indicators, as many as it may: "
              + request.code()
              + " cannot be added");
    }
    requireRollupSource(request);
    Indicator indicator = new Indicator();
    indicator.code = request.code();
    apply(request, indicator);
    indicators.persist(indicator);
    indicators.flush();
    ensureMethodology(request);
    IndicatorResponse created = IndicatorResponse.of(indicator);
    audit.record(AUDITED_AS, indicator.code, null, null, created);
    return created;
  }

  @Transactional
  public IndicatorResponse update(String code, IndicatorRequest request, String ifMatch) {
    Indicator indicator =
        indicators
            .findByIdOptional(code)
            .orElseThrow(() -> ProblemException.notFound("Indicator", code));
    EntityTags.requireMatch(ifMatch, indicator.version);
    if (!code.equals(request.code())) {
      throw ProblemException.invalid("code", "cannot change; it is " + code);
    }
    if (indicator.derived) {
      throw ProblemException.conflict(
          "Indicator " + code + " is derived from events and cannot be redefined");
    }
    requireRollupSource(request);
    ensureMethodology(request);
    IndicatorResponse before = IndicatorResponse.of(indicator);
    apply(request, indicator);
    indicators.flush();
    IndicatorResponse after = IndicatorResponse.of(indicator);
    audit.record(AUDITED_AS, code, null, before, after);
    return after;
  }

  private void apply(IndicatorRequest request, Indicator indicator) {
    indicator.nameUk = request.nameUk().strip();
    indicator.nameEn = request.nameEn().strip();
    indicator.unit = request.unit();
    indicator.higherIsBetter = request.higherIsBetter();
    indicator.regionAggregation = request.regionAggregation();
    indicator.timeAggregation = request.timeAggregation();
    indicator.cumulative = request.cumulative();
    indicator.category = request.category();
    indicator.methodology = request.methodology();
    indicator.description = request.description();
    indicator.rollupSource = request.rollupSource();
    indicator.rollupThreshold = request.rollupThreshold();
    indicator.updatedAt = clock.instant();
    indicator.updatedBy = access.callerId();
  }

  /** A SHARE counts the children's values of another indicator, which must be in the catalogue. */
  private void requireRollupSource(IndicatorRequest request) {
    boolean share = request.regionAggregation() == Indicator.Aggregation.SHARE;
    if (share
        && (request.rollupSource() == null
            || indicators.findByIdOptional(request.rollupSource()).isEmpty())) {
      throw ProblemException.unprocessable(
          List.of(
              FieldError.inBody(
                  "rollupSource", "must name an indicator of the catalogue for a SHARE")));
    }
  }

  private void ensureMethodology(IndicatorRequest request) {
    indicators
        .getEntityManager()
        .createNativeQuery(
            "insert into methodology (indicator_code, version, periodicity) values (?1, ?2, ?3) on conflict do nothing")
        .setParameter(1, request.code())
        .setParameter(2, request.methodology())
        .setParameter(3, request.periodicity().name())
        .executeUpdate();
  }
}
