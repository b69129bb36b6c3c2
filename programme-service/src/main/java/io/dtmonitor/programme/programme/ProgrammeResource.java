package io.dtmonitor.programme.programme;

import io.dtmonitor.platform.http.EntityTags;
import io.dtmonitor.platform.http.IdempotentExecution;
import io.dtmonitor.platform.http.QueryValues;
import io.dtmonitor.platform.paging.PageParameters;
import io.dtmonitor.platform.problem.Problem;
import io.dtmonitor.platform.security.RegionCodes;
import io.dtmonitor.platform.security.Roles;
import io.dtmonitor.programme.programme.api.CreateProgrammeRequest;
import io.dtmonitor.programme.programme.api.ProgrammePage;
import io.dtmonitor.programme.programme.api.ProgrammeResponse;
import io.dtmonitor.programme.programme.api.UpdateProgrammeRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes", description = "Regional digital-transformation programmes")
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class ProgrammeResource {

  private final ProgrammeService service;

  public ProgrammeResource(ProgrammeService service) {
    this.service = service;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CDTO)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "registerProgramme",
      summary = "Register a programme",
      description =
          "Creates a draft programme of the caller's region. With an Idempotency-Key, repeating the"
              + " same request returns the same programme; another body under that key is a 422.")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      headers = {
        @Header(
            name = "ETag",
            description = "Version of the new programme",
            schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = "Location",
            description = "URL of the new programme",
            schema = @Schema(type = SchemaType.STRING))
      },
      content = @Content(schema = @Schema(implementation = ProgrammeResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid request",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description = "No valid token",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not a CDTO of that region",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "Idempotency-Key reused with another request",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response register(
      @Parameter(description = "Makes retries safe: same key and body, same result")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      @NotNull @Valid CreateProgrammeRequest request,
      @Context UriInfo uri) {
    IdempotentExecution<ProgrammeResponse> result = service.register(request, idempotencyKey);
    ProgrammeResponse programme = result.body();
    return Response.created(uri.getAbsolutePathBuilder().path(programme.id().toString()).build())
        .tag(EntityTags.of(programme.version()))
        .header("Idempotent-Replayed", result.replayed())
        .entity(programme)
        .build();
  }

  @GET
  @PermitAll
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "listProgrammes",
      summary = "List programmes",
      description =
          "Adopted programmes are public; drafts are listed only for their region's CDTO,"
              + " reviewers and the ministry. Ordered by title (Ukrainian, then English, ignoring"
              + " case), then id; cursor-paged.")
  @APIResponse(
      responseCode = "200",
      description = "One page of programmes",
      content = @Content(schema = @Schema(implementation = ProgrammePage.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid filter or page token",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ProgrammePage list(
      @Parameter(description = "Region (ISO 3166-2)", example = "UA-53")
          @QueryParam("region")
          @Pattern(
              regexp = RegionCodes.PATTERN,
              message = "must be an ISO 3166-2 code such as UA-53")
          String region,
      @Parameter(
              description = "Programme status",
              schema = @Schema(implementation = ProgrammeStatus.class))
          @QueryParam("status")
          String status,
      @Parameter(description = "Only programmes whose term includes this year", example = "2022")
          @QueryParam("year")
          Integer year,
      @Parameter(
              description =
                  "Only programmes whose Ukrainian or English title contains this text, ignoring"
                      + " case, runs of spaces and the apostrophe's form (', ’, ʼ)",
              example = "цифрова")
          @QueryParam("title")
          @Size(max = 200, message = "must be at most 200 characters")
          String title,
      @BeanParam PageParameters paging) {
    var page =
        service.list(
            Optional.ofNullable(region),
            QueryValues.oneOf("status", status, ProgrammeStatus.class),
            Optional.ofNullable(year),
            Optional.ofNullable(title),
            paging.request());
    return new ProgrammePage(page.items(), page.nextPageToken());
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "getProgramme", summary = "Get a programme")
  @APIResponse(
      responseCode = "200",
      description = "The programme",
      headers =
          @Header(
              name = "ETag",
              description = "Current version, for If-Match",
              schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = ProgrammeResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such programme, or a draft the caller may not see",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response get(@PathParam("id") UUID id) {
    ProgrammeResponse programme = service.get(id);
    return Response.ok(programme).tag(EntityTags.of(programme.version())).build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CDTO)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "updateProgramme",
      summary = "Update a draft programme's passport",
      description = "Requires If-Match with the programme's current ETag.")
  @APIResponse(
      responseCode = "200",
      description = "Updated",
      headers =
          @Header(
              name = "ETag",
              description = "New version",
              schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = ProgrammeResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid request",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description = "No valid token",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not a CDTO of the programme's region",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such programme",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The programme is no longer a draft",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "412",
      description = "If-Match does not match the current version",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "428",
      description = "If-Match is missing",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response update(
      @PathParam("id") UUID id,
      @Parameter(description = "ETag of the version this update is based on", required = true)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid UpdateProgrammeRequest request) {
    ProgrammeResponse programme = service.update(id, request, ifMatch);
    return Response.ok(programme).tag(EntityTags.of(programme.version())).build();
  }
}
