package io.dtmonitor.platform.http;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A fixed number of slots, taken without waiting: a caller over the bound is refused at once rather
 * than queued, so what a service holds stays bounded however fast requests arrive.
 */
public final class Slots {

  private final Semaphore free;

  public Slots(int count) {
    this.free = new Semaphore(count);
  }

  /** A free slot, or empty when every slot is taken. */
  public Optional<Slot> tryTake() {
    return free.tryAcquire() ? Optional.of(new Slot()) : Optional.empty();
  }

  /** A taken slot; closing it frees the slot, once however often it is closed. */
  public final class Slot implements AutoCloseable {

    private final AtomicBoolean open = new AtomicBoolean(true);

    private Slot() {}

    @Override
    public void close() {
      if (open.compareAndSet(true, false)) {
        free.release();
      }
    }
  }
}
