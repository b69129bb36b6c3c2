package io.dtmonitor.programme.programme;

import java.util.List;
import java.util.Optional;

/**
 * Which programmes a list request asks for, and which drafts the caller may see.
 *
 * @param title text the titles must contain, in {@link io.dtmonitor.platform.text.Texts#searchable}
 *     form
 * @param allDrafts the caller sees drafts of every region (ministry, unscoped reviewer)
 * @param draftRegions otherwise, the regions whose drafts the caller sees
 */
public record ProgrammeFilter(
    Optional<String> region,
    Optional<ProgrammeStatus> status,
    Optional<Integer> year,
    Optional<String> title,
    boolean allDrafts,
    List<String> draftRegions) {}
