package io.dtmonitor.indicator.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
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

/**
 * The public dashboard page: published data only, like the cross-region view it is drawn from. It
 * is a page for people, not part of the API, so it is left out of the OpenAPI document.
 */
@Path("/dashboard")
@PermitAll
public class DashboardResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance dashboard(DashboardPage page);
  }

  private final DashboardService dashboard;

  public DashboardResource(DashboardService dashboard) {
    this.dashboard = dashboard;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public TemplateInstance get(
      @QueryParam("period")
          @Pattern(
              regexp = "[0-9]{4}(-Q[1-4])?",
              message = "must be a year such as 2022 or a quarter such as 2025-Q2")
          String period,
      @QueryParam("jurisdiction")
          @DefaultValue("UA")
          @Pattern(regexp = "[A-Z]{2}", message = "must be a country code such as UA")
          String jurisdiction,
      @QueryParam("indicator") @Size(max = 200, message = "lists at most 200 indicators")
          List<@Size(max = 50) String> indicators) {
    String shown = period == null || period.isBlank() ? dashboard.defaultPeriod() : period;
    return Templates.dashboard(
        dashboard.page(
            shown, jurisdiction, indicators == null ? Set.of() : Set.copyOf(indicators)));
  }
}
