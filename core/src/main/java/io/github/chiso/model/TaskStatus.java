package io.github.chiso.model;

/**
 * Where a task stands.
 *
 * @since 0.1.0
 */
public enum TaskStatus {
  NOT_STARTED,
  IN_PROGRESS,
  DONE,
  /** The document does not say. */
  UNKNOWN
}
