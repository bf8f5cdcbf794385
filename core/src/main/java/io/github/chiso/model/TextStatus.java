package io.github.chiso.model;

/**
 * What a result that gives no number says instead.
 *
 * @since 0.1.0
 */
public enum TextStatus {
  /** Work is under way ("đang triển khai", "đang thực hiện"). */
  IN_PROGRESS,
  /** Not started or not yet built ("chưa xây dựng"). */
  NOT_STARTED,
  /** No figure is available yet (survey or evaluation pending). */
  NOT_AVAILABLE,
  /**
   * Done ("Hoàn thành", "Đã triển khai", "completed").
   *
   * @since 0.2.0
   */
  COMPLETED,
  /**
   * Late ("Quá hạn", "chậm tiến độ", "overdue").
   *
   * @since 0.2.0
   */
  OVERDUE,
  /**
   * Rated on a scale in words ("xếp loại Khá"); the note keeps the rating.
   *
   * @since 0.2.0
   */
  RATED
}
