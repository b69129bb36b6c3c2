package io.dtmonitor.platform.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http2.Http2Connection;
import io.netty.handler.codec.http2.Http2ConnectionAdapter;
import io.netty.handler.codec.http2.Http2ConnectionHandler;
import io.netty.handler.codec.http2.Http2Stream;
import io.netty.util.Attribute;
import io.netty.util.AttributeKey;
import java.util.HashMap;
import java.util.Map;

/**
 * Tells when the streams of one HTTP/2 connection close. Netty closes a server's stream once the
 * frame that ends its response has been written to the socket (and the request has ended), while a
 * response waiting for a client that reads slowly or not at all stays queued in the connection's
 * flow control with its stream open: the close is the HTTP/2 counterpart of a write completing.
 *
 * <p>One per connection, kept in its channel's attributes and used on its event loop only, as
 * Netty's own connection state is.
 */
final class StreamCloses extends Http2ConnectionAdapter {

  private static final AttributeKey<StreamCloses> KEY =
      AttributeKey.valueOf(StreamCloses.class.getName());

  private final Http2Connection connection;
  private final Map<Integer, Runnable> awaited = new HashMap<>();

  private StreamCloses(Http2Connection connection) {
    this.connection = connection;
  }

  /**
   * Runs {@code closed} once the stream has closed (at once when it has already, or when the
   * channel carries no HTTP/2 connection); to be called on the channel's event loop.
   */
  static void whenClosed(ChannelHandlerContext channel, int streamId, Runnable closed) {
    Attribute<StreamCloses> attribute = channel.channel().attr(KEY);
    StreamCloses closes = attribute.get();
    if (closes == null) {
      Http2ConnectionHandler http2 = channel.pipeline().get(Http2ConnectionHandler.class);
      if (http2 == null) {
        closed.run();
        return;
      }
      closes = new StreamCloses(http2.connection());
      attribute.set(closes);
      http2.connection().addListener(closes);
    }
    closes.await(streamId, closed);
  }

  private void await(int streamId, Runnable closed) {
    Http2Stream stream = connection.stream(streamId);
    if (stream == null || stream.state() == Http2Stream.State.CLOSED) {
      closed.run();
    } else {
      awaited.put(streamId, closed);
    }
  }

  @Override
  public void onStreamClosed(Http2Stream stream) {
    Runnable closed = awaited.remove(stream.id());
    if (closed != null) {
      closed.run();
    }
  }
}
