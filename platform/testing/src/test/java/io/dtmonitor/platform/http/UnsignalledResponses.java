package io.dtmonitor.platform.http;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Responses ended after their end and body-end handlers were replaced, as code further along a
 * route may do: the admission hears nothing of their end, and only its sweep can take the slot
 * back.
 */
@Singleton
public class UnsignalledResponses {

  void install(@Observes Router router) {
    router
        .get("/probe/unsignalled")
        .handler(
            context ->
                context
                    .response()
                    .bodyEndHandler(bodyEnded -> {})
                    .endHandler(ended -> {})
                    .end("unsignalled"));
  }
}
