package io.dtmonitor.indicator.events;

import io.dtmonitor.indicator.observation.ObservationResponse;
import io.dtmonitor.platform.events.OutgoingEvent;
import io.dtmonitor.platform.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The events indicator-service publishes on {@value #TOPIC}, written through the outbox. */
@ApplicationScoped
public class IndicatorEvents {

  public static final String TOPIC = "dtm.indicator.events.v1";
  public static final String OBSERVATION_RECORDED = "io.dtmonitor.indicator.ObservationRecorded.v1";
  public static final String TARGET_SET = "io.dtmonitor.indicator.TargetSet.v1";

  private final OutboxWriter outbox;

  public IndicatorEvents(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  /** A value was recorded; a revision above 1 is a correction of the earlier ones. */
  public void recorded(ObservationResponse observation) {
    outbox.append(
        new OutgoingEvent(
            UUID.randomUUID(),
            TOPIC,
            OBSERVATION_RECORDED,
            "https://dtmonitor.io/schemas/events/observation-recorded.v1.schema.json",
            "observation",
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
        new OutgoingEvent(
            UUID.randomUUID(),
            TOPIC,
            TARGET_SET,
            "https://dtmonitor.io/schemas/events/target-set.v1.schema.json",
            "target",
            target.regionCode() + "/" + target.indicatorCode() + "/" + target.targetYear(),
            target.regionCode(),
            target.setAt(),
            target));
  }
}
