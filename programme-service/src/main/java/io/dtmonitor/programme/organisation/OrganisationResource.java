package io.dtmonitor.programme.organisation;

import io.dtmonitor.platform.http.EntityTags;
import io.dtmonitor.platform.http.IdempotentExecution;
import io.dtmonitor.platform.http.QueryValues;
import io.dtmonitor.platform.paging.PageParameters;
import io.dtmonitor.platform.security.RegionCodes;
import io.dtmonitor.platform.security.Roles;
import io.dtmonitor.programme.organisation.api.OrganisationPage;
import io.dtmonitor.programme.organisation.api.OrganisationResponse;
import io.dtmonitor.programme.organisation.api.RegisterOrganisationRequest;
import io.dtmonitor.programme.organisation.api.RenameOrganisationRequest;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Organisations",
    description = "The bodies that initiate, develop and carry out programmes, with their names")
public class OrganisationResource {

  private final OrganisationService service;

  public OrganisationResource(OrganisationService service) {
    this.service = service;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CDTO)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "registerOrganisation",
      summary = "Register a body of the caller's region",
      description =
          "With an Idempotency-Key, repeating the same request returns the same organisation;"
              + " another body under that key is a 422.")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      headers = {
        @Header(
            name = "ETag",
            description = "Version of the new organisation",
            schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = "Location",
            description = "URL of the new organisation",
            schema = @Schema(type = SchemaType.STRING))
      },
      content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
  @APIResponse(responseCode = "400", description = "Invalid request or EDRPOU checksum")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not a CDTO of that region")
  @APIResponse(
      responseCode = "409",
      description = "Another organisation has this EDRPOU code (its Location is given)")
  @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another request")
  public Response register(
      @Parameter(description = "Makes retries safe: same key and body, same result")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      @NotNull @Valid RegisterOrganisationRequest request,
      @Context UriInfo uri) {
    IdempotentExecution<OrganisationResponse> result = service.register(request, idempotencyKey);
    OrganisationResponse organisation = result.body();
    return Response.created(uri.getAbsolutePathBuilder().path(organisation.id().toString()).build())
        .tag(EntityTags.of(organisation.version()))
        .header("Idempotent-Replayed", result.replayed())
        .entity(organisation)
        .build();
  }

  @POST
  @Path("/{id}/names")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CDTO)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "renameOrganisation",
      summary = "Rename a body from a day on",
      description =
          "The current name stays valid until the day before validFrom, so what was adopted"
              + " before reads with the name it had.")
  @APIResponse(
      responseCode = "200",
      description = "The organisation with its new name",
      headers =
          @Header(
              name = "ETag",
              description = "New version",
              schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid name, or validFrom not after the current name's")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not a CDTO of the organisation's region")
  @APIResponse(responseCode = "404", description = "No such organisation")
  @APIResponse(responseCode = "409", description = "The organisation keeps no more names")
  @APIResponse(responseCode = "412", description = "Changed since the ETag sent")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response rename(
      @PathParam("id") UUID id,
      @Parameter(description = "The ETag of the organisation read", required = true)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid RenameOrganisationRequest request) {
    OrganisationResponse organisation = service.rename(id, request, ifMatch);
    return Response.ok(organisation).tag(EntityTags.of(organisation.version())).build();
  }

  @GET
  @PermitAll
  @Operation(
      operationId = "listOrganisations",
      summary = "Find bodies by region and name",
      description =
          "Ordered by current name (ignoring case), then id; cursor-paged. A name filter matches"
              + " any part of any name the body had, current or former, ignoring case, runs of"
              + " spaces and the apostrophe's form (', ’, ʼ).")
  @APIResponse(
      responseCode = "200",
      description = "One page of organisations",
      content = @Content(schema = @Schema(implementation = OrganisationPage.class)))
  @APIResponse(responseCode = "400", description = "Invalid filter or page token")
  public OrganisationPage list(
      @Parameter(description = "Region (ISO 3166-2)", example = "UA-53")
          @QueryParam("region")
          @Pattern(
              regexp = RegionCodes.PATTERN,
              message = "must be an ISO 3166-2 code such as UA-53")
          String region,
      @Parameter(description = "Any part of a name", example = "цифров")
          @QueryParam("name")
          @Size(max = 200, message = "must be at most 200 characters")
          String name,
      @BeanParam PageParameters paging) {
    var page =
        service.list(Optional.ofNullable(region), Optional.ofNullable(name), paging.request());
    return new OrganisationPage(page.items(), page.nextPageToken());
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Operation(operationId = "getOrganisation", summary = "A body, named as on a day")
  @APIResponse(
      responseCode = "200",
      description = "The organisation",
      headers =
          @Header(
              name = "ETag",
              description = "Current version, for If-Match",
              schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
  @APIResponse(responseCode = "400", description = "Invalid date")
  @APIResponse(responseCode = "404", description = "No such organisation")
  public Response get(
      @PathParam("id") UUID id,
      @Parameter(
              description = "The day whose name `name` gives (YYYY-MM-DD); today when absent",
              example = "2022-06-30",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("asOf")
          String asOf) {
    OrganisationResponse organisation = service.get(id, QueryValues.day("asOf", asOf));
    return Response.ok(organisation).tag(EntityTags.of(organisation.version())).build();
  }
}
