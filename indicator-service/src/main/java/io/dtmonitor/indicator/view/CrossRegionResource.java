package io.dtmonitor.indicator.view;

import io.dtmonitor.platform.paging.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cross-region")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cross-region view", description = "Every region of a jurisdiction for a period")
@PermitAll
public class CrossRegionResource {

  private final CrossRegionService service;
  private final CrossRegionConfig config;

  public CrossRegionResource(CrossRegionService service, CrossRegionConfig config) {
    this.service = service;
    this.config = config;
  }

  @GET
  @Operation(operationId = "getCrossRegionView", summary = "The cross-region view of a period")
  @APIResponse(
      responseCode = "200",
      description = "Programmes, money, reports and indicators per region, a page of regions")
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid period, jurisdiction, indicator or page, or more values (regions x indicators"
              + " listed) than one view holds (50,000 by default): list fewer indicators")
  public CrossRegionView get(
      @Parameter(required = true, example = "2022")
          @QueryParam("period")
          @NotNull
          @Pattern(
              regexp = "[0-9]{4}(-Q[1-4])?",
              message = "must be a year such as 2022 or a quarter such as 2025-Q2")
          String period,
      @Parameter(example = "UA")
          @QueryParam("jurisdiction")
          @DefaultValue("UA")
          @Pattern(regexp = "[A-Z]{2}", message = "must be a country code such as UA")
          String jurisdiction,
      @Parameter(
              description =
                  "List only these indicators (repeat the parameter for several); all when absent."
                      + " Ranks and the composite index are those of the whole view.")
          @QueryParam("indicator")
          @Size(max = 200, message = "lists at most 200 indicators")
          List<@Size(max = 50) String> indicators,
      @Parameter(
              description = "Regions per page, 1 to 500; 100 when absent",
              example = "100",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1",
                      maximum = "500"))
          @QueryParam("pageSize")
          Integer pageSize,
      @Parameter(description = "The nextPageToken of the previous page") @QueryParam("pageToken")
          String pageToken) {
    return service.view(
        period,
        jurisdiction,
        indicators == null ? Set.of() : Set.copyOf(indicators),
        PageRequest.of(pageSize, pageToken, config.pageSize(), config.maxPageSize()));
  }

  @GET
  @Path("/composite-index-methodology")
  @Operation(
      operationId = "getCompositeIndexMethodology",
      summary = "The published methodology of the composite index")
  @APIResponse(
      responseCode = "200",
      description =
          "Components with direction, goalposts and weights; normalisation, aggregation and the"
              + " rule for missing data")
  public CompositeIndexMethodology methodology() {
    return CompositeIndexMethodology.of(service.indexMethodology());
  }
}
