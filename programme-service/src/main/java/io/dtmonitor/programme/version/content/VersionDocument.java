package io.dtmonitor.programme.version.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
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
    @Size(max = MAX_LINES) List<@NotNull @Valid BudgetLineDocument> lines,
    @Schema(
            description =
                "Names the version uses, linked to organisations by id; other names are matched"
                    + " with the region's organisations by name")
        @Size(max = MAX_LINKS)
        List<@NotNull @Valid OrganisationLink> organisationLinks) {

  /** The most directions, measures and budget lines one version may hold. */
  public static final int MAX_DIRECTIONS = 99;

  public static final int MAX_MEASURES = 1000;
  public static final int MAX_LINES = 20000;
  public static final int MAX_LINKS = 1000;

  /** The most distinct names of bodies (initiator, developer, executors) one version may use. */
  public static final int MAX_NAMES = 1000;

  public VersionDocument {
    // A list left out of a request is empty, and is written back as [] (never null), as the
    // published schema promises.
    directions = directions == null ? List.of() : directions;
    measures = measures == null ? List.of() : measures;
    lines = lines == null ? List.of() : lines;
    organisationLinks = organisationLinks == null ? List.of() : organisationLinks;
  }

  /**
   * Each name of a body the version uses, as written, with where it is used ({@code initiator},
   * {@code developer}, {@code responsibleExecutor}, {@code measure:3.1}), in order of first use.
   */
  public Map<String, List<String>> bodiesNamed() {
    Map<String, List<String>> named = new LinkedHashMap<>();
    BiConsumer<String, String> use =
        (name, where) -> {
          if (name != null && !name.isBlank()) {
            List<String> uses = named.computeIfAbsent(name.strip(), key -> new ArrayList<>());
            if (!uses.contains(where)) {
              uses.add(where);
            }
          }
        };
    use.accept(passport.initiator(), "initiator");
    use.accept(passport.developer(), "developer");
    passport.responsibleExecutors().forEach(name -> use.accept(name, "responsibleExecutor"));
    measures.forEach(
        measure ->
            measure
                .responsibleExecutors()
                .forEach(name -> use.accept(name, "measure:" + measure.code())));
    return named;
  }

  public static final String FORMAT = "dtm.programme-version/1";
  private static final String FORMAT_PATTERN = "dtm\\.programme-version/1";
}
