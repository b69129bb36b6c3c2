package io.dtmonitor.platform.inbox;

import io.dtmonitor.platform.events.KafkaClients;
import io.dtmonitor.platform.events.MessagingConfig;
import io.dtmonitor.platform.events.TopicProvisioner;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
  private final MeterRegistry registry;
  private final List<InboxConsumerLoop> loops = new CopyOnWriteArrayList<>();
  private volatile boolean stopping;
  private ExecutorService executor;

  public InboxConsumers(
      Instance<IncomingEventHandler> handlers,
      InboxProcessor processor,
      KafkaClients clients,
      TopicProvisioner topics,
      MessagingConfig config,
      MeterRegistry registry) {
    this.handlers = handlers;
    this.processor = processor;
    this.clients = clients;
    this.topics = topics;
    this.config = config;
    this.registry = registry;
  }

  /**
   * Each consumer and whether its loop runs; a loop counts as running until the service stops, as
   * it restarts itself after any failure it can survive.
   */
  public Map<String, Boolean> polling() {
    Map<String, Boolean> polling = new TreeMap<>();
    loops.forEach(loop -> polling.put(loop.consumer(), stopping || loop.polling()));
    return polling;
  }

  void start(@Observes StartupEvent event) {
    if (!config.inbox().enabled() || handlers.isUnsatisfied()) {
      return;
    }
    handlers.forEach(
        handler ->
            loops.add(
                new InboxConsumerLoop(
                    handler, processor, clients, topics, config.inbox(), registry)));
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
    stopping = true;
    loops.forEach(InboxConsumerLoop::stop);
    executor.shutdown();
    if (!executor.awaitTermination(20, TimeUnit.SECONDS)) {
      executor.shutdownNow();
    }
  }
}
