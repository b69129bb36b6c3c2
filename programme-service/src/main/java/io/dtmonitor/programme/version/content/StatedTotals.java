package io.dtmonitor.programme.version.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the passport and the budget annex state, to be reconciled with the budget lines. */
@Schema(name = "StatedTotals", description = "Totals as the passport and budget annex state them")
public record StatedTotals(
    @Schema(required = true) @NotNull @Valid Planned total,
    @Size(max = MAX_YEARS) List<@NotNull @Valid StatedYear> byYear,
    @Size(max = MAX_SOURCES) List<@NotNull @Valid StatedSource> bySource) {

  /** The most years and sources stated totals may list. */
  public static final int MAX_YEARS = 20;

  public static final int MAX_SOURCES = 10;

  public StatedTotals {
    // A list left out of a request is empty, and is written back as [] (never null), as the
    // published schema promises.
    byYear = byYear == null ? List.of() : byYear;
    bySource = bySource == null ? List.of() : bySource;
  }
}
