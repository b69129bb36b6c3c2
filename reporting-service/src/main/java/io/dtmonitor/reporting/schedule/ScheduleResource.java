package io.dtmonitor.reporting.schedule;

import io.dtmonitor.platform.http.EntityTags;
import io.dtmonitor.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/programmes/{programmeId}/reporting-schedule")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reporting schedules", description = "When reports are due")
@SecurityRequirement(name = "bearer")
public class ScheduleResource {

  private final ScheduleService service;

  public ScheduleResource(ScheduleService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(operationId = "getReportingSchedule", summary = "Get a programme's reporting schedule")
  @APIResponse(
      responseCode = "200",
      description = "The schedule",
      content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
  @APIResponse(responseCode = "404", description = "Programme unknown to reporting")
  public Response get(@PathParam("programmeId") UUID programmeId) {
    ScheduleResponse schedule = service.get(programmeId);
    return Response.ok(schedule).tag(EntityTags.of(schedule.version())).build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CDTO)
  @Operation(operationId = "setReportingSchedule", summary = "Set a programme's reporting schedule")
  @APIResponse(
      responseCode = "200",
      description = "The schedule",
      content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
  @APIResponse(responseCode = "400", description = "Invalid schedule")
  @APIResponse(responseCode = "403", description = "Not a CDTO of the programme's region")
  @APIResponse(responseCode = "412", description = "The schedule changed since the given ETag")
  @APIResponse(responseCode = "428", description = "A schedule is set and If-Match is missing")
  public Response set(
      @PathParam("programmeId") UUID programmeId,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid ScheduleRequest request) {
    ScheduleResponse schedule = service.set(programmeId, request, ifMatch);
    return Response.ok(schedule).tag(EntityTags.of(schedule.version())).build();
  }
}
