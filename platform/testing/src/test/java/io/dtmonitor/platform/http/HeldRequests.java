package io.dtmonitor.platform.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Requests that stay in flight until the test lets them go, to fill the admission bound. */
@Path("/probe/held")
public class HeldRequests {

  static final Semaphore ARRIVED = new Semaphore(0);
  private static volatile CountDownLatch release = new CountDownLatch(1);

  static void holdFromNowOn() {
    ARRIVED.drainPermits();
    release = new CountDownLatch(1);
  }

  static void letGo() {
    release.countDown();
  }

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String hold() throws InterruptedException {
    CountDownLatch awaited = release;
    ARRIVED.release();
    return awaited.await(30, TimeUnit.SECONDS) ? "released" : "timed out";
  }
}
