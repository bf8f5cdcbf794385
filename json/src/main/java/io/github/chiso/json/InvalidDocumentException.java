package io.github.chiso.json;

import io.github.chiso.ChisoException;

/**
 * A JSON or CSV document that cannot be read: malformed text, a document over a size limit, an
 * unknown or missing field, a value of the wrong type, or a value the model rejects. Carries where
 * ({@link #location()}: a JSON path such as {@code $.targets[3].thresholds.district}, or a CSV row
 * and column) and the offending value, both also in the message.
 *
 * @since 0.1.0
 */
public class InvalidDocumentException extends ChisoException {
  private static final long serialVersionUID = 1L;

  private final String location;
  private final String value;

  /** Creates the exception; {@code value} is an excerpt of the offending value, or empty. */
  public InvalidDocumentException(String location, String value, String problem) {
    super(message(location, value, problem));
    this.location = location;
    this.value = value;
  }

  /** Creates the exception with the lower-level cause. */
  public InvalidDocumentException(String location, String value, String problem, Throwable cause) {
    super(message(location, value, problem), cause);
    this.location = location;
    this.value = value;
  }

  private static String message(String location, String value, String problem) {
    return location + ": " + problem + (value.isEmpty() ? "" : " (value: " + value + ")");
  }

  /** Where in the document: a JSON path ({@code $.a[0].b}) or {@code row N, column NAME}. */
  public String location() {
    return location;
  }

  /** An excerpt of the offending value (at most 80 characters), or empty when there is none. */
  public String value() {
    return value;
  }
}
