package io.github.chiso.text;

/**
 * The language of wording, which also fixes how numbers are written.
 *
 * @since 0.1.0
 */
public enum Language {
  /** Vietnamese: decimal comma, dots between thousands ("3.103.499", "77,62"). */
  VI,
  /** English: decimal point, commas between thousands ("3,103,499", "77.62"). */
  EN
}
