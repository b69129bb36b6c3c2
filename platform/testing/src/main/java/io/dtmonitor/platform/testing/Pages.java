package io.dtmonitor.platform.testing;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Walks a cursor-paged collection as a client would: asks for the first page, then follows {@code
 * nextPageToken} until it is absent, and checks on the way that every page answered 200 and held no
 * more than the page size asked for.
 */
public final class Pages {

  private Pages() {}

  /**
   * Every item of the collection, in page order.
   *
   * @param pageSize the size each request asked for
   * @param path the JSON path of the values to collect from each page, e.g. {@code items.number}
   * @param page asks for the page after the given token ({@code null} for the first page)
   */
  public static <T> List<T> all(int pageSize, String path, Function<String, Response> page) {
    List<T> collected = new ArrayList<>();
    String token = null;
    do {
      Response answer = page.apply(token);
      answer.then().statusCode(200);
      List<T> shown = answer.path(path);
      if (shown.size() > pageSize) {
        throw new AssertionError(
            "a page of " + pageSize + " held " + shown.size() + ": " + answer.asString());
      }
      collected.addAll(shown);
      token = answer.path("nextPageToken");
    } while (token != null);
    return collected;
  }
}
