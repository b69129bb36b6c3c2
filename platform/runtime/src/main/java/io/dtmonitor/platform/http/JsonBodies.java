package io.dtmonitor.platform.http;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtmonitor.platform.problem.FieldError;
import io.dtmonitor.platform.problem.JsonProblems;
import io.dtmonitor.platform.problem.ProblemException;
import io.dtmonitor.platform.problem.Violations;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds a JSON document to its request type and, when it does not fit, answers one 400 that lists
 * every problem of the document: each value of the wrong kind or form, each unknown field and,
 * around them, each value Bean Validation refuses (a missing field beside a mistyped one), all with
 * readable paths and JSON Pointers.
 *
 * <p>Scalars are strict, whatever Jackson would coerce: a string field takes only a JSON string
 * (not {@code true} or {@code 5}), a number field only an integral JSON number, a boolean only
 * {@code true} or {@code false}, an enumeration or date only a string of its form, a decimal only
 * the string form {@link DecimalStrings} reads.
 */
@Singleton
public class JsonBodies {

  private static final Set<Class<?>> WHOLE_NUMBERS =
      Set.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class);

  private final ObjectMapper json;
  private final Validator validator;

  /** Introspecting a type is the costly part of a check, and request types are few. */
  private final Map<JavaType, ObjectShape> shapes = new ConcurrentHashMap<>();

  public JsonBodies(ObjectMapper json, Validator validator) {
    this.json = json;
    this.validator = validator;
  }

  /**
   * The document as a {@code type}, or a {@link ProblemException} naming every problem of it.
   * Constraints are checked here only when the document does not fit, to report them in the same
   * answer; a document that fits is validated where it is used.
   */
  public <T> T read(JsonNode document, JavaType type) {
    List<FieldError> problems = new ArrayList<>();
    check(document, type, Location.ROOT, problems);
    if (problems.isEmpty()) {
      return bind(document, type);
    }
    problems.addAll(constraintsAround(document, type, problems));
    problems.sort(Comparator.comparing(FieldError::field));
    throw ProblemException.invalid(problems);
  }

  /** The document as a {@code type}, read like {@link #read(JsonNode, JavaType)}. */
  public <T> T read(JsonNode document, Class<T> type) {
    return read(document, json.constructType(type));
  }

  /** The problems of the shape of {@code document} as a {@code type}, found at {@code at}. */
  private void check(JsonNode node, JavaType type, Location at, List<FieldError> problems) {
    Class<?> raw = type.getRawClass();
    if (node == null || node.isNull()) {
      if (raw.isPrimitive()) {
        problems.add(at.error(JsonProblems.wrongType(raw)));
      }
      return;
    }
    if (JsonNode.class.isAssignableFrom(raw) || raw == Object.class) {
      return;
    }
    if (type.isReferenceType()) {
      check(node, type.getReferencedType(), at, problems);
    } else if (type.isArrayType() || type.isCollectionLikeType()) {
      if (!node.isArray()) {
        problems.add(at.error(JsonProblems.wrongType(raw)));
        return;
      }
      for (int i = 0; i < node.size(); i++) {
        check(node.get(i), type.getContentType(), at.index(i), problems);
      }
    } else if (type.isMapLikeType()) {
      if (!node.isObject()) {
        problems.add(at.error(JsonProblems.wrongType(raw)));
        return;
      }
      node.properties()
          .forEach(
              member ->
                  check(
                      member.getValue(), type.getContentType(), at.key(member.getKey()), problems));
    } else if (raw == String.class) {
      expect(node.isTextual(), raw, at, problems);
    } else if (WHOLE_NUMBERS.contains(raw)) {
      boolean fits =
          raw == long.class || raw == Long.class ? node.canConvertToLong() : node.canConvertToInt();
      expect(node.isIntegralNumber() && fits, raw, at, problems);
    } else if (raw == Boolean.class || raw == boolean.class) {
      expect(node.isBoolean(), raw, at, problems);
    } else if (raw == BigDecimal.class) {
      if (!node.isTextual()) {
        problems.add(at.error(JsonProblems.wrongType(raw)));
      } else if (!DecimalStrings.isDecimal(node.textValue())) {
        problems.add(at.error(JsonProblems.invalidValue(raw)));
      }
    } else if (raw.isEnum() || raw.getPackageName().startsWith("java.")) {
      if (!node.isTextual()) {
        problems.add(at.error(JsonProblems.wrongType(raw)));
      } else {
        bindable(node, type, at, problems);
      }
    } else {
      checkObject(node, type, at, problems);
    }
  }

  private void checkObject(JsonNode node, JavaType type, Location at, List<FieldError> problems) {
    if (!node.isObject()) {
      problems.add(at.error(JsonProblems.wrongType(type.getRawClass())));
      return;
    }
    ObjectShape shape = shapes.computeIfAbsent(type, this::shapeOf);
    node.properties()
        .forEach(
            member -> {
              JavaType propertyType = shape.properties().get(member.getKey());
              if (propertyType != null) {
                check(member.getValue(), propertyType, at.key(member.getKey()), problems);
              } else if (shape.strict()) {
                problems.add(at.key(member.getKey()).error("unknown field"));
              }
            });
  }

  /** The fields Jackson binds in an object of {@code type}, and whether it refuses others. */
  private ObjectShape shapeOf(JavaType type) {
    DeserializationConfig config = json.getDeserializationConfig();
    BeanDescription bean = config.introspect(type);
    Map<String, JavaType> properties = new LinkedHashMap<>();
    for (BeanPropertyDefinition property : bean.findProperties()) {
      if (property.couldDeserialize()) {
        properties.put(property.getName(), property.getPrimaryType());
      }
    }
    boolean strict =
        config.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            && !config
                .getDefaultPropertyIgnorals(type.getRawClass(), bean.getClassInfo())
                .getIgnoreUnknown();
    return new ObjectShape(Map.copyOf(properties), strict);
  }

  /** Adds the problem Jackson finds binding a scalar, such as an unknown enumeration constant. */
  private void bindable(JsonNode node, JavaType type, Location at, List<FieldError> problems) {
    try {
      json.treeToValue(node, type);
    } catch (JsonMappingException e) {
      problems.add(at.error(JsonProblems.message(e)));
    } catch (IOException e) {
      problems.add(at.error(JsonProblems.invalidValue(type.getRawClass())));
    }
  }

  private static void expect(boolean fits, Class<?> type, Location at, List<FieldError> problems) {
    if (!fits) {
      problems.add(at.error(JsonProblems.wrongType(type)));
    }
  }

  /**
   * The constraint violations of the document with its misfit values taken out, except those on the
   * values already reported, so that a missing field is named beside a mistyped one.
   */
  private List<FieldError> constraintsAround(
      JsonNode document, JavaType type, List<FieldError> misfits) {
    if (!document.isContainerNode()) {
      return List.of();
    }
    JsonNode rest = document.deepCopy();
    for (FieldError misfit : misfits) {
      JsonPointer at = JsonPointer.compile(misfit.pointer());
      if (at.matches()) {
        return List.of();
      }
      JsonNode parent = rest.at(at.head());
      if (parent instanceof ObjectNode object) {
        object.remove(at.last().getMatchingProperty());
      } else if (parent instanceof ArrayNode array) {
        array.set(at.last().getMatchingIndex(), NullNode.getInstance());
      }
    }
    Object bound;
    try {
      bound = json.treeToValue(rest, type);
    } catch (IOException e) {
      return List.of();
    }
    return Violations.toFieldErrors(validator.validate(bound)).stream()
        .filter(violation -> misfits.stream().noneMatch(misfit -> covers(misfit, violation)))
        .toList();
  }

  private static boolean covers(FieldError misfit, FieldError violation) {
    return violation.pointer() != null
        && (violation.pointer().equals(misfit.pointer())
            || violation.pointer().startsWith(misfit.pointer() + "/"));
  }

  private <T> T bind(JsonNode document, JavaType type) {
    try {
      return json.readerFor(type).readValue(document);
    } catch (JsonMappingException e) {
      throw ProblemException.invalid(
          List.of(FieldError.inBody(JsonProblems.field(e), JsonProblems.message(e))));
    } catch (IOException e) {
      throw ProblemException.invalid("$", "cannot be read as this request's document");
    }
  }

  private record ObjectShape(Map<String, JavaType> properties, boolean strict) {}

  /** Where a value sits in the document, as a readable path and as a JSON Pointer. */
  private record Location(String field, JsonPointer pointer) {

    static final Location ROOT = new Location("$", JsonPointer.empty());

    Location key(String name) {
      return new Location(
          field.equals("$") ? name : field + "." + name, pointer.appendProperty(name));
    }

    Location index(int i) {
      return new Location((field.equals("$") ? "" : field) + "[" + i + "]", pointer.appendIndex(i));
    }

    FieldError error(String message) {
      return new FieldError(field, message, pointer.toString());
    }
  }
}
