package io.dtmonitor.indicator.export;

import io.dtmonitor.platform.http.Slots;
import io.dtmonitor.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The bound on CSV downloads streaming at once ({@link ExportConfig#maxConcurrentDownloads}). A
 * download over the bound is refused at once with a 503 and Retry-After rather than queued, so a
 * client never waits on a connection it cannot see.
 */
@ApplicationScoped
public class DownloadSlots {

  private final Slots slots;

  public DownloadSlots(ExportConfig config) {
    this.slots = new Slots(config.maxConcurrentDownloads());
  }

  /** A free slot, or a 503 problem when every slot is taken. */
  public Slots.Slot take() {
    return slots
        .tryTake()
        .orElseThrow(
            () ->
                ProblemException.unavailable(
                    "Too many CSV downloads are in progress; retry shortly, or page through the"
                        + " JSON export"));
  }
}
