package io.dtmonitor.reporting.report.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "UpdateReportLinesRequest",
    description = "Values for some or all lines of a draft report")
public record UpdateLinesRequest(
    @NotEmpty @Size(max = 1000) List<@NotNull @Valid LineUpdate> lines) {}
