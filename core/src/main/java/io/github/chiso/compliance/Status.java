package io.github.chiso.compliance;

/**
 * The verdict of an assessment.
 *
 * @since 0.1.0
 */
public enum Status {
  /** The value meets the threshold. */
  MET,
  /** The value does not meet the threshold (as of the result's date). */
  NOT_MET,
  /** No result was reported. */
  NO_DATA,
  /** A result exists but cannot be judged: text only, threshold not yet in effect, or none set. */
  NOT_EVALUABLE
}
