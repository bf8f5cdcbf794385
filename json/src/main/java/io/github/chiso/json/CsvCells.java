package io.github.chiso.json;

/**
 * Text cells that a spreadsheet opens as text, never as a formula. A cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return — possibly after apostrophes — is
 * written with one more leading apostrophe, as OWASP's guidance on CSV injection recommends; readers
 * drop it again. Every CSV writer of Chiso writes its text cells through {@link #neutralised}, every
 * CSV reader reads them through {@link #restored}, and {@code restored(neutralised(s))} is {@code s}
 * for every string. Numbers the library formats itself are not text cells and are written as they
 * are.
 *
 * @since 0.1.0
 */
public final class CsvCells {
  private CsvCells() {}

  /** {@code text} as a cell no spreadsheet evaluates. */
  public static String neutralised(String text) {
    return startsLikeAFormula(text, 0) ? "'" + text : text;
  }

  /** The text a {@linkplain #neutralised neutralised} cell stands for. */
  public static String restored(String cell) {
    return !cell.isEmpty() && cell.charAt(0) == '\'' && startsLikeAFormula(cell, 1) ? cell.substring(1) : cell;
  }

  /** Whether {@code text}, after any apostrophes from {@code from} on, starts with a formula trigger. */
  private static boolean startsLikeAFormula(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == '\'') {
      i++;
    }
    if (i == text.length()) {
      return false;
    }
    switch (text.charAt(i)) {
      case '=':
      case '+':
      case '-':
      case '@':
      case '\t':
      case '\r':
        return true;
      default:
        return false;
    }
  }
}
