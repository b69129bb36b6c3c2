package io.dtmonitor.programme.version;

import io.dtmonitor.platform.http.EntityTags;
import io.dtmonitor.platform.http.QueryValues;
import io.dtmonitor.platform.paging.Page;
import io.dtmonitor.platform.paging.PageParameters;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.security.Roles;
import io.dtmonitor.programme.version.api.AdoptionRequest;
import io.dtmonitor.programme.version.api.FindingList;
import io.dtmonitor.programme.version.api.VersionList;
import io.dtmonitor.programme.version.api.VersionResponse;
import io.dtmonitor.programme.version.api.VersionSummary;
import io.dtmonitor.programme.version.content.VersionDocument;
import io.dtmonitor.programme.version.diff.VersionDiff;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/programmes/{programmeId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Programme versions",
    description = "Versions (amendments), their content, findings and diffs")
@SecurityRequirement(name = "bearer")
public class VersionResource {

  private final VersionService service;

  public VersionResource(VersionService service) {
    this.service = service;
  }

  @PUT
  @Path("/draft")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CDTO)
  @Operation(
      operationId = "importDraftVersion",
      summary = "Import a whole version as the draft",
      description =
          "Creates the programme's draft from the document (201) or replaces the open draft's whole"
              + " content (200, If-Match required). All or nothing: every problem of the document is"
              + " listed in one problem+json response.")
  @APIResponse(
      responseCode = "200",
      description = "Draft replaced",
      content = @Content(schema = @Schema(implementation = VersionResponse.class)),
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "201",
      description = "Draft created",
      content = @Content(schema = @Schema(implementation = VersionResponse.class)),
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "400",
      description = "The document is invalid; errors[] lists every problem")
  @APIResponse(responseCode = "403", description = "Not a CDTO of the programme's region")
  @APIResponse(responseCode = "404", description = "No such programme")
  @APIResponse(responseCode = "412", description = "The draft changed since the given ETag")
  @APIResponse(responseCode = "428", description = "A draft exists and If-Match is missing")
  public Response importDraft(
      @PathParam("programmeId") UUID programmeId,
      @Parameter(description = "ETag of the open draft, when replacing it") @HeaderParam("If-Match")
          String ifMatch,
      VersionDocument request) {
    VersionService.ImportResult result = service.importDraft(programmeId, request, ifMatch);
    return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
        .tag(EntityTags.of(result.version().version()))
        .entity(result.version())
        .build();
  }

  @POST
  @Path("/draft")
  @RolesAllowed(Roles.CDTO)
  @Operation(
      operationId = "startAmendment",
      summary = "Start an amendment",
      description =
          "Creates a draft holding a copy of the adopted version, to be edited and adopted.")
  @APIResponse(
      responseCode = "201",
      description = "Draft created",
      content = @Content(schema = @Schema(implementation = VersionResponse.class)),
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "403", description = "Not a CDTO of the programme's region")
  @APIResponse(
      responseCode = "409",
      description = "A draft exists already, or nothing is adopted yet")
  public Response startAmendment(@PathParam("programmeId") UUID programmeId) {
    VersionResponse draft = service.startAmendment(programmeId);
    return Response.status(Response.Status.CREATED)
        .tag(EntityTags.of(draft.version()))
        .entity(draft)
        .build();
  }

  @GET
  @Path("/draft")
  @PermitAll
  @Operation(operationId = "getDraftVersion", summary = "Get the open draft")
  @APIResponse(
      responseCode = "200",
      description = "The draft",
      content = @Content(schema = @Schema(implementation = VersionResponse.class)),
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "404", description = "No draft, or one the caller may not see")
  public Response draft(@PathParam("programmeId") UUID programmeId) {
    VersionResponse draft = service.draft(programmeId);
    return Response.ok(draft).tag(EntityTags.of(draft.version())).build();
  }

  @DELETE
  @Path("/draft")
  @RolesAllowed(Roles.CDTO)
  @Operation(
      operationId = "discardDraftVersion",
      summary = "Discard the open draft",
      description =
          "Deletes the draft with its content and findings; the version in force stays and the"
              + " next draft takes the discarded draft's number. If-Match required.")
  @APIResponse(responseCode = "204", description = "Discarded")
  @APIResponse(responseCode = "403", description = "Not a CDTO of the programme's region")
  @APIResponse(responseCode = "404", description = "No such programme, or it has no draft")
  @APIResponse(responseCode = "412", description = "The draft changed since the given ETag")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response discardDraft(
      @PathParam("programmeId") UUID programmeId,
      @Parameter(description = "ETag of the draft", required = true) @HeaderParam("If-Match")
          String ifMatch) {
    service.discardDraft(programmeId, ifMatch);
    return Response.noContent().build();
  }

  @POST
  @Path("/versions/{number}/adoption")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CDTO)
  @Operation(
      operationId = "adoptVersion",
      summary = "Adopt a draft version",
      description =
          "Records the decision, supersedes the version in force and publishes"
              + " ProgrammeVersionAdopted. Refused (422, findings listed) while ERROR findings stand,"
              + " unless acknowledgeFindings is set with a note. If-Match required.")
  @APIResponse(
      responseCode = "200",
      description = "Adopted",
      content = @Content(schema = @Schema(implementation = VersionResponse.class)),
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "Invalid request")
  @APIResponse(responseCode = "403", description = "Not a CDTO of the programme's region")
  @APIResponse(responseCode = "404", description = "No such version")
  @APIResponse(responseCode = "409", description = "The version is not a draft")
  @APIResponse(responseCode = "412", description = "The draft changed since the given ETag")
  @APIResponse(responseCode = "422", description = "ERROR findings stand and were not acknowledged")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response adopt(
      @PathParam("programmeId") UUID programmeId,
      @PathParam("number") int number,
      @Parameter(description = "ETag of the draft", required = true) @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid AdoptionRequest request) {
    VersionResponse adopted = service.adopt(programmeId, number, request, ifMatch);
    return Response.ok(adopted).tag(EntityTags.of(adopted.version())).build();
  }

  @GET
  @Path("/versions")
  @PermitAll
  @Operation(operationId = "listVersions", summary = "List a programme's versions")
  @APIResponse(
      responseCode = "200",
      description = "One page of versions, oldest first; drafts only for those who may see them",
      content = @Content(schema = @Schema(implementation = VersionList.class)))
  @APIResponse(responseCode = "400", description = "Invalid page size or token")
  @APIResponse(responseCode = "404", description = "No such programme")
  public VersionList list(
      @PathParam("programmeId") UUID programmeId, @BeanParam PageParameters paging) {
    Page<VersionSummary> page = service.list(programmeId, paging.request());
    return new VersionList(page.items(), page.nextPageToken());
  }

  @GET
  @Path("/versions/{number}")
  @PermitAll
  @Operation(operationId = "getVersion", summary = "Get a version with its totals and findings")
  @APIResponse(
      responseCode = "200",
      description = "The version",
      content = @Content(schema = @Schema(implementation = VersionResponse.class)),
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "404",
      description = "No such version, or a draft the caller may not see")
  public Response get(@PathParam("programmeId") UUID programmeId, @PathParam("number") int number) {
    VersionResponse version = service.get(programmeId, number);
    return Response.ok(version).tag(EntityTags.of(version.version())).build();
  }

  @GET
  @Path("/versions/{number}/document")
  @PermitAll
  @Operation(operationId = "exportVersion", summary = "Export a version in the import format")
  @APIResponse(
      responseCode = "200",
      description = "The version document",
      content = @Content(schema = @Schema(implementation = VersionDocument.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such version, or a draft the caller may not see")
  public VersionDocument export(
      @PathParam("programmeId") UUID programmeId, @PathParam("number") int number) {
    return service.export(programmeId, number);
  }

  @GET
  @Path("/versions/{number}/findings")
  @PermitAll
  @Operation(operationId = "listFindings", summary = "List a version's reconciliation findings")
  @APIResponse(
      responseCode = "200",
      description = "Findings",
      content = @Content(schema = @Schema(implementation = FindingList.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such version, or a draft the caller may not see")
  public FindingList findings(
      @PathParam("programmeId") UUID programmeId, @PathParam("number") int number) {
    return new FindingList(number, service.findings(programmeId, number));
  }

  @GET
  @Path("/diff")
  @PermitAll
  @Operation(operationId = "diffVersions", summary = "Compare two versions")
  @APIResponse(
      responseCode = "200",
      description = "The differences",
      content = @Content(schema = @Schema(implementation = VersionDiff.class)))
  @APIResponse(responseCode = "400", description = "from or to is missing")
  @APIResponse(
      responseCode = "404",
      description = "No such version, or a draft the caller may not see")
  public VersionDiff diff(
      @PathParam("programmeId") UUID programmeId,
      @Parameter(description = "Number of the earlier version", example = "1", required = true)
          @QueryParam("from")
          Integer from,
      @Parameter(description = "Number of the later version", example = "2", required = true)
          @QueryParam("to")
          Integer to) {
    if (from == null || to == null) {
      throw ProblemException.invalid(from == null ? "from" : "to", "is required");
    }
    return service.diff(programmeId, from, to);
  }

  @GET
  @Path("/version-in-force")
  @PermitAll
  @Operation(operationId = "getVersionInForce", summary = "Get the version in force on a date")
  @APIResponse(
      responseCode = "200",
      description = "The version in force",
      content = @Content(schema = @Schema(implementation = VersionResponse.class)))
  @APIResponse(responseCode = "404", description = "No version was in force then")
  public VersionResponse inForce(
      @PathParam("programmeId") UUID programmeId,
      @Parameter(
              description = "The date (default today, Europe/Kyiv)",
              example = "2022-06-30",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("date")
          String date) {
    return service.inForce(programmeId, QueryValues.day("date", date).orElse(null));
  }
}
