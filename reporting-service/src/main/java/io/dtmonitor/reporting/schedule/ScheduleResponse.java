package io.dtmonitor.reporting.schedule;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportingSchedule", description = "When a programme's reports are due")
public record ScheduleResponse(
    UUID programmeId,
    @Schema(example = "UA-53") String regionCode,
    boolean quarterly,
    boolean annual,
    @Schema(example = "25") int dueDay,
    @Schema(example = "Europe/Kyiv") String zone,
    @Schema(
            description =
                "Whether the jurisdiction's default applies (nothing set for the programme)")
        boolean defaulted,
    @Schema(example = "0") long version) {

  static ScheduleResponse of(ReportingSchedule schedule, boolean defaulted) {
    return new ScheduleResponse(
        schedule.programmeId,
        schedule.regionCode,
        schedule.quarterly,
        schedule.annual,
        schedule.dueDay,
        schedule.zone,
        defaulted,
        schedule.version);
  }
}
