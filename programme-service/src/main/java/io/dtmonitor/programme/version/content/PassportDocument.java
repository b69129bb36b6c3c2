package io.dtmonitor.programme.version.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The passport section of a programme version. */
@Schema(name = "VersionPassport", description = "The passport of a programme version")
public record PassportDocument(
    @Schema(required = true, example = "Цифрова Полтавщина на 2021 – 2023 роки")
        @NotBlank
        @Size(max = 500)
        String titleUk,
    @Schema(example = "Digital Poltava Region 2021-2023", nullable = true) @Size(max = 500)
        String titleEn,
    @Schema(required = true, example = "2021") @NotNull @Min(2000) @Max(2100) Integer firstYear,
    @Schema(required = true, example = "2023") @NotNull @Min(2000) @Max(2100) Integer lastYear,
    @Schema(nullable = true, example = "Закон України «Про Національну програму інформатизації»")
        @Size(max = 10000)
        String legalBasis,
    @Schema(
            nullable = true,
            example = "Управління інфраструктури та цифрової трансформації Полтавської ОДА")
        @Size(max = 1000)
        String initiator,
    @Schema(
            nullable = true,
            example = "Управління інфраструктури та цифрової трансформації Полтавської ОДА")
        @Size(max = 1000)
        String developer,
    @Schema(description = "Responsible executors, one body each") @Size(max = 100)
        List<@NotBlank @Size(max = 1000) String> responsibleExecutors,
    @Schema(nullable = true, example = "3.1. Формування єдиного простору високого рівня життя")
        @Size(max = 1000)
        String strategicGoalRef,
    @Schema(
            description = "The passport's own wording of the budgets it draws on",
            nullable = true,
            example = "Обласний, державний, місцеві бюджети, інші джерела фінансування")
        @Size(max = 2000)
        String fundingSourcesText) {

  public PassportDocument {
    // A list left out of a request is empty, and is written back as [] (never null), as the
    // published schema promises.
    responsibleExecutors = responsibleExecutors == null ? List.of() : responsibleExecutors;
  }
}
