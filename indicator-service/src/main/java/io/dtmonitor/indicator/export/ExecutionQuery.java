package io.dtmonitor.indicator.export;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/** The filters of the programme execution export. */
public class ExecutionQuery extends ExportFilters {

  @QueryParam("programmeId")
  @Pattern(
      regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
      message = "must be a programme's id (a UUID)")
  public String programmeId;
}
