package io.github.chiso.text;

/**
 * What the number of a target or result phrase measures.
 *
 * @since 0.2.0
 */
public enum PhraseForm {
  /** The level itself: "đạt 80%", "15.000 trạm BTS", "3.103.499/3.118.174". */
  LEVEL,
  /** A rise against a reference: "tăng 20% so với cùng kỳ", "tăng 12 bậc so với năm 2022". */
  INCREASE,
  /** A fall against a reference: "giảm 20% so với năm 2023" (not "giảm xuống dưới 15%", a level). */
  DECREASE,
  /** A position in a ranking, 1 the best: "xếp thứ 12/63", "đứng thứ ba", "top 15". */
  RANK,
  /** A rate per year: "6,5%/năm", "bình quân 9%/năm", "hằng năm". */
  PER_YEAR,
  /** A rate per a population: "1,2/1.000 dân", "9 bác sĩ trên một vạn dân". */
  PER_BASE,
  /** No number: a status in words ("Hoàn thành", "Quá hạn", "xếp loại Khá"). */
  STATUS
}
