package io.dtmonitor.platform.changes;

import java.util.List;
import java.util.Optional;

/**
 * The rows one pull returns: those written by transactions that had committed when the pull began
 * ({@code upTo}) and had not when the previous pull began ({@code since}; every committed one when
 * there was none). Consecutive pulls, each sent the previous one's {@code upTo}, together return
 * every committed write exactly once. Rows carry the id of the transaction that last wrote them in
 * an {@code xid8} column; the SQL conditions below read it.
 *
 * <p>Each page or chunk of a pull runs in a transaction of its own and sees rows committed since
 * the pull began; the conditions keep them out, so they come with the next pull instead.
 */
public record ChangeWindow(Optional<ChangeToken> since, ChangeToken upTo) {

  private static final String SEPARATOR = "/";
  private static final String KEY_SEPARATOR = "~";
  private static final String PAGE_TOKEN = "pageToken";

  /**
   * Where a page of a pull starts: the pull's window, and the sort key of the last row handed out
   * before it (none on the pull's first page).
   */
  public record Cursor(ChangeWindow window, Optional<String> after) {

    /**
     * The page token of the page after the row whose sort key is {@code key} (without {@code ~}).
     */
    public String next(String key) {
      return window.encode() + KEY_SEPARATOR + key;
    }

    /** Reads back {@link #next}; a {@link RuntimeException} when this service did not encode it. */
    static Cursor decode(String encoded) {
      int separator = encoded.indexOf(KEY_SEPARATOR);
      return new Cursor(
          ChangeWindow.decode(encoded.substring(0, separator)),
          Optional.of(encoded.substring(separator + 1)));
    }
  }

  /** Whether a write by transaction {@code transaction} belongs to this pull. */
  public boolean contains(long transaction) {
    return committedBy(upTo, transaction)
        && since.map(s -> !committedBy(s, transaction)).orElse(true);
  }

  /**
   * The SQL condition that the write recorded in {@code column} belongs to this pull; its values
   * are appended to {@code parameters}, which are bound by position ({@code ?n}).
   */
  public String sqlContains(String column, List<Object> parameters) {
    String committed = committed(column, upTo, parameters);
    return since
        .map(s -> "(" + committed + " and not " + committed(column, s, parameters) + ")")
        .orElse(committed);
  }

  /**
   * The SQL condition that the write recorded in {@code column} had committed when this pull began,
   * whether in this pull or an earlier one.
   */
  public String sqlCommitted(String column, List<Object> parameters) {
    return committed(column, upTo, parameters);
  }

  /**
   * The SQL condition that the later write recorded in {@code column} (null when there is none)
   * does not belong to this pull or any before it, so the row it replaces is still current here.
   */
  public String sqlNotYetWritten(String column, List<Object> parameters) {
    return "(%s is null or not %s)".formatted(column, committed(column, upTo, parameters));
  }

  private String encode() {
    return since.map(ChangeToken::encode).orElse("") + SEPARATOR + upTo.encode();
  }

  private static ChangeWindow decode(String encoded) {
    int separator = encoded.indexOf(SEPARATOR);
    String since = encoded.substring(0, separator);
    return new ChangeWindow(
        since.isEmpty() ? Optional.empty() : Optional.of(ChangeToken.decode(PAGE_TOKEN, since)),
        ChangeToken.decode(PAGE_TOKEN, encoded.substring(separator + 1)));
  }

  private static boolean committedBy(ChangeToken token, long transaction) {
    return transaction < token.horizon() && !token.inFlight().contains(transaction);
  }

  private static String committed(String column, ChangeToken token, List<Object> parameters) {
    parameters.add(Long.toString(token.horizon()));
    int horizon = parameters.size();
    parameters.add(token.inFlightArray());
    int inFlight = parameters.size();
    return "(%1$s < cast(?%2$d as xid8) and %1$s <> all(cast(?%3$d as xid8[])))"
        .formatted(column, horizon, inFlight);
  }
}
