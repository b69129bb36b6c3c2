package io.dtmonitor.reporting.expected;

import io.dtmonitor.platform.security.RegionCodes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A year of every region's reports, or of one region's: the query of the reporting judgements. */
public class YearOfRegions {

  @Parameter(required = true, example = "2026")
  @QueryParam("year")
  @NotNull
  @Min(2000)
  @Max(2100)
  public Integer year;

  @Parameter(example = "UA-53")
  @QueryParam("region")
  @Pattern(regexp = RegionCodes.PATTERN, message = "must be an ISO 3166-2 code such as UA-53")
  public String region;
}
