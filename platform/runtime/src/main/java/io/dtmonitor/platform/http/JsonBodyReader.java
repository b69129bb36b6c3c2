package io.dtmonitor.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Collection;

/**
 * Reads every JSON request body of the services' own types through {@link JsonBodies}, so that a
 * document that does not fit is answered with all its problems at once rather than Jackson's first.
 * Bodies read as a {@link JsonNode} (merge patches, documents a service checks itself) keep the
 * standard reader.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonBodyReader implements MessageBodyReader<Object> {

  private static final String OWN_TYPES = "io.dtmonitor.";

  private final ObjectMapper json;
  private final JsonBodies bodies;

  public JsonBodyReader(ObjectMapper json, JsonBodies bodies) {
    this.json = json;
    this.bodies = bodies;
  }

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.getName().startsWith(OWN_TYPES) || Collection.class.isAssignableFrom(type);
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    JsonNode document = json.readTree(entityStream);
    if (document == null || document.isMissingNode()) {
      return null;
    }
    return bodies.read(document, json.constructType(genericType));
  }
}
