package io.dtmonitor.programme.region.api;

import io.dtmonitor.programme.region.Region;
import io.dtmonitor.programme.region.RegionKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Region", description = "A region programmes belong to")
public record RegionResponse(
    @Schema(description = "ISO 3166-2 code", example = "UA-53") String code,
    @Schema(
            description = "KATOTTG code (Ukrainian regions only)",
            example = "UA53000000000028050",
            nullable = true)
        String katottg,
    @Schema(example = "Полтавська область") String nameUk,
    @Schema(example = "Poltava Oblast") String nameEn,
    RegionKind kind,
    @Schema(description = "Country whose rules apply (ISO 3166-1 alpha-2)", example = "UA")
        String jurisdiction,
    @Schema(description = "Currency of the region's programmes (ISO 4217)", example = "UAH")
        String currency) {

  public static RegionResponse of(Region region) {
    return new RegionResponse(
        region.code,
        region.katottg,
        region.nameUk,
        region.nameEn,
        region.kind,
        region.jurisdiction,
        region.currency);
  }
}
