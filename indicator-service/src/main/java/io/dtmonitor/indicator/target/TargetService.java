package io.dtmonitor.indicator.target;

import io.dtmonitor.indicator.catalogue.IndicatorRepository;
import io.dtmonitor.platform.problem.FieldError;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.security.RegionAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Sets and reads targets; a CDTO sets its own region's. */
@ApplicationScoped
public class TargetService {

  private final TargetRepository targets;
  private final IndicatorRepository indicators;
  private final RegionAccess access;
  private final Clock clock;

  public TargetService(
      TargetRepository targets, IndicatorRepository indicators, RegionAccess access, Clock clock) {
    this.targets = targets;
    this.indicators = indicators;
    this.access = access;
    this.clock = clock;
  }

  /** Creates or replaces the target of a region, indicator and year. */
  @Transactional
  public TargetResponse set(TargetRequest request) {
    access.requireCdtoOf(request.regionCode());
    List<FieldError> errors = new ArrayList<>();
    if (indicators.findByIdOptional(request.indicatorCode()).isEmpty()) {
      errors.add(new FieldError("indicatorCode", "is not in the catalogue"));
    }
    boolean range = request.targetMin() != null && request.targetMax() != null;
    if (request.targetValue() == null && !range) {
      errors.add(
          new FieldError(
              "targetValue", "a target value or both targetMin and targetMax are required"));
    }
    if (range && request.targetMin().compareTo(request.targetMax()) > 0) {
      errors.add(new FieldError("targetMax", "must not be below targetMin"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    Instant now = clock.instant();
    Target target =
        targets
            .of(request.regionCode(), request.indicatorCode(), request.targetYear())
            .orElseGet(
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
    return TargetResponse.of(target);
  }

  public List<TargetResponse> search(String region, String indicator) {
    return targets.search(region, indicator).stream().map(TargetResponse::of).toList();
  }
}
