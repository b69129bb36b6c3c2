package io.dtmonitor.platform.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Reads a small body, for a client to leave before sending all of it. */
@Path("/probe/read")
public class ReadRequests {

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.TEXT_PLAIN)
  public String read(String body) {
    return Integer.toString(body.length());
  }
}
