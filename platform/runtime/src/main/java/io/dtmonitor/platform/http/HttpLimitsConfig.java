package io.dtmonitor.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds on the HTTP work a service accepts at once and on what it remembers of it. */
@ConfigMapping(prefix = "dtm.http")
public interface HttpLimitsConfig {

  /**
   * Application requests a service holds at once, from arrival until the response ends or the
   * connection closes; requests over it get a 503 with Retry-After. Health, metrics and the OpenAPI
   * document are not counted, so probes keep answering under overload.
   */
  @WithDefault("128")
  int maxInFlight();

  /**
   * Of {@link #maxInFlight()}, how many requests one client (token subject, or address when it
   * sends no token) holds at once; its requests over it get a 429 with Retry-After.
   */
  @WithDefault("32")
  int maxInFlightPerClient();

  /**
   * How long an {@code Idempotency-Key} is remembered: a retry within it replays the first answer;
   * after it the key is free again and the stored answer is purged, so the table does not grow
   * without end and a leaked key does not replay a response forever.
   */
  @WithDefault("PT24H")
  java.time.Duration idempotencyKeyTtl();
}
