package io.dtmonitor.indicator.export;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the values export: the statuses asked for and an indicator, beside the rest. */
public class ExportQuery extends ExportFilters {

  @Parameter(
      description =
          "FINAL (when absent): published values only. PROVISIONAL or ALL add the PROVISIONAL"
              + " values the token may see: its region's for a CDTO or a region-scoped reviewer,"
              + " every region's for the ministry",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"FINAL", "PROVISIONAL", "ALL"},
              defaultValue = "FINAL"))
  @QueryParam("status")
  @DefaultValue("FINAL")
  @Pattern(regexp = "FINAL|PROVISIONAL|ALL", message = "must be FINAL, PROVISIONAL or ALL")
  public String status;

  @QueryParam("indicator")
  public String indicator;
}
