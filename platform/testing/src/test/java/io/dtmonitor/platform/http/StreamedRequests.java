package io.dtmonitor.platform.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Arrays;

/** A long streamed response, for a client to leave in the middle of, as a CSV download's may. */
@Path("/probe/streamed")
public class StreamedRequests {

  private static final int CHUNKS = 100_000;

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public StreamingOutput stream() {
    byte[] chunk = new byte[16 * 1024];
    Arrays.fill(chunk, (byte) 'x');
    return output -> {
      for (int i = 0; i < CHUNKS; i++) {
        output.write(chunk);
        output.flush();
      }
    };
  }
}
