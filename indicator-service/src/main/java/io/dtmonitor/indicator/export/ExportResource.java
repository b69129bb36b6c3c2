package io.dtmonitor.indicator.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.dtmonitor.platform.changes.ChangeWindow;
import io.dtmonitor.platform.http.Slots;
import io.dtmonitor.platform.paging.PageParameters;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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

  /** The header a CSV download carries its pull's change token in. */
  static final String CHANGE_TOKEN = "DTM-Change-Token";

  private static final String CHANGE_TOKEN_DESCRIPTION =
      "Where this pull stopped: send it as changedSince to pull exactly the rows written after"
          + " this download began";
  private static final CsvMapper CSV_MAPPER = csvMapper();

  private final ExportService service;
  private final ExecutionService executions;
  private final DownloadSlots downloads;

  public ExportResource(
      ExportService service, ExecutionService executions, DownloadSlots downloads) {
    this.service = service;
    this.executions = executions;
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
  @APIResponse(responseCode = "401", description = "PROVISIONAL values asked for without a token")
  @APIResponse(
      responseCode = "403",
      description = "PROVISIONAL values asked for by a token that may not see them")
  public ExportPage json(@Valid @BeanParam ExportQuery query, @BeanParam PageParameters paging) {
    return service.page(filter(query), paging.request());
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
      headers =
          @Header(
              name = CHANGE_TOKEN,
              description = CHANGE_TOKEN_DESCRIPTION,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "400", description = "Invalid filter")
  @APIResponse(responseCode = "401", description = "PROVISIONAL values asked for without a token")
  @APIResponse(
      responseCode = "403",
      description = "PROVISIONAL values asked for by a token that may not see them")
  @APIResponse(
      responseCode = "503",
      description = "Too many downloads in progress; retry after the Retry-After seconds")
  public Response csv(@Valid @BeanParam ExportQuery query, @Context RoutingContext request) {
    ExportService.Filter filter = filter(query);
    ChangeWindow window = service.window(filter);
    return download(
        "observations.csv",
        ExportRow.class,
        window,
        request,
        sink -> service.forEachRow(filter, window, sink));
  }

  @GET
  @Path("/programme-execution")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "exportProgrammeExecutionJson",
      summary =
          "Export programme plan and execution per region, programme and period, cursor-paged")
  @APIResponse(
      responseCode = "200",
      description = "One page of rows, one per accepted report",
      content = @Content(schema = @Schema(implementation = ExecutionPage.class)))
  @APIResponse(responseCode = "400", description = "Invalid filter")
  public ExecutionPage executionJson(
      @Valid @BeanParam ExecutionQuery query, @BeanParam PageParameters paging) {
    return executions.page(executions.filter(query), paging.request());
  }

  @GET
  @Path("/programme-execution.csv")
  @Produces(CSV)
  @Operation(
      operationId = "exportProgrammeExecutionCsv",
      summary = "Export programme plan and execution as UTF-8 CSV, streamed")
  @APIResponse(
      responseCode = "200",
      description = "One row per accepted report",
      headers =
          @Header(
              name = CHANGE_TOKEN,
              description = CHANGE_TOKEN_DESCRIPTION,
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "400", description = "Invalid filter")
  @APIResponse(
      responseCode = "503",
      description = "Too many downloads in progress; retry after the Retry-After seconds")
  public Response executionCsv(
      @Valid @BeanParam ExecutionQuery query, @Context RoutingContext request) {
    ExecutionService.Filter filter = executions.filter(query);
    ChangeWindow window = executions.window(filter);
    return download(
        "programme-execution.csv",
        ExecutionRow.class,
        window,
        request,
        sink -> executions.forEachRow(filter, window, sink));
  }

  @GET
  @Path("/datapackage.json")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getExportDataPackage",
      summary = "The Frictionless data package describing the CSV exports")
  @APIResponse(
      responseCode = "200",
      description =
          "datapackage.json with the Table Schemas of observations.csv and"
              + " programme-execution.csv")
  public DataPackage dataPackage() {
    return DataPackage.DESCRIPTOR;
  }

  /**
   * Streams the rows of the pull {@code window} that {@code rows} hands its sink as a CSV download
   * of {@code type}'s columns, in a download slot freed when the response ends however it ends:
   * completed, failed, or the client went away (at once if it went away before this ran, when the
   * end handlers have already run).
   */
  private <T> Response download(
      String filename,
      Class<T> type,
      ChangeWindow window,
      RoutingContext request,
      Consumer<Consumer<T>> rows) {
    Slots.Slot slot = downloads.take();
    request.addEndHandler(ended -> slot.close());
    if (request.response().ended() || request.response().closed()) {
      slot.close();
    }
    CsvSchema schema = CSV_MAPPER.schemaFor(type).withHeader();
    StreamingOutput body =
        output -> {
          // Not closed when the export fails: closing would end the response as if complete.
          SequenceWriter writer = CSV_MAPPER.writer(schema).writeValues(output);
          rows.accept(row -> write(writer, row));
          writer.close();
        };
    return Response.ok(body, CSV)
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .header(CHANGE_TOKEN, window.upTo().encode())
        .build();
  }

  private static void write(SequenceWriter writer, Object row) {
    try {
      writer.write(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ExportService.Filter filter(ExportQuery query) {
    return service.filter(
        query.jurisdiction,
        ExportStatus.valueOf(query.status),
        Optional.ofNullable(query.period),
        Optional.ofNullable(query.region),
        Optional.ofNullable(query.indicator),
        Optional.ofNullable(query.updatedSince),
        Optional.ofNullable(query.changedSince));
  }

  private static CsvMapper csvMapper() {
    CsvMapper mapper = new CsvMapper();
    mapper.registerModule(new JavaTimeModule());
    mapper.registerModule(
        new com.fasterxml.jackson.databind.module.SimpleModule()
            .addSerializer(String.class, new SpreadsheetSafeText()));
    mapper.disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    // RFC 4180 quoting, the same for every column: a value is quoted exactly when it holds the
    // separator, a quote or a line break, where the default also quoted some values that do not.
    mapper.enable(
        com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
    // A failed export must not end the response cleanly: the stream is closed by the server only.
    mapper.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return mapper;
  }
}
