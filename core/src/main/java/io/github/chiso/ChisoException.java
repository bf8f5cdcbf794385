package io.github.chiso;

/**
 * The one unchecked exception family of Chiso: every error the library raises about its input is a
 * {@code ChisoException}, so a caller that wants to handle bad input catches this single type.
 *
 * <p>Subclasses say what kind of input was bad: {@link InvalidValueException} for a value that breaks
 * an invariant, {@link TextParseException} for wording that cannot be read. Other modules add their
 * own kinds (the JSON module adds one for documents, carrying the JSON path). It extends {@link
 * IllegalArgumentException} because every such error is, at heart, an argument the caller passed.
 *
 * @since 0.1.0
 */
public class ChisoException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  protected ChisoException(String message) {
    super(message);
  }

  protected ChisoException(String message, Throwable cause) {
    super(message, cause);
  }
}
