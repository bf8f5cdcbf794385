package io.github.chiso.vn.json;

import io.github.chiso.ChisoException;
import io.github.chiso.json.ChisoJson;
import io.github.chiso.json.InvalidDocumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The fields of one JSON object of a vn document, read strictly: unknown fields, missing fields and
 * wrong types raise {@link InvalidDocumentException} with the JSON path; chiso-json's own types
 * (hierarchies, results, indicators...) are read by its module and their errors relocated under the
 * field's path.
 */
final class Fields {
  private final JsonNode node;
  private final String path;

  private Fields(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  static Fields of(JsonNode node, String path, Set<String> allowed) {
    if (node == null || !node.isObject()) {
      throw new InvalidDocumentException(path, excerpt(node), "expected an object");
    }
    for (String name : node.propertyNames()) {
      if (!allowed.contains(name)) {
        throw new InvalidDocumentException(path + "." + name, "", "unknown field '" + name + "'; allowed: " + allowed);
      }
    }
    return new Fields(node, path);
  }

  String path(String name) {
    return path + "." + name;
  }

  boolean has(String name) {
    return node.has(name) && !node.get(name).isNull();
  }

  JsonNode node(String name) {
    if (!has(name)) {
      throw new InvalidDocumentException(path(name), "", "missing required field '" + name + "'");
    }
    return node.get(name);
  }

  String string(String name) {
    JsonNode value = node(name);
    if (!value.isString()) {
      throw new InvalidDocumentException(path(name), excerpt(value), "expected a string");
    }
    return value.stringValue();
  }

  int integer(String name) {
    JsonNode value = node(name);
    if (!value.isInt()) {
      throw new InvalidDocumentException(path(name), excerpt(value), "expected a whole number within 32 bits");
    }
    return value.intValue();
  }

  void constant(String name, String expected) {
    if (!string(name).equals(expected)) {
      throw new InvalidDocumentException(path(name), excerpt(node.get(name)), "expected \"" + expected + "\"");
    }
  }

  <T> List<T> list(String name, BiFunction<JsonNode, String, T> element) {
    JsonNode array = node(name);
    if (!array.isArray()) {
      throw new InvalidDocumentException(path(name), excerpt(array), "expected an array");
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      out.add(element.apply(array.get(i), path(name) + "[" + i + "]"));
    }
    return out;
  }

  /** A value of one of chiso-json's types, read by its module. */
  <T> T value(String name, Class<T> type) {
    return value(node(name), path(name), type);
  }

  static <T> T value(JsonNode node, String path, Class<T> type) {
    try {
      return ChisoJson.mapper().treeToValue(node, type);
    } catch (InvalidDocumentException e) {
      throw new InvalidDocumentException(path + e.location().substring(1), e.value(), problem(e), e);
    } catch (JacksonException e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof InvalidDocumentException) {
          InvalidDocumentException inner = (InvalidDocumentException) cause;
          throw new InvalidDocumentException(path + inner.location().substring(1), inner.value(), problem(inner), e);
        }
      }
      throw new InvalidDocumentException(path, excerpt(node), e.getOriginalMessage(), e);
    }
  }

  /** Turns a model's invariant violation into a document error at {@code path}. */
  static InvalidDocumentException at(String path, ChisoException e) {
    return e instanceof InvalidDocumentException ? (InvalidDocumentException) e
        : new InvalidDocumentException(path, "", e.getMessage(), e);
  }

  private static String problem(InvalidDocumentException e) {
    String prefix = e.location() + ": ";
    String message = e.getMessage();
    String problem = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    int value = problem.lastIndexOf(" (value: ");
    return value >= 0 && !e.value().isEmpty() ? problem.substring(0, value) : problem;
  }

  static String excerpt(JsonNode node) {
    if (node == null) {
      return "";
    }
    String text = node.toString();
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
