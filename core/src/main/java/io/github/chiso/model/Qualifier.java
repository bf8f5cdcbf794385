package io.github.chiso.model;

/**
 * A word around a number that says how the number is meant, kept beside the value a phrase gives
 * and on a {@link Threshold}. Qualifiers never change a value or a verdict: an approximate,
 * estimated or expected figure, or an aspirational target, is judged at the number the document
 * states, and the qualifier is shown with it (FORMAT.md, "Wording"). A threshold carries only
 * {@link #APPROXIMATE}, {@link #ESTIMATED}, {@link #EXPECTED} and {@link #ASPIRATIONAL}.
 *
 * @since 0.2.0
 */
public enum Qualifier {
  /** "khoảng", "gần", "xấp xỉ", "about", "around", "nearly": the number is a rounded figure. */
  APPROXIMATE,
  /** "ước đạt", "ước tính", "estimated": the figure is an estimate, not a count. */
  ESTIMATED,
  /** "dự kiến", "expected", "projected": the figure is a forecast. */
  EXPECTED,
  /** "phấn đấu", "hướng tới", "strive to": the target is aspirational. */
  ASPIRATIONAL,
  /** A result stated as a lower bound: "hơn 80%", "trên 80%", "vượt 80%", "over 80%". */
  MORE_THAN,
  /** A result stated as an upper bound: "dưới 10%", "chưa đến 10%", "under 10%". */
  LESS_THAN,
  /** A rank stated as a group: "top 10", "thuộc nhóm 10 tỉnh dẫn đầu" (position 10 or better). */
  WITHIN,
  /**
   * The number has one separator followed by exactly three digits ("1,234", "68,457", "51.212"),
   * which documents write both as a decimal and as thousands: {@code io.github.chiso.text.NumberText}'s rule decided it.
   */
  AMBIGUOUS_NUMBER
}
