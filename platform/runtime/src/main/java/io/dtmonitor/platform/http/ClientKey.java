package io.dtmonitor.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.io.IOException;
import java.util.Base64;

/**
 * Who a request comes from, for admission: the subject of its bearer token, or, for a request
 * without one, the address it comes from. The token is read, not verified: admission runs before
 * authentication so that a refusal costs nothing. A client that forges subjects to get more shares
 * gains little: each forged token is a 401 as soon as the request is authenticated, and its slot is
 * free again.
 */
final class ClientKey {

  private static final String BEARER = "Bearer ";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ClientKey() {}

  static String of(HttpServerRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      String subject = subject(authorization.substring(BEARER.length()).trim());
      if (subject != null) {
        return "sub:" + subject;
      }
    }
    SocketAddress address = request.remoteAddress();
    return "address:" + (address == null ? "unknown" : address.hostAddress());
  }

  private static String subject(String token) {
    int first = token.indexOf('.');
    int second = token.indexOf('.', first + 1);
    if (first < 1 || second < 0) {
      return null;
    }
    try {
      JsonNode claims =
          JSON.readTree(Base64.getUrlDecoder().decode(token.substring(first + 1, second)));
      JsonNode subject = claims == null ? null : claims.get("sub");
      return subject != null && subject.isTextual() && !subject.asText().isBlank()
          ? subject.asText()
          : null;
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }
}
