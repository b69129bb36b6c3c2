package io.dtmonitor.indicator.events;

import io.dtmonitor.indicator.observation.ObservationResponse;
import io.dtmonitor.platform.events.EventKind;
import io.dtmonitor.platform.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;

/** The events indicator-service publishes on {@value #TOPIC}, written through the outbox. */
@ApplicationScoped
public class IndicatorEvents {

  public static final String TOPIC = "dtm.indicator.events.v1";
  public static final String OBSERVATION_RECORDED = "io.dtmonitor.indicator.ObservationRecorded.v1";
  public static final String TARGET_SET = "io.dtmonitor.indicator.TargetSet.v1";

  private static final EventKind RECORDED_KIND =
      new EventKind(TOPIC, OBSERVATION_RECORDED, "observation");
  private static final EventKind TARGET_SET_KIND = new EventKind(TOPIC, TARGET_SET, "target");

  private final OutboxWriter outbox;

  public IndicatorEvents(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  /** A value was recorded; a revision above 1 is a correction of the earlier ones. */
  public void recorded(ObservationResponse observation) {
    outbox.append(
        RECORDED_KIND.about(
            observation.regionCode()
                + "/"
                + observation.indicatorCode()
                + "/"
                + observation.period(),
            observation.regionCode(),
            observation.recordedAt(),
            observation));
  }

  /** A target was set or changed; its revision counts its versions. */
  public void targetSet(TargetSetData target) {
    outbox.append(
        TARGET_SET_KIND.about(
            target.regionCode() + "/" + target.indicatorCode() + "/" + target.targetYear(),
            target.regionCode(),
            target.setAt(),
            target));
  }
}
