package io.dtmonitor.indicator.export;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters every export takes, as query parameters: one jurisdiction, and what narrows it. */
public class ExportFilters {

  @QueryParam("period")
  @Pattern(
      regexp = "[0-9]{4}(-Q[1-4])?",
      message = "must be a year such as 2022 or a quarter such as 2025-Q2")
  public String period;

  @Parameter(description = "The country whose regions to export; UA when absent", example = "UA")
  @QueryParam("jurisdiction")
  @DefaultValue("UA")
  @Pattern(regexp = "[A-Z]{2}", message = "must be a country code such as UA")
  public String jurisdiction;

  @QueryParam("region")
  public String region;

  @Parameter(
      description =
          "Only rows revised after this moment (RFC 3339). A value recorded in a transaction that"
              + " commits after a pull can carry an earlier time: to pull what changed without"
              + " missing any, send changedSince instead")
  @QueryParam("updatedSince")
  public String updatedSince;

  @Parameter(
      description =
          "The changeToken of the previous pull (in its JSON pages, or the DTM-Change-Token header"
              + " of its CSV): only the rows written after that pull began, each exactly once")
  @QueryParam("changedSince")
  public String changedSince;
}
