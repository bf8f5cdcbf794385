package io.github.chiso.model;

import io.github.chiso.internal.Check;
import org.immutables.value.Value;

/**
 * The area of a plan an indicator belongs to, such as digital government. An open set: the
 * constants are the areas the source documents use; define others with {@link #of}. Identified by
 * {@link #key()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Area implements Comparable<Area> {
  public static final Area DIGITAL_INFRASTRUCTURE =
      of("digital-infrastructure", "Hạ tầng số", "Digital infrastructure");
  public static final Area DIGITAL_GOVERNMENT =
      of("digital-government", "Chính quyền số", "Digital government");
  public static final Area DIGITAL_ECONOMY = of("digital-economy", "Kinh tế số", "Digital economy");
  public static final Area DIGITAL_SOCIETY = of("digital-society", "Xã hội số", "Digital society");
  public static final Area DIGITAL_ECONOMY_AND_SOCIETY =
      of("digital-economy-society", "Kinh tế số và xã hội số", "Digital economy and society");
  public static final Area DIGITAL_DATA = of("digital-data", "Dữ liệu số", "Digital data");
  public static final Area INFORMATION_SECURITY =
      of("information-security", "An toàn thông tin", "Information security");
  public static final Area DIGITAL_HUMAN_RESOURCES =
      of("digital-human-resources", "Nhân lực số", "Digital human resources");

  Area() {}

  /** Stable identifier, e.g. {@code "digital-government"}. */
  @Value.Parameter
  public abstract String key();

  /** Vietnamese name. */
  @Value.Parameter
  public abstract String nameVi();

  /** English name. */
  @Value.Parameter
  public abstract String nameEn();

  /** Returns the area. */
  public static Area of(String key, String nameVi, String nameEn) {
    return ImmutableArea.of(key, nameVi, nameEn);
  }

  @Value.Check
  void check() {
    Check.code("area key", key());
  }

  /** By key. */
  @Override
  public int compareTo(Area other) {
    return key().compareTo(other.key());
  }

  @Override
  public String toString() {
    return key();
  }
}
