package io.dtmonitor.indicator.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.dtmonitor.platform.http.Slots;
import io.dtmonitor.platform.paging.Page;
import io.dtmonitor.platform.paging.PageRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/exports")
@Tag(
    name = "Exports",
    description = "The ministry's pulls: JSON, long-format CSV and its data package")
@PermitAll
public class ExportResource {

  static final String CSV = "text/csv; charset=UTF-8";
  private static final CsvMapper CSV_MAPPER = csvMapper();
  private static final CsvSchema CSV_SCHEMA = CSV_MAPPER.schemaFor(ExportRow.class).withHeader();

  private final ExportService service;
  private final DownloadSlots downloads;

  public ExportResource(ExportService service, DownloadSlots downloads) {
    this.service = service;
    this.downloads = downloads;
  }

  @GET
  @Path("/observations")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "exportObservationsJson",
      summary = "Export values as JSON, cursor-paged")
  @APIResponse(
      responseCode = "200",
      description = "One page of rows",
      content = @Content(schema = @Schema(implementation = ExportPage.class)))
  @APIResponse(responseCode = "400", description = "Invalid filter")
  public ExportPage json(
      @QueryParam("period")
          @Pattern(
              regexp = "[0-9]{4}(-Q[1-4])?",
              message = "must be a year such as 2022 or a quarter such as 2025-Q2")
          String period,
      @QueryParam("region") String region,
      @QueryParam("indicator") String indicator,
      @QueryParam("updatedSince") String updatedSince,
      @QueryParam("pageSize") Integer pageSize,
      @QueryParam("pageToken") String pageToken) {
    Page<ExportRow> page =
        service.page(
            filter(period, region, indicator, updatedSince), PageRequest.of(pageSize, pageToken));
    return new ExportPage(page.items(), page.nextPageToken());
  }

  @GET
  @Path("/observations.csv")
  @Produces(CSV)
  @Operation(
      operationId = "exportObservationsCsv",
      summary = "Export values as long-format UTF-8 CSV, streamed")
  @APIResponse(
      responseCode = "200",
      description = "One row per region x indicator x period",
      content =
          @Content(
              mediaType = CSV,
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                      format = "binary")))
  @APIResponse(responseCode = "400", description = "Invalid filter")
  @APIResponse(
      responseCode = "503",
      description = "Too many downloads in progress; retry after the Retry-After seconds")
  public Response csv(
      @QueryParam("period")
          @Pattern(
              regexp = "[0-9]{4}(-Q[1-4])?",
              message = "must be a year such as 2022 or a quarter such as 2025-Q2")
          String period,
      @QueryParam("region") String region,
      @QueryParam("indicator") String indicator,
      @QueryParam("updatedSince") String updatedSince,
      @Context RoutingContext request) {
    ExportService.Filter filter = filter(period, region, indicator, updatedSince);
    Slots.Slot slot = downloads.take();
    // Freed when the response ends however it ends: completed, failed, or the client went away;
    // at once if the client went away before this ran, when the end handlers have already run.
    request.addEndHandler(ended -> slot.close());
    if (request.response().ended() || request.response().closed()) {
      slot.close();
    }
    StreamingOutput body =
        output -> {
          // Not closed when the export fails: closing would end the response as if complete.
          SequenceWriter writer = CSV_MAPPER.writer(CSV_SCHEMA).writeValues(output);
          service.forEachRow(filter, row -> write(writer, row));
          writer.close();
        };
    return Response.ok(body, CSV)
        .header("Content-Disposition", "attachment; filename=\"observations.csv\"")
        .build();
  }

  @GET
  @Path("/datapackage.json")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getExportDataPackage",
      summary = "The Frictionless data package describing the CSV export")
  @APIResponse(
      responseCode = "200",
      description = "datapackage.json with the Table Schema of observations.csv")
  public DataPackage dataPackage() {
    return DataPackage.DESCRIPTOR;
  }

  private static void write(SequenceWriter writer, ExportRow row) {
    try {
      writer.write(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ExportService.Filter filter(
      String period, String region, String indicator, String updatedSince) {
    return new ExportService.Filter(
        Optional.ofNullable(period),
        Optional.ofNullable(region),
        Optional.ofNullable(indicator),
        Optional.ofNullable(updatedSince).map(ExportService::parseSince));
  }

  private static CsvMapper csvMapper() {
    CsvMapper mapper = new CsvMapper();
    mapper.registerModule(new JavaTimeModule());
    mapper.disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    // A failed export must not end the response cleanly: the stream is closed by the server only.
    mapper.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return mapper;
  }
}
