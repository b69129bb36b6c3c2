package io.dtmonitor.platform.http;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Echoes a document with a field of each kind the services' requests use. */
@Path("/probe/bodies")
public class BodyRequests {

  /** How a value is planned. */
  public enum Kind {
    FIXED,
    WITHIN_FUNDING
  }

  /** A line of the document. */
  public record Line(@NotBlank String code, BigDecimal amount, List<String> links) {}

  /** The document. */
  public record Document(
      @NotBlank String titleUk,
      @NotNull Integer firstYear,
      @NotNull BigDecimal amount,
      LocalDate adopted,
      Kind kind,
      boolean urgent,
      @Valid List<@NotNull Line> lines,
      Map<String, @Valid Line> byCode) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Document echo(
      @Valid @NotNull Document request, @QueryParam("limit") @Max(10) Integer limit) {
    return request;
  }
}
