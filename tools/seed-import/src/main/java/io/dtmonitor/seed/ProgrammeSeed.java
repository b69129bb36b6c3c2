package io.dtmonitor.seed;

import io.dtmonitor.client.programme.model.CreateProgrammeRequest;
import io.dtmonitor.client.programme.model.VersionDocument;
import io.dtmonitor.client.reporting.model.ReportingScheduleRequest;
import java.util.List;

/**
 * One programme directory of {@code data/programmes}: how the programme is registered, its versions
 * in order with their adoptions, and its reporting schedule when the source states one.
 */
record ProgrammeSeed(
    String directory,
    CreateProgrammeRequest registration,
    List<VersionSeed> versions,
    ReportingScheduleRequest schedule) {

  /** A version document and the decision that adopted it. */
  record VersionSeed(int number, String file, VersionDocument document, Adoption adoption) {}
}
