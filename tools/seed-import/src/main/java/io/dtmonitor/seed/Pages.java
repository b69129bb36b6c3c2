package io.dtmonitor.seed;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** Walks the pages of a cursor-paged collection of the API, as far as it must. */
final class Pages {

  private Pages() {}

  /** Fetches the page that starts at a page token (null for the first page). */
  @FunctionalInterface
  interface Fetch<P, E extends Exception> {
    P page(String pageToken) throws E;
  }

  /** The first item that {@code wanted} accepts, reading page after page until one does. */
  static <P, T, E extends Exception> Optional<T> first(
      Fetch<P, E> fetch,
      Function<P, List<T>> items,
      Function<P, String> nextPageToken,
      Predicate<T> wanted)
      throws E {
    String pageToken = null;
    do {
      P page = fetch.page(pageToken);
      Optional<T> match = items.apply(page).stream().filter(wanted).findFirst();
      if (match.isPresent()) {
        return match;
      }
      pageToken = nextPageToken.apply(page);
    } while (pageToken != null);
    return Optional.empty();
  }
}
