package io.dtmonitor.indicator.target;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TargetRevision", description = "A target as one of its versions set it")
public record TargetRevision(
    @Schema(description = "The target's version, its ETag then", example = "1") long revision,
    Instant setAt,
    @Schema(example = "kharkiv-cdto") String setBy,
    @Schema(description = "The target as this revision set it") TargetResponse target) {

  /** One page of the versions of a target, oldest first. */
  @Schema(name = "TargetHistory")
  public record History(
      List<TargetRevision> items,
      @Schema(description = "Token of the next page; absent on the last page", nullable = true)
          String nextPageToken) {}
}
