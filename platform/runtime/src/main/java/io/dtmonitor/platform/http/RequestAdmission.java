package io.dtmonitor.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtmonitor.platform.problem.Problem;
import io.dtmonitor.platform.problem.ProblemResponses;
import io.dtmonitor.platform.problem.ProblemType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.buffer.Unpooled;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.impl.Http1xServerConnection;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Admission control in front of every service's API: at most {@link HttpLimitsConfig#maxInFlight()}
 * application requests are held at once, from arrival until their response has been written (or
 * their connection closed) and the work their resource method started has finished. A request over
 * the bound is answered at once on the event loop with a 503 problem and Retry-After, before
 * authentication, body reading or a worker thread is spent on it. Within the bound each client
 * (token subject, or address; {@link ClientKey}) holds at most {@link
 * HttpLimitsConfig#maxInFlightPerClient()}; a request over its client's share is a 429 problem with
 * Retry-After, so one client cannot take every slot while others wait.
 *
 * <p>Without the bound an open-model overload (requests arriving faster than one core serves them)
 * queues without limit, and the responses built and waiting to be written fill the heap: reads of a
 * programme version at ten times capacity ran programme-service out of a 256 MB heap. Health,
 * metrics and the OpenAPI document are not counted, so probes keep answering under overload.
 *
 * <p>A request whose client has gone stays counted until its work ends, so clients that time out
 * and resend cannot let more work in than the bound. A response that has ended stays counted while
 * it waits in the server's buffers for a client that reads slowly or not at all, so clients that
 * stop reading cannot make a service hold more answers than the bound, on HTTP/1.1 and HTTP/2 alike
 * (where one connection can carry any number of streams).
 */
@Singleton
public class RequestAdmission {

  /** Ahead of every other route, so a refused request costs nothing else. */
  private static final int ROUTE_ORDER = -1_000_000_000;

  /**
   * How often, at most, admissions are checked for an unsignalled end when the bound is reached.
   */
  private static final long SWEEP_INTERVAL_NANOS = 10_000_000;

  private final int bound;
  private final Slots slots;
  private final ClientShares shares;
  private final Set<Admission> admitted = ConcurrentHashMap.newKeySet();
  private final AtomicLong nextSweep = new AtomicLong(System.nanoTime());
  private final String nonApplicationRoot;
  private final ObjectMapper json;
  private final Counter refused;
  private final Counter refusedOverShare;
  private final Counter reclaimed;

  public RequestAdmission(
      HttpLimitsConfig config,
      ObjectMapper json,
      MeterRegistry meters,
      @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "/q")
          String nonApplicationRoot) {
    this.bound = config.maxInFlight();
    this.slots = new Slots(bound);
    this.shares = new ClientShares(Math.min(bound, config.maxInFlightPerClient()));
    this.json = json;
    this.nonApplicationRoot = "/" + nonApplicationRoot.replaceAll("^/+|/+$", "");
    this.refused =
        Counter.builder("dtm.http.requests.refused")
            .description("Requests refused with 503 because the in-flight bound was reached")
            .register(meters);
    this.refusedOverShare =
        Counter.builder("dtm.http.requests.refused.client.share")
            .description("Requests refused with 429 because their client held its whole share")
            .register(meters);
    this.reclaimed =
        Counter.builder("dtm.http.requests.reclaimed")
            .description("Slots taken back from finished responses whose end was never signalled")
            .register(meters);
    Gauge.builder("dtm.http.requests.in.flight", this, RequestAdmission::unfinished)
        .description("Application requests held at once")
        .register(meters);
    Gauge.builder("dtm.http.clients.in.flight", shares, ClientShares::clients)
        .description("Clients with at least one application request held")
        .register(meters);
  }

  void install(@Observes Router router) {
    router.route().order(ROUTE_ORDER).handler(this::admit);
  }

  private void admit(RoutingContext context) {
    if (isNonApplication(context.normalizedPath())) {
      context.next();
      return;
    }
    // The bound first: when the service is full, that is the answer, whoever asks.
    Optional<Slots.Slot> slot = slots.tryTake();
    if (slot.isEmpty()) {
      if (sweepDue()) {
        admitted.forEach(Admission::checkForLostEnd);
      }
      refused.increment();
      refuse(
          context,
          ProblemType.UNAVAILABLE,
          "More than " + bound + " requests are in progress; retry shortly");
      return;
    }
    Optional<ClientShares.Share> share = shares.tryTake(ClientKey.of(context.request()));
    if (share.isEmpty()) {
      slot.get().close();
      refusedOverShare.increment();
      refuse(
          context,
          ProblemType.TOO_MANY_REQUESTS,
          "This client has "
              + shares.share()
              + " requests in progress, its share of this service; retry shortly");
      return;
    }
    Admission admission = new Admission(context, slot.get(), share.get());
    admitted.add(admission);
    context.put(Admission.class.getName(), admission);
    // Both signal the end: Quarkus's body-size check replaces the end handler before its 413.
    context.addBodyEndHandler(bodyEnded -> admission.responseEnded());
    context.addEndHandler(
        ended -> {
          if (ended.succeeded()) {
            admission.responseEnded();
          } else {
            admission.connectionGone();
          }
        });
    context.next();
  }

  /** The admission of a request, unless it was not counted (health, metrics, the document). */
  static Optional<Admission> admissionOf(RoutingContext context) {
    return Optional.ofNullable(context.get(Admission.class.getName()));
  }

  /**
   * Whether to look for responses whose end went unsignalled now: at most once per interval, and
   * only when the bound has been reached, because an end handler can be lost when code further on
   * replaces the response's handlers.
   */
  private boolean sweepDue() {
    long due = nextSweep.get();
    long now = System.nanoTime();
    return now - due >= 0 && nextSweep.compareAndSet(due, now + SWEEP_INTERVAL_NANOS);
  }

  private long unfinished() {
    return admitted.stream().filter(admission -> !admission.finished()).count();
  }

  private boolean isNonApplication(String path) {
    return path.equals(nonApplicationRoot) || path.startsWith(nonApplicationRoot + "/");
  }

  private void refuse(RoutingContext context, ProblemType type, String detail) {
    Problem problem = ProblemResponses.body(type, detail, context.normalizedPath(), List.of());
    HttpServerResponse response =
        context
            .response()
            .setStatusCode(problem.status())
            .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
            .putHeader(
                HttpHeaders.RETRY_AFTER, Integer.toString(ProblemResponses.RETRY_AFTER_SECONDS));
    if (context.request().version() != HttpVersion.HTTP_2 && announcesBody(context)) {
      // Closing spares reading and discarding a body that was refused unread.
      response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
      context.addEndHandler(written -> context.request().connection().close());
    }
    response.end(Buffer.buffer(serialize(problem)));
  }

  private static boolean announcesBody(RoutingContext context) {
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    return context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)
        || (length != null && !length.isBlank() && !length.trim().equals("0"));
  }

  private byte[] serialize(Problem problem) {
    try {
      return json.writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An admitted request's slot, given back once: when its response has been written or its
   * connection closed and its work (if it reached the REST layer) has ended.
   *
   * <p>Its state is kept in its own flags, set by the response's handlers, and never read from the
   * response by another request's thread: Vert.x's HTTP/2 response locks itself and then its
   * connection in {@code closed()}, while its connection's event loop holds the connection when it
   * routes a request, so asking another response whether it has closed from there deadlocked a
   * service under a burst of requests on one connection.
   */
  final class Admission {

    private final HttpServerResponse response;
    private final HttpConnection connection;
    private final int streamId;
    private final Context eventLoop;
    private final Slots.Slot slot;
    private final ClientShares.Share share;
    private final AtomicBoolean working = new AtomicBoolean();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final AtomicBoolean gone = new AtomicBoolean();
    private final AtomicBoolean endSeenUnsignalled = new AtomicBoolean();

    /** Made on the event loop of the request's connection. */
    Admission(RoutingContext context, Slots.Slot slot, ClientShares.Share share) {
      this.response = context.response();
      this.connection = context.request().connection();
      this.streamId = context.request().streamId();
      this.eventLoop = context.vertx().getOrCreateContext();
      this.slot = slot;
      this.share = share;
    }

    boolean finished() {
      return (gone.get() || (ended.get() && !writing.get())) && !working.get();
    }

    /**
     * Vert.x signals a response's end once it is handed to the connection, before its bytes are
     * written. On HTTP/1.x an empty write queued after it completes when they have been, or fails
     * when the connection closes first; on HTTP/2 the response's stream closes when its last frame
     * has been written, or when it is reset or its connection closes. Either gives the slot back.
     */
    void responseEnded() {
      // The body's end and the response's end both signal it, one after the other.
      if (ended.get()) {
        return;
      }
      writing.set(true);
      ended.set(true);
      if (connection instanceof Http1xServerConnection http1) {
        http1.writeToChannel(Unpooled.EMPTY_BUFFER, written -> written());
      } else if (connection instanceof ConnectionBase http2) {
        eventLoop.runOnContext(
            onEventLoop ->
                StreamCloses.whenClosed(http2.channelHandlerContext(), streamId, this::written));
      } else {
        written();
      }
    }

    void connectionGone() {
      gone.set(true);
      releaseIfFinished();
    }

    private void written() {
      writing.set(false);
      releaseIfFinished();
    }

    void workStarted() {
      working.set(true);
    }

    void workEnded() {
      working.set(false);
      releaseIfFinished();
    }

    private void releaseIfFinished() {
      if (finished()) {
        release();
      }
    }

    /**
     * Looks, on the response's own event loop where no other lock is held, for an end no handler
     * signalled; one seen by two sweeps in a row (so not one whose handlers are still about to run)
     * is taken as written and its slot given back.
     */
    void checkForLostEnd() {
      if (ended.get() || gone.get() || working.get()) {
        return;
      }
      eventLoop.runOnContext(
          check -> {
            if (ended.get() || gone.get() || !response.ended()) {
              return;
            }
            if (endSeenUnsignalled.getAndSet(true)) {
              ended.set(true);
              if (finished() && release()) {
                reclaimed.increment();
              }
            }
          });
    }

    /** Gives the slot back; true when this call did, false when it was already given back. */
    boolean release() {
      if (!admitted.remove(this)) {
        return false;
      }
      slot.close();
      share.close();
      return true;
    }
  }
}
