package io.dtmonitor.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the consumers: DOWN when the loop of one has stopped while the service runs (it
 * restarts itself after failures, so a stopped loop consumes nothing until the service restarts). A
 * broker outage does not stop a loop: lag ({@code dtm_inbox_lag}) shows that instead.
 */
@Readiness
@ApplicationScoped
public class InboxConsumersReadiness implements HealthCheck {

  private final InboxConsumers consumers;

  public InboxConsumersReadiness(InboxConsumers consumers) {
    this.consumers = consumers;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("inbox-consumers");
    boolean allPolling = true;
    for (var consumer : consumers.polling().entrySet()) {
      response.withData(consumer.getKey(), consumer.getValue() ? "polling" : "stopped");
      allPolling &= consumer.getValue();
    }
    return response.status(allPolling).build();
  }
}
