package io.dtmonitor.reporting.expected;

import io.dtmonitor.platform.paging.Page;
import io.dtmonitor.platform.paging.PageParameters;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/expected-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Expected reports",
    description = "The reports every programme in force owes, whether or not anyone started them")
@PermitAll
public class ExpectedReportResource {

  private final ExpectedReportService service;

  public ExpectedReportResource(ExpectedReportService service) {
    this.service = service;
  }

  @GET
  @Operation(
      operationId = "listExpectedReports",
      summary = "The reports expected of the programmes in force in a year")
  @APIResponse(
      responseCode = "200",
      description =
          "One page of expected reports, each with its due date, state, days late and whether it"
              + " is overdue, by region, programme and period",
      content = @Content(schema = @Schema(implementation = ExpectedReportList.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid year, region, status, page size or page token")
  public ExpectedReportList list(
      @Valid @BeanParam YearOfRegions query,
      @BeanParam PageParameters paging,
      @Parameter(
              description = "Only reports in this state (as the caller is shown it)",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {
                        "NOT_STARTED",
                        "DRAFT",
                        "SUBMITTED",
                        "RETURNED",
                        "ACCEPTED",
                        "NOT_SUBMITTED",
                        "IN_REVIEW"
                      }))
          @QueryParam("status")
          @Pattern(
              regexp = "NOT_STARTED|DRAFT|SUBMITTED|RETURNED|ACCEPTED|NOT_SUBMITTED|IN_REVIEW",
              message =
                  "must be NOT_STARTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED, NOT_SUBMITTED or"
                      + " IN_REVIEW")
          String status) {
    Page<ExpectedReport> page =
        service.list(
            query.year,
            Optional.ofNullable(query.region),
            Optional.ofNullable(status).map(ExpectedState::valueOf),
            paging.request());
    return new ExpectedReportList(query.year, page.items(), page.nextPageToken());
  }
}
