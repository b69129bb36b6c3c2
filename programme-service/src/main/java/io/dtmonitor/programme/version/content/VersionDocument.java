package io.dtmonitor.programme.version.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole programme version in the import and export format: passport, stated totals, directions,
 * measures and budget lines. A CDTO integration posts one to create or replace a draft; an export
 * returns the same shape.
 */
@Schema(
    name = "VersionDocument",
    description =
        "A whole programme version: the import and export format (dtm.programme-version/1)")
public record VersionDocument(
    @Schema(required = true, example = FORMAT)
        @NotNull
        @Pattern(regexp = FORMAT_PATTERN, message = "must be " + FORMAT)
        String format,
    @Schema(required = true) @NotNull @Valid PassportDocument passport,
    @Schema(required = true) @NotNull @Valid StatedTotals statedTotals,
    @Size(max = MAX_DIRECTIONS) List<@NotNull @Valid DirectionDocument> directions,
    @Size(max = MAX_MEASURES) List<@NotNull @Valid MeasureDocument> measures,
    @Size(max = MAX_LINES) List<@NotNull @Valid BudgetLineDocument> lines) {

  /** The most directions, measures and budget lines one version may hold. */
  public static final int MAX_DIRECTIONS = 99;

  public static final int MAX_MEASURES = 1000;
  public static final int MAX_LINES = 20000;

  public VersionDocument {
    // A list left out of a request is empty, and is written back as [] (never null), as the
    // published schema promises.
    directions = directions == null ? List.of() : directions;
    measures = measures == null ? List.of() : measures;
    lines = lines == null ? List.of() : lines;
  }

  public static final String FORMAT = "dtm.programme-version/1";
  private static final String FORMAT_PATTERN = "dtm\\.programme-version/1";
}
