package io.github.chiso;

/**
 * Wording that cannot be read as a target, a result or a number. Carries the whole text and the
 * zero-based position where reading failed, both also in the message.
 *
 * @since 0.1.0
 */
public class TextParseException extends ChisoException {
  private static final long serialVersionUID = 1L;

  private final String text;
  private final int position;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param text the text being read
   * @param position zero-based index of the first character that could not be read
   * @param problem what was expected there, in a few words
   */
  public TextParseException(String text, int position, String problem) {
    super(String.format("cannot read '%s' at position %d: %s", text, position, problem));
    this.text = text;
    this.position = position;
    this.problem = problem;
  }

  /** The text that could not be read. */
  public String text() {
    return text;
  }

  /** What was expected at {@link #position()}, in a few words. */
  public String problem() {
    return problem;
  }

  /** Zero-based index into {@link #text()} where reading failed. */
  public int position() {
    return position;
  }
}
