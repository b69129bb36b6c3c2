package io.dtmonitor.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds on the HTTP work a service accepts at once. */
@ConfigMapping(prefix = "dtm.http")
public interface HttpLimitsConfig {

  /**
   * Application requests a service holds at once, from arrival until the response ends or the
   * connection closes; requests over it get a 503 with Retry-After. Health, metrics and the OpenAPI
   * document are not counted, so probes keep answering under overload.
   */
  @WithDefault("128")
  int maxInFlight();
}
