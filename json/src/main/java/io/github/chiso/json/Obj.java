package io.github.chiso.json;

import com.google.common.collect.ImmutableSet;
import io.github.chiso.ChisoException;
import io.github.chiso.text.TextLimits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object being read, with its path: typed, required and optional fields, and a strict check
 * that no other fields are present. Every failure is an {@link InvalidDocumentException} naming the
 * path of the field and its value.
 */
final class Obj {
  private final JsonNode node;
  private final String path;

  private Obj(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /**
   * The object at {@code path}, which may have only the {@code allowed} fields, none of them {@code
   * null} (an absent value is an absent field), and names that are Unicode text.
   */
  static Obj of(JsonNode node, String path, ImmutableSet<String> allowed) {
    if (node == null || !node.isObject()) {
      throw invalid(path, node, "expected an object");
    }
    for (String name : node.propertyNames()) {
      int surrogate = TextLimits.unpairedSurrogateAt(name);
      if (surrogate >= 0) {
        throw new InvalidDocumentException(path, quoted(name), "a field name is not Unicode text: unpaired surrogate at index " + surrogate);
      }
      if (!allowed.contains(name)) {
        throw invalid(child(path, name), node.get(name), "unknown field '" + name + "'; allowed: " + allowed);
      }
      if (node.get(name).isNull()) {
        throw invalid(child(path, name), node.get(name), "null is not a value; leave out a field that has none");
      }
    }
    return new Obj(node, path);
  }

  String path() {
    return path;
  }

  String path(String name) {
    return child(path, name);
  }

  static String child(String path, String name) {
    return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? path + "." + name : path + "['" + name.replace("'", "\\'") + "']";
  }

  static String index(String path, int i) {
    return path + "[" + i + "]";
  }

  boolean has(String name) {
    return node.get(name) != null;
  }

  JsonNode node(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw new InvalidDocumentException(path(name), "", "missing required field '" + name + "'");
    }
    return value;
  }

  Optional<JsonNode> optNode(String name) {
    return has(name) ? Optional.of(node.get(name)) : Optional.empty();
  }

  String string(String name) {
    return string(node(name), path(name));
  }

  Optional<String> optString(String name) {
    return optNode(name).map(n -> string(n, path(name)));
  }

  /** A string that is Unicode text: an unpaired surrogate (from "\\ud800" or bytes that are not UTF-8) is refused. */
  static String string(JsonNode value, String path) {
    if (!value.isString()) {
      throw invalid(path, value, "expected a string");
    }
    String text = value.stringValue();
    int surrogate = TextLimits.unpairedSurrogateAt(text);
    if (surrogate >= 0) {
      throw invalid(path, value, String.format(Locale.ROOT, "not Unicode text: unpaired surrogate U+%04X at index %d",
          (int) text.charAt(surrogate), surrogate));
    }
    return text;
  }

  BigDecimal decimal(String name) {
    return decimal(node(name), path(name));
  }

  Optional<BigDecimal> optDecimal(String name) {
    return optNode(name).map(n -> decimal(n, path(name)));
  }

  /**
   * A JSON number as an exact decimal; a negative scale is normalised, so 1E+2 reads as 100. A number
   * must {@link TextLimits#fits fit}: its plain form, which is how it is written, has at most {@value
   * TextLimits#MAX_NUMBER_LENGTH} characters (1E+99 is read, 1E+100 is not), so that what is read can
   * be written and read again, and exact arithmetic on it stays small.
   */
  static BigDecimal decimal(JsonNode value, String path) {
    if (!value.isNumber()) {
      throw invalid(path, value, "expected a number");
    }
    BigDecimal decimal;
    try {
      decimal = value.decimalValue();
    } catch (RuntimeException e) {
      throw invalid(path, value, "number out of range");
    }
    if (!TextLimits.fits(decimal)) {
      throw invalid(path, value, "number out of range: its plain form may have at most "
          + TextLimits.MAX_NUMBER_LENGTH + " characters");
    }
    return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
  }

  long longValue(String name) {
    JsonNode value = node(name);
    if (!value.isIntegralNumber() || integer(value).bitLength() > 63) {
      throw invalid(path(name), value, "expected a whole number within 64 bits");
    }
    return value.bigIntegerValue().longValueExact();
  }

  int intValue(String name) {
    long value = longValue(name);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw invalid(path(name), node.get(name), "expected a whole number within 32 bits");
    }
    return (int) value;
  }

  BigInteger bigInteger(String name) {
    JsonNode value = node(name);
    if (!value.isIntegralNumber()) {
      throw invalid(path(name), value, "expected a whole number");
    }
    return integer(value);
  }

  /** An integral node's value; its digits are bounded by the document limits. */
  static BigInteger integer(JsonNode value) {
    return value.bigIntegerValue();
  }

  boolean bool(String name) {
    JsonNode value = node(name);
    if (!value.isBoolean()) {
      throw invalid(path(name), value, "expected true or false");
    }
    return value.booleanValue();
  }

  LocalDate date(String name) {
    return date(string(name), path(name));
  }

  Optional<LocalDate> optDate(String name) {
    return optString(name).map(s -> date(s, path(name)));
  }

  static LocalDate date(String text, String path) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new InvalidDocumentException(path, quoted(text), "expected an ISO-8601 date YYYY-MM-DD");
    }
  }

  <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    return enumValue(string(name), path(name), type);
  }

  <E extends Enum<E>> Optional<E> optEnum(String name, Class<E> type) {
    return optString(name).map(s -> enumValue(s, path(name), type));
  }

  static <E extends Enum<E>> E enumValue(String text, String path, Class<E> type) {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        names.add(constant.name());
      }
      throw new InvalidDocumentException(path, quoted(text), "expected one of " + names);
    }
  }

  /** The elements of the array field, each converted with its own path. */
  <T> List<T> list(String name, BiFunction<JsonNode, String, T> element) {
    return list(node(name), path(name), element);
  }

  /** As {@link #list(String, BiFunction)}, empty when the field is absent. */
  <T> List<T> optList(String name, BiFunction<JsonNode, String, T> element) {
    return has(name) ? list(name, element) : List.of();
  }

  static <T> List<T> list(JsonNode array, String path, BiFunction<JsonNode, String, T> element) {
    if (!array.isArray()) {
      throw invalid(path, array, "expected an array");
    }
    List<T> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      out.add(element.apply(array.get(i), index(path, i)));
    }
    return out;
  }

  /** Builds a model value, turning its invariant violations into a document error at {@code path}. */
  static <T> T build(String path, Function<Void, T> builder) {
    try {
      return builder.apply(null);
    } catch (InvalidDocumentException e) {
      throw e;
    } catch (ChisoException e) {
      throw new InvalidDocumentException(path, "", e.getMessage(), e);
    }
  }

  static InvalidDocumentException invalid(String path, JsonNode value, String problem) {
    return new InvalidDocumentException(path, value == null ? "" : excerpt(value.toString()), problem);
  }

  /** {@code text} as it would stand in JSON, quoted and escaped, cut to an excerpt. */
  static String quoted(String text) {
    return excerpt(tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(text).toString());
  }

  /**
   * At most 80 characters of {@code text}, cut between characters (never inside a surrogate pair),
   * with unpaired surrogates, control and format characters (a byte-order mark, a zero-width space, a
 * bidirectional override) written as {@code \\uXXXX} escapes, so that an invisible character is seen.
   */
  static String excerpt(String text) {
    StringBuilder out = new StringBuilder();
    int limit = text.length() <= 80 ? text.length() : 77;
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair && i + 1 < limit) {
        out.append(c).append(text.charAt(++i));
      } else if (pair) {
        break;
      } else if (Character.isSurrogate(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return limit < text.length() ? out + "..." : out.toString();
  }
}
