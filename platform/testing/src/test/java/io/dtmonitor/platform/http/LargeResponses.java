package io.dtmonitor.platform.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A response written in one piece and larger than the sockets' buffers, so that most of it waits in
 * the server until its client reads it.
 */
@Path("/probe/large")
public class LargeResponses {

  static final int SIZE = 16 * 1024 * 1024;

  @GET
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  public byte[] large() {
    return new byte[SIZE];
  }
}
