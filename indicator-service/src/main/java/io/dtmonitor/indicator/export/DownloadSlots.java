package io.dtmonitor.indicator.export;

import io.dtmonitor.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The bound on CSV downloads streaming at once ({@link ExportConfig#maxConcurrentDownloads}). A
 * download over the bound is refused at once with a 503 and Retry-After rather than queued, so a
 * client never waits on a connection it cannot see.
 */
@ApplicationScoped
public class DownloadSlots {

  private final Semaphore slots;

  public DownloadSlots(ExportConfig config) {
    this.slots = new Semaphore(config.maxConcurrentDownloads());
  }

  /** A free slot, or a 503 problem when every slot is taken. */
  public Slot take() {
    if (!slots.tryAcquire()) {
      throw ProblemException.unavailable(
          "Too many CSV downloads are in progress; retry shortly, or page through the JSON export");
    }
    return new Slot();
  }

  /** A taken slot; closing it frees the slot, once however often it is closed. */
  public final class Slot implements AutoCloseable {

    private final AtomicBoolean open = new AtomicBoolean(true);

    private Slot() {}

    @Override
    public void close() {
      if (open.compareAndSet(true, false)) {
        slots.release();
      }
    }
  }
}
