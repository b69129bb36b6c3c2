package io.dtmonitor.seed;

import io.dtmonitor.client.programme.ApiException;
import io.dtmonitor.client.programme.api.ProgrammesApi;
import io.dtmonitor.client.programme.model.Programme;
import io.dtmonitor.client.programme.model.ProgrammePage;
import java.util.Optional;
import java.util.function.Predicate;

/** Finds a region's programme by walking every page of the programme list. */
public final class ProgrammeLookup {

  private ProgrammeLookup() {}

  public static Optional<Programme> find(
      ProgrammesApi programmes, String region, Predicate<Programme> wanted) throws ApiException {
    String pageToken = null;
    do {
      ProgrammePage page = programmes.listProgrammes(100, pageToken, region, null, null);
      Optional<Programme> match = page.getItems().stream().filter(wanted).findFirst();
      if (match.isPresent()) {
        return match;
      }
      pageToken = page.getNextPageToken();
    } while (pageToken != null);
    return Optional.empty();
  }
}
