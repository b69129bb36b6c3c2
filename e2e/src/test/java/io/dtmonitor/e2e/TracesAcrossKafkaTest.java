package io.dtmonitor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dtmonitor.client.programme.ApiClient;
import io.dtmonitor.client.programme.api.ProgrammeVersionsApi;
import io.dtmonitor.client.programme.api.ProgrammesApi;
import io.dtmonitor.client.programme.model.ProgrammeVersion;
import io.dtmonitor.e2e.TraceCollector.ReceivedSpan;
import io.dtmonitor.seed.Actor;
import io.dtmonitor.seed.ServiceClients;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One trace follows a write through the pipeline: the adoption request that a client sends in its
 * own trace ({@code traceparent}) is a span of programme-service, the relay publishes its event in
 * a child span, and reporting-service and indicator-service each apply that event in a span whose
 * parent is the publishing span, carried by the CloudEvent. The spans are read from what the
 * services exported over OTLP to {@link TraceCollector}.
 */
class TracesAcrossKafkaTest {

  private static final String TOPIC = "dtm.programme.events.v1";
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final ServiceClients clients = SeededSuite.clients();

  @Test
  void anAdoptionIsOneTraceFromTheRequestToEveryConsumer() throws Exception {
    RunningSuite.get();
    Random random = new Random();
    String traceId = hex(random, 16);
    String clientSpanId = hex(random, 8);

    String title = "Трасування " + UUID.randomUUID().toString().substring(0, 8);
    UUID programme =
        new ProgrammesApi(clients.programme(Actor.POLTAVA_CDTO))
            .registerProgramme(AdoptedProgrammes.registration(title), UUID.randomUUID().toString())
            .getId();
    ProgrammeVersionsApi versions = new ProgrammeVersionsApi(clients.programme(Actor.POLTAVA_CDTO));
    ProgrammeVersion draft =
        versions.importDraftVersion(programme, AdoptedProgrammes.document(title), null);
    ApiClient traced = clients.programme(Actor.POLTAVA_CDTO);
    var bearer = traced.getRequestInterceptor();
    traced.setRequestInterceptor(
        request -> {
          bearer.accept(request);
          request.header("traceparent", "00-" + traceId + "-" + clientSpanId + "-01");
        });
    new ProgrammeVersionsApi(traced)
        .adoptVersion(
            1,
            programme,
            ServiceClients.etag(draft.getVersion()),
            AdoptedProgrammes.adoption(LocalDate.of(2025, 1, 1)));

    TraceCollector collector = TraceCollector.shared();
    List<ReceivedSpan> trace =
        awaitTrace(
            collector,
            traceId,
            // Each service exports its spans in its own batches: wait for every part of the chain.
            spans ->
                spans.stream()
                        .anyMatch(
                            span ->
                                span.service().equals("programme-service")
                                    && span.kind().equals("SPAN_KIND_SERVER"))
                    && spans.stream().anyMatch(span -> span.name().equals(TOPIC + " publish"))
                    && consumerOf(spans, "reporting-service").isPresent()
                    && consumerOf(spans, "indicator-service").isPresent());

    ReceivedSpan request =
        only(
            trace,
            span ->
                span.service().equals("programme-service")
                    && span.kind().equals("SPAN_KIND_SERVER"));
    assertEquals(clientSpanId, request.parentSpanId(), "the request continues the client's trace");
    List<ReceivedSpan> publications =
        trace.stream()
            .filter(span -> span.name().equals(TOPIC + " publish"))
            .filter(span -> span.parentSpanId().equals(request.spanId()))
            .toList();
    assertEquals(
        List.of("programme-service"),
        publications.stream().map(ReceivedSpan::service).distinct().toList(),
        "the relay published the request's events in its trace: " + trace);
    for (String consumer : List.of("reporting-service", "indicator-service")) {
      ReceivedSpan applied = consumerOf(trace, consumer).orElseThrow();
      assertEquals("SPAN_KIND_CONSUMER", applied.kind());
      assertEquals(
          1,
          publications.stream().filter(p -> p.spanId().equals(applied.parentSpanId())).count(),
          consumer + " applied the event as a child of its publication: " + trace);
    }
  }

  private static Optional<ReceivedSpan> consumerOf(List<ReceivedSpan> spans, String service) {
    return spans.stream()
        .filter(span -> span.service().equals(service))
        .filter(span -> span.name().equals(TOPIC + " process"))
        .findFirst();
  }

  private static ReceivedSpan only(
      List<ReceivedSpan> spans, java.util.function.Predicate<ReceivedSpan> which) {
    List<ReceivedSpan> matching = spans.stream().filter(which).toList();
    assertEquals(1, matching.size(), "one such span in " + spans);
    return matching.get(0);
  }

  private static List<ReceivedSpan> awaitTrace(
      TraceCollector collector,
      String traceId,
      java.util.function.Predicate<List<ReceivedSpan>> complete) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      List<ReceivedSpan> spans = collector.trace(traceId);
      if (complete.test(spans)) {
        return spans;
      }
      RunningSuite.sleep(Duration.ofMillis(200));
    }
    throw new AssertionError(
        "the trace did not reach the request, its publication and both consumers within "
            + PATIENCE
            + ": "
            + collector.trace(traceId));
  }

  private static String hex(Random random, int bytes) {
    byte[] id = new byte[bytes];
    random.nextBytes(id);
    id[0] |= 1;
    return HexFormat.of().formatHex(id);
  }
}
