package io.dtmonitor.platform.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Answers at once from a worker thread, for bursts of short requests. */
@Path("/probe/quick")
public class QuickRequests {

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String quick() {
    return "quick";
  }
}
