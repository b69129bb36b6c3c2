package io.dtmonitor.platform.inbox;

import io.dtmonitor.platform.events.KafkaClients;
import io.dtmonitor.platform.events.MessagingConfig;
import io.dtmonitor.platform.events.TopicProvisioner;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Starts one managed consumer loop per {@link IncomingEventHandler} bean at start-up and stops them
 * cleanly at shutdown.
 */
@ApplicationScoped
public class InboxConsumers {

  private final Instance<IncomingEventHandler> handlers;
  private final InboxProcessor processor;
  private final KafkaClients clients;
  private final TopicProvisioner topics;
  private final MessagingConfig config;
  private final List<InboxConsumerLoop> loops = new ArrayList<>();
  private ExecutorService executor;

  public InboxConsumers(
      Instance<IncomingEventHandler> handlers,
      InboxProcessor processor,
      KafkaClients clients,
      TopicProvisioner topics,
      MessagingConfig config) {
    this.handlers = handlers;
    this.processor = processor;
    this.clients = clients;
    this.topics = topics;
    this.config = config;
  }

  void start(@Observes StartupEvent event) {
    if (!config.inbox().enabled() || handlers.isUnsatisfied()) {
      return;
    }
    handlers.forEach(
        handler ->
            loops.add(new InboxConsumerLoop(handler, processor, clients, topics, config.inbox())));
    executor =
        Executors.newFixedThreadPool(
            loops.size(),
            runnable -> {
              Thread thread = new Thread(runnable, "inbox-consumer");
              thread.setDaemon(true);
              return thread;
            });
    loops.forEach(executor::submit);
  }

  void stop(@Observes ShutdownEvent event) throws InterruptedException {
    if (executor == null) {
      return;
    }
    loops.forEach(InboxConsumerLoop::stop);
    executor.shutdown();
    if (!executor.awaitTermination(20, TimeUnit.SECONDS)) {
      executor.shutdownNow();
    }
  }
}
