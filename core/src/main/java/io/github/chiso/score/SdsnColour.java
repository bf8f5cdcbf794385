package io.github.chiso.score;

/**
 * The four colours of the SDSN Sustainable Development Report's dashboards, best first.
 *
 * @since 0.1.0
 */
public enum SdsnColour {
  /** Goal or indicator achieved: the value meets the green threshold. */
  GREEN,
  /** Challenges remain: meets the midpoint between green and red. */
  YELLOW,
  /** Significant challenges: meets the red threshold. */
  ORANGE,
  /** Major challenges: below the red threshold. */
  RED;

  /** The band code, {@code "green"} etc. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
