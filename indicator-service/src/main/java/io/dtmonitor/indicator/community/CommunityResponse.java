package io.dtmonitor.indicator.community;

import io.dtmonitor.indicator.region.Region;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Community", description = "A territorial community and the oblast it belongs to")
public record CommunityResponse(
    @Schema(example = "UA-63-001") String code,
    @Schema(example = "UA-63") String oblastCode,
    @Schema(example = "UA63120070000016290") String katottg,
    String nameUk,
    String nameEn,
    @Schema(nullable = true, example = "33000") Integer population) {

  static CommunityResponse of(Region region) {
    return new CommunityResponse(
        region.code,
        region.parentCode,
        region.katottg,
        region.nameUk,
        region.nameEn,
        region.population);
  }

  /**
   * An oblast's communities: at most 999, as a community's code is its oblast's and a three-digit
   * number.
   */
  @Schema(name = "CommunityList")
  public record Listing(@Schema(maxItems = 999) List<CommunityResponse> items) {}
}
