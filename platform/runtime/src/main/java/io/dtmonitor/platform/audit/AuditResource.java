package io.dtmonitor.platform.audit;

import io.dtmonitor.platform.paging.Page;
import io.dtmonitor.platform.paging.PageParameters;
import io.dtmonitor.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log of the service's writes, for the ministry, admins and each region's CDTOs. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what and when, in this service")
public class AuditResource {

  private final AuditReader reader;

  public AuditResource(AuditReader reader) {
    this.reader = reader;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.MINISTRY, Roles.CDTO})
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "listAuditRecords",
      summary = "The writes made in this service, oldest first",
      description =
          "Every write appends a record in its own transaction: who (subject, region, roles,"
              + " client), when, the operation, the object and an RFC 6902 JSON Patch from its"
              + " previous representation to its new one. Records are never changed or removed."
              + " The ministry and admins read every record; a CDTO reads the records of its"
              + " region's objects.")
  @APIResponse(
      responseCode = "200",
      description = "A page of records",
      content = @Content(schema = @Schema(implementation = AuditTrail.class)))
  @APIResponse(responseCode = "400", description = "A malformed filter or page token")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Neither ministry, admin nor a region's CDTO")
  public AuditTrail list(
      @Parameter(description = "Only records of this kind of object", example = "programme")
          @QueryParam("objectType")
          @Size(max = 64)
          String objectType,
      @Parameter(description = "Only records of this object")
          @QueryParam("objectId")
          @Size(max = 255)
          String objectId,
      @Parameter(description = "Only records of this caller's subject")
          @QueryParam("actor")
          @Size(max = 255)
          String actor,
      @Parameter(
              description = "Only records made at or after this RFC 3339 moment",
              example = "2026-01-01T00:00:00Z")
          @QueryParam("from")
          String from,
      @Parameter(
              description = "Only records made before this RFC 3339 moment",
              example = "2026-02-01T00:00:00Z")
          @QueryParam("to")
          String to,
      @BeanParam PageParameters paging) {
    Page<AuditRecordResponse> page =
        reader.read(objectType, objectId, actor, from, to, paging.request());
    return new AuditTrail(page.items(), page.nextPageToken());
  }
}
