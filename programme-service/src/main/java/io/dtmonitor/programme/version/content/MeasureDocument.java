package io.dtmonitor.programme.version.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Measure", description = "A measure (захід) of a direction")
public record MeasureDocument(
    @Schema(required = true, example = "3.7")
        @NotBlank
        @Pattern(regexp = "[0-9]{1,2}(\\.[0-9]{1,3}){1,2}", message = "must be a code such as 3.7")
        String code,
    @Schema(required = true, example = "3") @NotNull @Min(1) @Max(99) Integer directionNumber,
    @Schema(required = true, example = "Створення обласної платформи електронної взаємодії")
        @NotBlank
        @Size(max = 4000)
        String title,
    @Schema(required = true, example = "2021") @NotNull @Min(2000) @Max(2100) Integer firstYear,
    @Schema(required = true, example = "2023") @NotNull @Min(2000) @Max(2100) Integer lastYear,
    @Size(max = 50) List<@NotBlank @Size(max = 1000) String> responsibleExecutors,
    @Schema(
            description =
                "The source's own wording of the executors cell, when the list was read from one;"
                    + " a list that does not join back into it is a finding",
            nullable = true,
            example =
                "Управління майном Полтавської обласної ради, комунальна установа Полтавської"
                    + " обласної ради з експлуатації адміністративних будівель")
        @Size(max = 4000)
        String responsibleExecutorsText,
    @Schema(
            description = "The source's wording of the funding sources",
            nullable = true,
            example = "Обласний бюджет, інші джерела")
        @Size(max = 2000)
        String fundingSourcesText,
    @Size(max = 4) List<@NotNull FundingSource> fundingSources) {

  public MeasureDocument {
    // A list left out of a request is empty, and is written back as [] (never null), as the
    // published schema promises.
    responsibleExecutors = responsibleExecutors == null ? List.of() : responsibleExecutors;
    fundingSources = fundingSources == null ? List.of() : fundingSources;
  }
}
