package io.dtmonitor.platform.changes;

import io.dtmonitor.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads the database's current snapshot as the change token a pull that begins now hands out. */
@ApplicationScoped
public class ChangeSnapshots {

  private final EntityManager entityManager;

  public ChangeSnapshots(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** The token of the current snapshot; call it inside a transaction. */
  public ChangeToken current() {
    Object[] snapshot =
        (Object[])
            entityManager
                .createNativeQuery(
                    """
                    select cast(pg_snapshot_xmax(s) as text),
                           array_to_string(array(select pg_snapshot_xip(s) order by 1), ',')
                      from pg_current_snapshot() s
                    """)
                .getSingleResult();
    String inFlight = (String) snapshot[1];
    List<Long> running =
        inFlight.isEmpty()
            ? List.of()
            : Arrays.stream(inFlight.split(",")).map(Long::valueOf).toList();
    return new ChangeToken(Long.parseLong((String) snapshot[0]), running);
  }

  /** The window of a pull that begins now, after the pull that handed out {@code since}. */
  public ChangeWindow windowSince(Optional<ChangeToken> since) {
    return new ChangeWindow(since, current());
  }

  /**
   * Where the page {@code page} asks for starts: after the cursor its token carries, or, on the
   * first page, at the start of a pull that begins now after the pull that handed out {@code
   * since}. A token this service did not hand out is a 400 naming {@code pageToken}.
   */
  public ChangeWindow.Cursor cursor(PageRequest page, Optional<ChangeToken> since) {
    return page.after(ChangeWindow.Cursor::decode)
        .orElseGet(() -> new ChangeWindow.Cursor(windowSince(since), Optional.empty()));
  }
}
