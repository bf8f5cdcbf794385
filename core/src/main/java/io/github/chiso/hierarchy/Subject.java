package io.github.chiso.hierarchy;

/**
 * Anything a result is reported for and a threshold is set for: an {@link AdminUnit} or a {@link
 * Body}. Codes are unique across both within one {@link Hierarchy}.
 *
 * @since 0.1.0
 */
public interface Subject {

  /** Unique code, e.g. {@code "75"} for Đồng Nai or {@code "STTTT"} for a department. */
  String code();

  /** Name as written in Vietnamese. */
  String name();

  /** The scope whose threshold applies to this subject. */
  Scope scope();
}
