package io.github.chiso.model;

/**
 * The kind of document a plan's targets and tasks come from.
 *
 * @since 0.1.0
 */
public enum DocumentKind {
  /** Kế hoạch. */
  PLAN,
  /** Báo cáo. */
  REPORT,
  /** Nghị quyết. */
  RESOLUTION,
  /** Kết luận. */
  CONCLUSION,
  /** Thông báo. */
  NOTICE,
  /** Quyết định. */
  DECISION
}
