package io.dtmonitor.seed;

import io.dtmonitor.client.programme.ApiException;
import io.dtmonitor.client.programme.api.ProgrammesApi;
import io.dtmonitor.client.programme.model.Programme;
import io.dtmonitor.client.programme.model.ProgrammePage;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds a region's programme by walking the pages of the programmes whose title contains a text
 * (the list's {@code title} filter), to the first that {@code wanted} accepts.
 */
public final class ProgrammeLookup {

  private ProgrammeLookup() {}

  public static Optional<Programme> find(
      ProgrammesApi programmes, String region, String titlePart, Predicate<Programme> wanted)
      throws ApiException {
    return Pages.first(
        pageToken -> programmes.listProgrammes(100, pageToken, region, null, titlePart, null),
        ProgrammePage::getItems,
        ProgrammePage::getNextPageToken,
        wanted);
  }
}
