package io.dtmonitor.platform.changes;

import io.dtmonitor.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where an incremental pull stopped: the database's snapshot when the pull began, as the first
 * transaction id not yet started ({@code horizon}) and the ids of the transactions still running
 * then ({@code inFlight}). Every row a pull returned was written by a transaction below the horizon
 * and not in flight; every other row's transaction commits later, so the next pull, sent this
 * token, returns it whatever time the row says it was recorded at.
 *
 * <p>Clients hold it as an opaque string; its form may change between versions of the service, so
 * it is only ever read back by the service that handed it out.
 */
public record ChangeToken(long horizon, List<Long> inFlight) {

  /** The query parameter a pull takes the previous pull's token in. */
  public static final String PARAMETER = "changedSince";

  private static final String PREFIX = "c1:";

  public ChangeToken {
    inFlight = List.copyOf(inFlight);
  }

  /** The form clients send back. */
  public String encode() {
    String text =
        PREFIX
            + horizon
            + ":"
            + inFlight.stream().map(String::valueOf).collect(Collectors.joining(","));
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The token of the {@link #PARAMETER} query parameter, absent when it is not sent or blank (as
   * page tokens); see {@link #decode}.
   */
  public static Optional<ChangeToken> ofParameter(String value) {
    return Optional.ofNullable(value)
        .filter(token -> !token.isBlank())
        .map(token -> decode(PARAMETER, token));
  }

  /**
   * Reads back a token this service handed out; anything else is a 400 naming {@code parameter}
   * that says where a valid one comes from.
   */
  public static ChangeToken decode(String parameter, String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (text.startsWith(PREFIX)) {
        String[] parts = text.substring(PREFIX.length()).split(":", -1);
        if (parts.length == 2) {
          long horizon = Long.parseLong(parts[0]);
          List<Long> inFlight =
              parts[1].isEmpty()
                  ? List.of()
                  : Arrays.stream(parts[1].split(",")).map(Long::valueOf).toList();
          if (horizon > 0 && inFlight.stream().allMatch(id -> id > 0 && id < horizon)) {
            return new ChangeToken(horizon, inFlight);
          }
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the problem below: the token was not handed out by this service
    }
    throw ProblemException.invalid(
        parameter,
        "is not a change token handed out by this service: send the changeToken of the previous"
            + " pull's answer (or its DTM-Change-Token header), or leave it out to pull everything");
  }

  /** The in-flight ids as a PostgreSQL array literal. */
  String inFlightArray() {
    return inFlight.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
  }
}
