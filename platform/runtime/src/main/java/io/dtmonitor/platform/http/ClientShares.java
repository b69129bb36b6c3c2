package io.dtmonitor.platform.http;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Each client's share of the admission slots: at most {@code share} requests of one client are held
 * at once, so one client (a runaway integration, a script that stalls its downloads) cannot take
 * every slot of the service while others wait. Taken without waiting, like {@link Slots}.
 */
final class ClientShares {

  private final int share;
  private final ConcurrentHashMap<String, Integer> held = new ConcurrentHashMap<>();

  ClientShares(int share) {
    this.share = share;
  }

  int share() {
    return share;
  }

  /** A place in {@code client}'s share, or empty when the client holds its whole share. */
  Optional<Share> tryTake(String client) {
    AtomicBoolean taken = new AtomicBoolean();
    held.compute(
        client,
        (key, count) -> {
          int current = count == null ? 0 : count;
          if (current >= share) {
            return count;
          }
          taken.set(true);
          return current + 1;
        });
    return taken.get() ? Optional.of(new Share(client)) : Optional.empty();
  }

  /** Clients that hold at least one request now. */
  int clients() {
    return held.size();
  }

  /** A taken place; closing it gives it back, once however often it is closed. */
  final class Share implements AutoCloseable {

    private final String client;
    private final AtomicBoolean open = new AtomicBoolean(true);

    private Share(String client) {
      this.client = client;
    }

    @Override
    public void close() {
      if (open.compareAndSet(true, false)) {
        held.computeIfPresent(client, (key, count) -> count <= 1 ? null : count - 1);
      }
    }
  }
}
