package io.dtmonitor.indicator.target;

import io.dtmonitor.indicator.catalogue.IndicatorRepository;
import io.dtmonitor.indicator.events.IndicatorEvents;
import io.dtmonitor.indicator.events.TargetSetData;
import io.dtmonitor.indicator.region.RegionRepository;
import io.dtmonitor.indicator.target.TargetRepository.TargetKey;
import io.dtmonitor.platform.audit.AuditLog;
import io.dtmonitor.platform.http.Decimals;
import io.dtmonitor.platform.http.EntityTags;
import io.dtmonitor.platform.paging.Page;
import io.dtmonitor.platform.paging.PageRequest;
import io.dtmonitor.platform.problem.FieldError;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.security.RegionAccess;
import io.dtmonitor.platform.time.ServiceTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Sets and reads targets; a CDTO sets its own region's. Every version of a target is kept and
 * published.
 */
@ApplicationScoped
public class TargetService {

  /** The object type of a target's audit records. */
  public static final String AUDITED_AS = "target";

  private final AuditLog audit;
  private final TargetRepository targets;
  private final IndicatorRepository indicators;
  private final RegionRepository regions;
  private final RegionAccess access;
  private final IndicatorEvents events;
  private final Clock clock;

  public TargetService(
      TargetRepository targets,
      IndicatorRepository indicators,
      RegionRepository regions,
      RegionAccess access,
      IndicatorEvents events,
      Clock clock,
      AuditLog audit) {
    this.audit = audit;
    this.targets = targets;
    this.indicators = indicators;
    this.regions = regions;
    this.access = access;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Creates or replaces the target of a region, indicator and year. Replacing needs the current
   * ETag ({@code If-Match}: 428 without, 412 when stale), so no change silently overwrites another;
   * each change is kept as a revision and published as {@code TargetSet}. A request that changes
   * nothing changes nothing: no revision, no event, the same ETag.
   */
  @Transactional
  public TargetResponse set(TargetRequest request, String ifMatch) {
    access.requireCdtoOf(request.regionCode());
    List<FieldError> errors = new ArrayList<>();
    if (indicators.findByIdOptional(request.indicatorCode()).isEmpty()) {
      errors.add(FieldError.inBody("indicatorCode", "is not in the catalogue"));
    }
    boolean range = request.targetMin() != null && request.targetMax() != null;
    if (request.targetValue() == null && !range) {
      errors.add(
          FieldError.inBody(
              "targetValue", "a target value or both targetMin and targetMax are required"));
    }
    if (range && request.targetMin().compareTo(request.targetMax()) > 0) {
      errors.add(FieldError.inBody("targetMax", "must not be below targetMin"));
    }
    if (request.programmeId() != null) {
      Optional<String> programmeRegion = targets.regionOfProgramme(request.programmeId());
      if (programmeRegion.isEmpty()) {
        errors.add(FieldError.inBody("programmeId", "is not an adopted programme"));
      } else if (!programmeRegion.get().equals(request.regionCode())) {
        errors.add(
            FieldError.inBody(
                "programmeId",
                "is a programme of " + programmeRegion.get() + ", not of this region"));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    Optional<Target> stored =
        targets.of(request.regionCode(), request.indicatorCode(), request.targetYear());
    if (stored.isPresent()) {
      EntityTags.requireMatch(ifMatch, stored.get().version);
      if (unchanged(stored.get(), request)) {
        return TargetResponse.of(stored.get());
      }
    }
    Instant now = ServiceTime.now(clock);
    TargetResponse before = stored.map(TargetResponse::of).orElse(null);
    Target target =
        stored.orElseGet(
            () -> {
              Target created = new Target();
              created.id = UUID.randomUUID();
              created.regionCode = request.regionCode();
              created.indicatorCode = request.indicatorCode();
              created.targetYear = request.targetYear();
              created.createdAt = now;
              created.createdBy = access.callerId();
              return created;
            });
    target.baselineValue = request.baselineValue();
    target.baselineDate = request.baselineDate();
    target.targetValue = request.targetValue();
    target.targetMin = request.targetMin();
    target.targetMax = request.targetMax();
    target.perUnitThreshold = request.perUnitThreshold();
    target.programmeId = request.programmeId();
    target.updatedAt = now;
    target.updatedBy = access.callerId();
    targets.persist(target);
    targets.flush();
    targets.recordRevision(target);
    events.targetSet(
        new TargetSetData(
            target.id,
            target.version,
            target.regionCode,
            target.indicatorCode,
            target.targetYear,
            Decimals.normalize(target.baselineValue),
            target.baselineDate,
            Decimals.normalize(target.targetValue),
            Decimals.normalize(target.targetMin),
            Decimals.normalize(target.targetMax),
            Decimals.normalize(target.perUnitThreshold),
            target.programmeId,
            now,
            target.updatedBy));
    TargetResponse after = TargetResponse.of(target);
    audit.record(AUDITED_AS, target.id, target.regionCode, before, after);
    return after;
  }

  /** Every version of a target, oldest first; 404 when it was never set. */
  /** One page of the revisions of a region's target for an indicator and year, oldest first. */
  public Page<TargetRevision> history(String region, String indicator, int year, PageRequest page) {
    regions.requireRegion(region);
    indicators.requireIndicator(indicator);
    if (targets.of(region, indicator, year).isEmpty()) {
      throw ProblemException.notFound("Target", region + "/" + indicator + "/" + year);
    }
    return page.toPage(
        targets.revisions(
            region, indicator, year, page.after(Long::parseLong).orElse(-1L), page.fetchSize()),
        revision -> Long.toString(revision.revision()));
  }

  private static boolean unchanged(Target target, TargetRequest request) {
    return same(target.baselineValue, request.baselineValue())
        && Objects.equals(target.baselineDate, request.baselineDate())
        && same(target.targetValue, request.targetValue())
        && same(target.targetMin, request.targetMin())
        && same(target.targetMax, request.targetMax())
        && same(target.perUnitThreshold, request.perUnitThreshold())
        && Objects.equals(target.programmeId, request.programmeId());
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null || b == null ? a == b : a.compareTo(b) == 0;
  }

  /** One page of the targets, of one region and indicator when given. */
  public Page<TargetResponse> search(
      Optional<String> region, Optional<String> indicator, PageRequest page) {
    region.ifPresent(regions::requireRegion);
    indicator.ifPresent(indicators::requireIndicator);
    return page.toPage(
            targets.search(region, indicator, page.after(TargetKey::parse), page.fetchSize()),
            target -> TargetKey.of(target).toString())
        .map(TargetResponse::of);
  }
}
