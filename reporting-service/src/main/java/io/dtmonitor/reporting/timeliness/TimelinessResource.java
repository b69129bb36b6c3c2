package io.dtmonitor.reporting.timeliness;

import io.dtmonitor.reporting.expected.YearOfRegions;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
  public TimelinessResponse get(@Valid @BeanParam YearOfRegions query) {
    return service.of(query.year, query.region);
  }
}
