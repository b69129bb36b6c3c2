package io.dtmonitor.programme.programme.api;

import io.dtmonitor.programme.programme.ProgrammeStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Programme", description = "A programme's passport and state")
public record ProgrammeResponse(
    @Schema(example = "0b9e5a1c-3f4e-4c43-9d2a-3e0f8a6f2c11") UUID id,
    @Schema(example = "UA-53") String regionCode,
    @Schema(example = "Цифрова Полтавщина на 2021-2023 роки") String titleUk,
    @Schema(example = "Digital Poltava Region 2021-2023", nullable = true) String titleEn,
    @Schema(example = "2021") int firstYear,
    @Schema(example = "2023") int lastYear,
    @Schema(nullable = true) String legalBasis,
    @Schema(nullable = true) String initiator,
    @Schema(maxItems = PassportFields.MAX_EXECUTORS) List<String> responsibleExecutors,
    @Schema(nullable = true) String strategicGoalRef,
    @Schema(example = "UAH") String currency,
    ProgrammeStatus status,
    @Schema(description = "Version for optimistic concurrency; also the ETag", example = "1")
        long version,
    Instant createdAt,
    Instant updatedAt) {}
