package io.dtmonitor.seed;

import io.dtmonitor.client.indicator.ApiException;
import io.dtmonitor.client.indicator.api.IndicatorsApi;
import io.dtmonitor.client.indicator.api.ObservationsApi;
import io.dtmonitor.client.indicator.api.TargetsApi;
import io.dtmonitor.client.indicator.model.IndicatorRequest;
import io.dtmonitor.client.indicator.model.Observation;
import io.dtmonitor.client.indicator.model.RecordObservationRequest;
import io.dtmonitor.client.indicator.model.Target;
import io.dtmonitor.client.indicator.model.TargetList;
import io.dtmonitor.client.indicator.model.TargetRequest;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The indicator data: catalogue entries (as the admin), targets and observed values (as the
 * region's CDTO). An indicator whose code exists, a target already set to the same values and an
 * observation whose current revision has the same value and status are left alone; recording a
 * value again would make a new revision.
 */
final class IndicatorImporter {

  private final ServiceClients clients;
  private final Progress progress;

  IndicatorImporter(ServiceClients clients, Progress progress) {
    this.clients = clients;
    this.progress = progress;
  }

  void addIndicator(IndicatorRequest indicator) throws ApiException {
    IndicatorsApi catalogue = new IndicatorsApi(clients.indicator(Actor.ADMIN));
    Outcome outcome;
    try {
      catalogue.getIndicator(indicator.getCode());
      outcome = Outcome.UNCHANGED;
    } catch (ApiException e) {
      if (e.getCode() != 404) {
        throw e;
      }
      catalogue.createIndicator(indicator);
      outcome = Outcome.CREATED;
    }
    progress.step("indicator " + indicator.getCode(), outcome);
  }

  /** The stored target of the request's region, indicator and year, walking every page. */
  private static Optional<Target> storedTarget(TargetsApi targets, TargetRequest target)
      throws ApiException {
    return Pages.first(
        pageToken ->
            targets.listTargets(target.getIndicatorCode(), 100, pageToken, target.getRegionCode()),
        TargetList::getItems,
        TargetList::getNextPageToken,
        candidate -> Objects.equals(candidate.getTargetYear(), target.getTargetYear()));
  }

  void setTarget(TargetRequest target) throws ApiException {
    TargetsApi targets = new TargetsApi(clients.indicator(Actor.cdtoOf(target.getRegionCode())));
    Optional<Target> current = storedTarget(targets, target);
    Outcome outcome;
    if (current.isPresent() && sameTarget(current.get(), target)) {
      outcome = Outcome.UNCHANGED;
    } else {
      targets.setTarget(
          target, current.map(stored -> ServiceClients.etag(stored.getVersion())).orElse(null));
      outcome = current.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
    }
    progress.step(
        "target "
            + target.getRegionCode()
            + " "
            + target.getIndicatorCode()
            + " "
            + target.getTargetYear(),
        outcome);
  }

  void record(RecordObservationRequest observation) throws ApiException {
    ObservationsApi observations =
        new ObservationsApi(clients.indicator(Actor.cdtoOf(observation.getRegionCode())));
    Optional<Observation> current =
        observations
            .listObservations(
                null,
                observation.getIndicatorCode(),
                null,
                null,
                observation.getPeriod(),
                observation.getRegionCode())
            .getItems()
            .stream()
            .findFirst();
    Outcome outcome;
    if (current.isPresent()
        && sameDecimal(current.get().getValue(), observation.getValue())
        && current.get().getStatus() == observation.getStatus()) {
      outcome = Outcome.UNCHANGED;
    } else {
      observations.recordObservation(observation);
      outcome = current.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
    }
    progress.step(
        "observation "
            + observation.getRegionCode()
            + " "
            + observation.getIndicatorCode()
            + " "
            + observation.getPeriod()
            + " = "
            + observation.getValue(),
        outcome);
  }

  private static boolean sameTarget(Target current, TargetRequest wanted) {
    return sameDecimal(current.getBaselineValue(), wanted.getBaselineValue())
        && Objects.equals(current.getBaselineDate(), wanted.getBaselineDate())
        && sameDecimal(current.getTargetValue(), wanted.getTargetValue())
        && sameDecimal(current.getTargetMin(), wanted.getTargetMin())
        && sameDecimal(current.getTargetMax(), wanted.getTargetMax())
        && sameDecimal(current.getPerUnitThreshold(), wanted.getPerUnitThreshold())
        && Objects.equals(current.getProgrammeId(), wanted.getProgrammeId());
  }

  /** Decimal strings compared by value: "3" and "3.0" are the same target. */
  private static boolean sameDecimal(String a, String b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
  }
}
