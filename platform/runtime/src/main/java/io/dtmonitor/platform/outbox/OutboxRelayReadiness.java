package io.dtmonitor.platform.outbox;

import io.dtmonitor.platform.events.MessagingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the outbox relay: DOWN once it has failed to publish for longer than {@code
 * dtm.messaging.outbox.unhealthy-after}, with since when and the last failure. Liveness does not
 * depend on it: a broker outage must not get the service restarted.
 */
@Readiness
@ApplicationScoped
public class OutboxRelayReadiness implements HealthCheck {

  private final RelayStatus status;
  private final MessagingConfig config;

  public OutboxRelayReadiness(RelayStatus status, MessagingConfig config) {
    this.status = status;
    this.config = config;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox-relay");
    if (!config.outbox().relayEnabled()) {
      return response.up().withData("relay", "disabled").build();
    }
    status.failingSince().ifPresent(since -> response.withData("failingSince", since.toString()));
    status.lastFailure().ifPresent(failure -> response.withData("lastFailure", failure));
    return response.status(!status.unhealthy()).build();
  }
}
