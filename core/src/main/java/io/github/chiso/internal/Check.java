package io.github.chiso.internal;

import com.google.common.base.Strings;
import io.github.chiso.InvalidValueException;

/**
 * Preconditions that throw the library's {@link InvalidValueException} rather than a bare {@link
 * IllegalArgumentException}. Messages use Guava's lenient {@code %s} templates and should name the
 * field and the offending value. Not part of the API.
 */
public final class Check {
  private Check() {}

  /** Throws {@link InvalidValueException} with the formatted message unless {@code condition}. */
  public static void argument(boolean condition, String template, Object... args) {
    if (!condition) {
      throw new InvalidValueException(Strings.lenientFormat(template, args));
    }
  }

  /** Creates (does not throw) an {@link InvalidValueException} with the formatted message. */
  public static InvalidValueException invalid(String template, Object... args) {
    return new InvalidValueException(Strings.lenientFormat(template, args));
  }

  /** Checks that {@code code} is a usable identifier: non-blank, without surrounding spaces. */
  public static String code(String field, String code) {
    argument(
        !code.isBlank() && code.strip().equals(code),
        "%s must be non-blank without surrounding spaces, but was '%s'",
        field,
        code);
    return code;
  }
}
