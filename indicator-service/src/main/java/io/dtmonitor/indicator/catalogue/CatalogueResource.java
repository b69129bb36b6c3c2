package io.dtmonitor.indicator.catalogue;

import io.dtmonitor.platform.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "The shared indicator catalogue")
@PermitAll
public class CatalogueResource {

  private final IndicatorRepository indicators;

  public CatalogueResource(IndicatorRepository indicators) {
    this.indicators = indicators;
  }

  @GET
  @Operation(operationId = "listIndicators", summary = "List the indicator catalogue")
  @APIResponse(responseCode = "200", description = "Every indicator, by code")
  public IndicatorList list() {
    return new IndicatorList(indicators.all().stream().map(IndicatorResponse::of).toList());
  }

  @GET
  @Path("/{code}")
  @Operation(operationId = "getIndicator", summary = "Get an indicator")
  @APIResponse(responseCode = "200", description = "The indicator")
  @APIResponse(responseCode = "404", description = "No such indicator")
  public IndicatorResponse get(@PathParam("code") String code) {
    return indicators
        .findByIdOptional(code)
        .map(IndicatorResponse::of)
        .orElseThrow(() -> ProblemException.notFound("Indicator", code));
  }

  /** The catalogue. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "IndicatorList")
  public record IndicatorList(List<IndicatorResponse> items) {}
}
