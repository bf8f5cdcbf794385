package io.github.chiso;

/**
 * A value that breaks an invariant of the model: a missing required field, a negative denominator, a
 * hierarchy with a cycle, a threshold for a tier the scheme lacks. The message names the field and
 * the offending value.
 *
 * @since 0.1.0
 */
public class InvalidValueException extends ChisoException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that already names the field and the value. */
  public InvalidValueException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the lower-level cause. */
  public InvalidValueException(String message, Throwable cause) {
    super(message, cause);
  }
}
