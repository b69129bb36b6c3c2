package io.dtmonitor.reporting.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.dtmonitor.platform.http.EntityTags;
import io.dtmonitor.platform.http.IdempotentExecution;
import io.dtmonitor.platform.http.MergePatch;
import io.dtmonitor.platform.http.QueryValues;
import io.dtmonitor.platform.paging.Page;
import io.dtmonitor.platform.paging.PageParameters;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.security.RegionCodes;
import io.dtmonitor.platform.security.Roles;
import io.dtmonitor.reporting.report.api.CreateReportRequest;
import io.dtmonitor.reporting.report.api.HistoryEntry;
import io.dtmonitor.reporting.report.api.LinePatch;
import io.dtmonitor.reporting.report.api.ReopenRequest;
import io.dtmonitor.reporting.report.api.ReportHistory;
import io.dtmonitor.reporting.report.api.ReportPage;
import io.dtmonitor.reporting.report.api.ReportResponse;
import io.dtmonitor.reporting.report.api.ReviewRequest;
import io.dtmonitor.reporting.report.api.SubmissionDiff;
import io.dtmonitor.reporting.report.api.UpdateLinesRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Quarterly and annual reports and their review")
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
@SecurityRequirement(name = "bearer")
public class ReportResource {

  private final ReportService service;
  private final ReportMapper mapper;

  public ReportResource(ReportService service, ReportMapper mapper) {
    this.service = service;
    this.mapper = mapper;
  }

  @POST
  @Path("/programmes/{programmeId}/reports")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CDTO)
  @Operation(
      operationId = "createReport",
      summary = "Start the report of a period",
      description =
          "Creates a draft with one line per measure active that year, planned amounts from the version in force at the period's end.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = ReportResponse.class)))
  @APIResponse(responseCode = "400", description = "Invalid period")
  @APIResponse(responseCode = "403", description = "Not a CDTO of the programme's region")
  @APIResponse(responseCode = "404", description = "Programme unknown to reporting")
  @APIResponse(
      responseCode = "409",
      description =
          "The period's report exists already (Location and the detail name it), or no version is"
              + " in force",
      headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
  public Response create(
      @PathParam("programmeId") UUID programmeId,
      @Parameter(description = "Makes retries safe: same key and body, same result")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      @NotNull @Valid CreateReportRequest request,
      @Context UriInfo uri) {
    IdempotentExecution<ReportResponse> created =
        service.create(programmeId, request.period(), idempotencyKey);
    ReportResponse report = created.body();
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/reports").path(report.id().toString()).build())
        .tag(EntityTags.of(report.version()))
        .header("Idempotent-Replayed", created.replayed())
        .entity(report)
        .build();
  }

  @GET
  @Path("/reports")
  @PermitAll
  @Operation(
      operationId = "listReports",
      summary = "List reports",
      description =
          "Accepted reports are public; others only for their region, reviewers and the ministry.")
  @APIResponse(
      responseCode = "200",
      description = "One page of reports",
      content = @Content(schema = @Schema(implementation = ReportPage.class)))
  @APIResponse(responseCode = "400", description = "Invalid filter")
  public ReportPage list(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          @QueryParam("programmeId")
          String programmeId,
      @Parameter(example = "UA-53")
          @QueryParam("region")
          @Pattern(
              regexp = RegionCodes.PATTERN,
              message = "must be an ISO 3166-2 code such as UA-53")
          String region,
      @Parameter(example = "2022-Q1") @QueryParam("period") String period,
      @Parameter(schema = @Schema(implementation = ReportStatus.class)) @QueryParam("status")
          String status,
      @BeanParam PageParameters paging) {
    Page<Report> page =
        service.list(
            QueryValues.uuid("programmeId", programmeId),
            Optional.ofNullable(region),
            Optional.ofNullable(period),
            QueryValues.oneOf("status", status, ReportStatus.class),
            paging.request());
    return new ReportPage(
        page.items().stream().map(mapper::toSummary).toList(), page.nextPageToken());
  }

  @GET
  @Path("/reports/{id}")
  @PermitAll
  @Operation(operationId = "getReport", summary = "Get a report with derived quarterly amounts")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      content = @Content(schema = @Schema(implementation = ReportResponse.class)))
  @APIResponse(responseCode = "404", description = "No such report, or one the caller may not see")
  public Response get(@PathParam("id") UUID id) {
    return ok(service.response(service.get(id)));
  }

  @PUT
  @Path("/reports/{id}/lines")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CDTO)
  @Operation(
      operationId = "updateReportLines",
      summary = "Fill in a draft's lines",
      description =
          "Year-to-date money per measure; each line sent is replaced whole, so it must carry"
              + " every field (null for an empty one): a line missing any is a 400 naming them."
              + " To change some fields, PATCH the lines. A returned report becomes a draft again."
              + " If-Match required.")
  @APIResponse(
      responseCode = "200",
      description = "Updated",
      content = @Content(schema = @Schema(implementation = ReportResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid values or missing fields; errors[] names each by its path")
  @APIResponse(responseCode = "403", description = "Not a CDTO of the report's region")
  @APIResponse(responseCode = "409", description = "The report is submitted or accepted")
  @APIResponse(responseCode = "412", description = "The report changed since the given ETag")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = UpdateLinesRequest.class)))
  public Response updateLines(
      @PathParam("id") UUID id,
      @Parameter(description = "The report's ETag, as its last answer gave it", required = true)
          @HeaderParam("If-Match")
          String ifMatch,
      JsonNode request) {
    return ok(service.replaceLines(id, request, ifMatch));
  }

  @PATCH
  @Path("/reports/{id}/lines")
  @Consumes(MergePatch.MEDIA_TYPE)
  @RolesAllowed(Roles.CDTO)
  @Operation(
      operationId = "patchReportLines",
      summary = "Change some fields of some lines",
      description =
          "A JSON Merge Patch (RFC 7396) of the lines, keyed by measure code: a field sent"
              + " replaces the line's, null clears it, fields and lines not sent stay as they are."
              + " Otherwise as PUT: a returned report becomes a draft again, a patch that changes"
              + " nothing keeps the ETag. If-Match required.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MergePatch.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.OBJECT, additionalProperties = LinePatch.class)))
  @APIResponse(
      responseCode = "200",
      description = "Updated",
      content = @Content(schema = @Schema(implementation = ReportResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid patch; errors[] names each problem by measure code and field")
  @APIResponse(responseCode = "403", description = "Not a CDTO of the report's region")
  @APIResponse(responseCode = "404", description = "No such report, or one the caller may not see")
  @APIResponse(responseCode = "409", description = "The report is submitted or accepted")
  @APIResponse(responseCode = "412", description = "The report changed since the given ETag")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response patchLines(
      @PathParam("id") UUID id,
      @Parameter(description = "The report's ETag, as its last answer gave it", required = true)
          @HeaderParam("If-Match")
          String ifMatch,
      JsonNode patch) {
    return ok(service.patchLines(id, patch, ifMatch));
  }

  @POST
  @Path("/reports/{id}/submission")
  @RolesAllowed(Roles.CDTO)
  @Operation(
      operationId = "submitReport",
      summary = "Submit a draft report",
      description =
          "Checks the cumulative rules; records days late after the due date. If-Match required.")
  @APIResponse(
      responseCode = "200",
      description = "Submitted",
      content = @Content(schema = @Schema(implementation = ReportResponse.class)))
  @APIResponse(responseCode = "400", description = "Lines lack their money")
  @APIResponse(responseCode = "403", description = "Not a CDTO of the report's region")
  @APIResponse(responseCode = "409", description = "The report is not a draft")
  @APIResponse(responseCode = "412", description = "The report changed since the given ETag")
  @APIResponse(
      responseCode = "422",
      description =
          "A figure falls below the previous quarter's without a correction note, or Q4 and the annual report disagree")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response submit(
      @PathParam("id") UUID id,
      @Parameter(description = "The report's ETag, as its last answer gave it", required = true)
          @HeaderParam("If-Match")
          String ifMatch) {
    return ok(service.submit(id, ifMatch));
  }

  @POST
  @Path("/reports/{id}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REVIEWER)
  @Operation(
      operationId = "reviewReport",
      summary = "Accept or return a submitted report",
      description = "Returning needs a reason; comments may be given per line. If-Match required.")
  @APIResponse(
      responseCode = "200",
      description = "Reviewed",
      content = @Content(schema = @Schema(implementation = ReportResponse.class)))
  @APIResponse(responseCode = "400", description = "Invalid review")
  @APIResponse(responseCode = "403", description = "Not a reviewer for the report's region")
  @APIResponse(responseCode = "409", description = "The report is not submitted")
  @APIResponse(responseCode = "412", description = "The report changed since the given ETag")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response review(
      @PathParam("id") UUID id,
      @Parameter(description = "The report's ETag, as its last answer gave it", required = true)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid ReviewRequest request) {
    return ok(service.review(id, request, ifMatch));
  }

  @POST
  @Path("/reports/{id}/reopening")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REVIEWER)
  @Operation(
      operationId = "reopenReport",
      summary = "Reopen an accepted report",
      description = "The report becomes a draft again. If-Match required.")
  @APIResponse(
      responseCode = "200",
      description = "Reopened",
      content = @Content(schema = @Schema(implementation = ReportResponse.class)))
  @APIResponse(responseCode = "400", description = "No reason given")
  @APIResponse(responseCode = "403", description = "Not a reviewer for the report's region")
  @APIResponse(responseCode = "409", description = "The report is not accepted")
  @APIResponse(responseCode = "412", description = "The report changed since the given ETag")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response reopen(
      @PathParam("id") UUID id,
      @Parameter(description = "The report's ETag, as its last answer gave it", required = true)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid ReopenRequest request) {
    return ok(service.reopen(id, request.reason(), ifMatch));
  }

  @GET
  @Path("/reports/{id}/history")
  @PermitAll
  @Operation(operationId = "getReportHistory", summary = "Every transition of a report")
  @APIResponse(
      responseCode = "200",
      description = "One page of the history, oldest first",
      content = @Content(schema = @Schema(implementation = ReportHistory.class)))
  @APIResponse(responseCode = "400", description = "Invalid page size or token")
  @APIResponse(responseCode = "404", description = "No such report, or one the caller may not see")
  public ReportHistory history(@PathParam("id") UUID id, @BeanParam PageParameters paging) {
    Page<HistoryEntry> page = service.history(id, paging.request()).map(mapper::toHistory);
    return new ReportHistory(page.items(), page.nextPageToken());
  }

  @GET
  @Path("/reports/{id}/submissions/diff")
  @PermitAll
  @Operation(operationId = "diffReportSubmissions", summary = "Compare two submissions of a report")
  @APIResponse(
      responseCode = "200",
      description = "Changed values",
      content = @Content(schema = @Schema(implementation = SubmissionDiff.class)))
  @APIResponse(responseCode = "400", description = "from or to is missing")
  @APIResponse(responseCode = "404", description = "No such report or submission")
  public SubmissionDiff diff(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "Number of the earlier submission", example = "1")
          @QueryParam("from")
          @Min(1)
          Integer from,
      @Parameter(required = true, description = "Number of the later submission", example = "2")
          @QueryParam("to")
          @Min(1)
          Integer to) {
    if (from == null || to == null) {
      throw ProblemException.invalid(from == null ? "from" : "to", "is required");
    }
    return new SubmissionDiff(
        from, to, mapper.diff(service.submission(id, from), service.submission(id, to)));
  }

  private Response ok(ReportResponse report) {
    return Response.ok(report).tag(EntityTags.of(report.version())).build();
  }
}
