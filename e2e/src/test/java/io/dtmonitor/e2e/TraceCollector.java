package io.dtmonitor.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * An OTLP/HTTP trace receiver in the test JVM, as an OpenTelemetry Collector would be in a cluster:
 * the services export their spans to it ({@code DTM_OTLP_ENDPOINT}, protocol {@code http/protobuf})
 * and it keeps them in memory for tests to read, with the {@code service.name} of the service that
 * sent each.
 */
final class TraceCollector {

  /** One received span; ids in lower-case hex, the parent empty for a root. */
  record ReceivedSpan(
      String service,
      String traceId,
      String spanId,
      String parentSpanId,
      String name,
      String kind) {}

  private static TraceCollector shared;

  private final HttpServer server;
  private final ConcurrentLinkedQueue<ReceivedSpan> spans = new ConcurrentLinkedQueue<>();

  private TraceCollector(HttpServer server) {
    this.server = server;
  }

  /** The collector of the shared suite, started on first use. */
  static synchronized TraceCollector shared() {
    if (shared == null) {
      try {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        shared = new TraceCollector(server);
        server.createContext("/v1/traces", shared::receive);
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.start();
      } catch (IOException e) {
        throw new IllegalStateException("The trace collector could not start", e);
      }
    }
    return shared;
  }

  /** What a service needs to export its traces here, every one of them. */
  Map<String, String> serviceEnvironment() {
    return Map.of(
        "DTM_TRACE_RATIO", "1",
        "DTM_OTLP_ENDPOINT", "http://127.0.0.1:" + server.getAddress().getPort(),
        "DTM_OTLP_PROTOCOL", "http/protobuf");
  }

  /** The spans of one trace received so far. */
  List<ReceivedSpan> trace(String traceId) {
    return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (InputStream body = exchange.getRequestBody()) {
      ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
      for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
        String service = serviceName(resourceSpans.getResource());
        for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
          for (var span : scopeSpans.getSpansList()) {
            spans.add(
                new ReceivedSpan(
                    service,
                    HexFormat.of().formatHex(span.getTraceId().toByteArray()),
                    HexFormat.of().formatHex(span.getSpanId().toByteArray()),
                    HexFormat.of().formatHex(span.getParentSpanId().toByteArray()),
                    span.getName(),
                    span.getKind().name()));
          }
        }
      }
    }
    byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
    exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
    exchange.sendResponseHeaders(200, answer.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer);
    }
  }

  private static String serviceName(Resource resource) {
    return resource.getAttributesList().stream()
        .filter(attribute -> attribute.getKey().equals("service.name"))
        .map(KeyValue::getValue)
        .map(AnyValue::getStringValue)
        .findFirst()
        .orElse("");
  }
}
