package io.dtmonitor.reporting.timeliness;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/timeliness")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeliness", description = "Whether reports arrive on time")
@PermitAll
public class TimelinessResource {

  private final TimelinessService service;

  public TimelinessResource(TimelinessService service) {
    this.service = service;
  }

  @GET
  @Operation(operationId = "getTimeliness", summary = "Report timeliness per region for a year")
  @APIResponse(
      responseCode = "200",
      description = "Per region: due, on time, late, not submitted, share on time")
  @APIResponse(responseCode = "400", description = "Invalid year or region")
  public TimelinessResponse get(
      @Parameter(required = true, example = "2022")
          @QueryParam("year")
          @NotNull
          @Min(2000)
          @Max(2100)
          Integer year,
      @Parameter(example = "UA-53")
          @QueryParam("region")
          @Pattern(
              regexp = "[A-Z]{2}-[0-9A-Z]{2,3}",
              message = "must be an ISO 3166-2 code such as UA-53")
          String region) {
    return service.of(year, region);
  }
}
