package io.dtmonitor.e2e;

import io.dtmonitor.e2e.FaultInjector.Outage;
import io.dtmonitor.e2e.RunningSuite.Instance;
import io.dtmonitor.e2e.RunningSuite.Service;
import io.dtmonitor.platform.testing.PrometheusMetrics;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Watches the fault stack as an operator's Prometheus would: every second it scrapes each service
 * instance's metrics on its management port and keeps the consumer lag it reports ({@code
 * dtm_inbox_lag_events}, every consumer of the instance's service summed). An instance that does
 * not answer (killed, frozen, restarting) leaves no sample. At the end it also reads readiness.
 */
final class PipelineWatch implements AutoCloseable {

  private static final Duration INTERVAL = Duration.ofSeconds(1);
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  /** One scrape of one instance; {@code at} is System.nanoTime. */
  record Sample(Instance instance, long at, double lag) {}

  private final RunningSuite services;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
  private final Thread thread;
  private volatile boolean watching = true;

  private PipelineWatch(RunningSuite services) {
    this.services = services;
    this.thread = new Thread(this::watch, "pipeline-watch");
    thread.setDaemon(true);
  }

  static PipelineWatch start(RunningSuite services) {
    PipelineWatch watch = new PipelineWatch(services);
    watch.thread.start();
    return watch;
  }

  /** The highest lag any instance of {@code service} reported while {@code outage} lasted. */
  double highestLagDuring(Outage outage, Service service) {
    return samples.stream()
        .filter(sample -> sample.instance().service() == service)
        .filter(sample -> outage.covers(sample.at()))
        .mapToDouble(Sample::lag)
        .max()
        .orElse(Double.NaN);
  }

  /**
   * Scrapes every instance until each is ready and reports no lag, or {@code patience} has passed;
   * returns what the instances that had not settled last reported (empty when all settled).
   */
  Map<Instance, String> awaitSettled(Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      Map<Instance, String> unsettled = new LinkedHashMap<>();
      for (Instance instance : instances()) {
        Sample sample = scrape(instance);
        boolean ready = status(instance, "/q/health/ready") == 200;
        if (sample == null || !ready || sample.lag() != 0) {
          unsettled.put(instance, "ready " + ready + ", " + sample);
        }
      }
      if (unsettled.isEmpty() || System.nanoTime() > deadline) {
        return unsettled;
      }
      RunningSuite.sleep(INTERVAL);
    }
  }

  private void watch() {
    while (watching) {
      for (Instance instance : instances()) {
        Sample sample = scrape(instance);
        if (sample != null) {
          samples.add(sample);
        }
      }
      RunningSuite.sleep(INTERVAL);
    }
  }

  private List<Instance> instances() {
    List<Instance> instances = new ArrayList<>();
    for (Service service : Service.values()) {
      instances.addAll(services.instances(service));
    }
    return instances;
  }

  private Sample scrape(Instance instance) {
    long at = System.nanoTime();
    HttpResponse<String> metrics = get(instance, "/q/metrics");
    if (metrics == null || metrics.statusCode() != 200) {
      return null;
    }
    double lag = PrometheusMetrics.sum(metrics.body(), "dtm_inbox_lag_events", Map.of());
    return new Sample(instance, at, Double.isNaN(lag) ? 0 : lag);
  }

  private int status(Instance instance, String path) {
    HttpResponse<String> response = get(instance, path);
    return response == null ? 0 : response.statusCode();
  }

  /** The answer, or null when the instance did not give one in time. */
  private HttpResponse<String> get(Instance instance, String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(services.managementUri(instance).resolve(path))
              .timeout(TIMEOUT)
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException unanswered) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  @Override
  public void close() throws InterruptedException {
    watching = false;
    thread.join();
  }
}
