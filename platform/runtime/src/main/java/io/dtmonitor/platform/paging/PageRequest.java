package io.dtmonitor.platform.paging;

import io.dtmonitor.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keyset (cursor) paging. A page token is an opaque encoding of the sort key of the last item
 * returned; the next page holds the items whose key sorts after it, so pages stay stable while rows
 * are inserted.
 *
 * @param pageSize how many items a page holds, 1 to {@link #MAX_PAGE_SIZE} unless the collection
 *     allows larger pages
 * @param afterKey the sort key the page starts after, empty for the first page
 */
public record PageRequest(int pageSize, Optional<String> afterKey) {

  public static final int DEFAULT_PAGE_SIZE = 20;
  public static final int MAX_PAGE_SIZE = 100;
  private static final String TOKEN_PREFIX = "k1:";

  /** Validates the two query parameters; a bad value is a 400 naming the parameter. */
  public static PageRequest of(Integer pageSize, String pageToken) {
    return of(pageSize, pageToken, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  }

  /**
   * Validates the two query parameters of a collection whose pages are larger than the default,
   * with {@code defaultSize} when the size is not given; a bad value is a 400 naming the parameter.
   */
  public static PageRequest of(Integer pageSize, String pageToken, int defaultSize, int maxSize) {
    int size = pageSize == null ? defaultSize : pageSize;
    if (size < 1 || size > maxSize) {
      throw ProblemException.invalid(
          "pageSize", "must be between 1 and " + maxSize + ", was " + size);
    }
    return new PageRequest(size, decode(pageToken));
  }

  /**
   * The key the page starts after, read by {@code parse}; a key that {@code parse} refuses (with an
   * unchecked exception) was not produced by this collection and is a 400 naming {@code pageToken}.
   */
  public <K> Optional<K> after(Function<String, K> parse) {
    try {
      return afterKey.map(parse);
    } catch (ProblemException e) {
      throw e;
    } catch (RuntimeException e) {
      throw invalidToken();
    }
  }

  /** The problem for a token this collection did not hand out. */
  public static ProblemException invalidToken() {
    return ProblemException.invalid("pageToken", "is not a token returned by a previous page");
  }

  /** How many rows a repository should fetch: one more than a page, to know if more follow. */
  public int fetchSize() {
    return pageSize + 1;
  }

  /** Cuts the fetched rows to a page and derives the next token from the last item's key. */
  public <T> Page<T> toPage(List<T> fetched, Function<T, String> sortKey) {
    if (fetched.size() <= pageSize) {
      return new Page<>(List.copyOf(fetched), null);
    }
    List<T> items = new ArrayList<>(fetched.subList(0, pageSize));
    return new Page<>(items, encode(sortKey.apply(items.get(items.size() - 1))));
  }

  private static String encode(String key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((TOKEN_PREFIX + key).getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> decode(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (raw.startsWith(TOKEN_PREFIX)) {
        return Optional.of(raw.substring(TOKEN_PREFIX.length()));
      }
    } catch (IllegalArgumentException e) {
      // falls through to the problem below: the token was not produced by this service
    }
    throw invalidToken();
  }
}
