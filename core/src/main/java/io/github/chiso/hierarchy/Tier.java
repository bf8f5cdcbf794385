package io.github.chiso.hierarchy;

import io.github.chiso.internal.Check;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One administrative tier, such as province or commune. A tier is identified by its {@link #key()};
 * its position is given by the {@link TierScheme} that lists it, so the same tier can appear in
 * several schemes. Codes of units at the tier may be required to have a fixed number of digits.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Tier {
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]*");

  /** Province or centrally-run city (tỉnh, thành phố trực thuộc trung ương); 2-digit codes. */
  public static final Tier PROVINCE = of("province", "tỉnh", "province", 2);

  /** District (huyện, quận, thị xã, thành phố thuộc tỉnh); 3-digit codes. Abolished 2025-07-01. */
  public static final Tier DISTRICT = of("district", "huyện", "district", 3);

  /** Commune, ward or township (xã, phường, thị trấn; from 2025 also đặc khu); 5-digit codes. */
  public static final Tier COMMUNE = of("commune", "xã", "commune", 5);

  Tier() {}

  /** Stable identifier, lower case, e.g. {@code "district"}; thresholds are keyed by it. */
  @Value.Parameter
  public abstract String key();

  /** Vietnamese name, e.g. "huyện". */
  @Value.Parameter
  public abstract String nameVi();

  /** English name, e.g. "district". */
  @Value.Parameter
  public abstract String nameEn();

  /** Number of digits every unit code at this tier has, if the tier fixes one. */
  @Value.Parameter
  public abstract OptionalInt codeDigits();

  /** A tier whose unit codes are free-form. */
  public static Tier of(String key, String nameVi, String nameEn) {
    return ImmutableTier.of(key, nameVi, nameEn, OptionalInt.empty());
  }

  /** A tier whose unit codes have exactly {@code codeDigits} decimal digits. */
  public static Tier of(String key, String nameVi, String nameEn, int codeDigits) {
    return ImmutableTier.of(key, nameVi, nameEn, OptionalInt.of(codeDigits));
  }

  @Value.Check
  void check() {
    Check.argument(KEY.matcher(key()).matches(), "tier key must match %s, but was '%s'", KEY, key());
    Check.argument(!nameVi().isBlank(), "tier %s: nameVi must not be blank", key());
    codeDigits()
        .ifPresent(
            d -> Check.argument(d > 0, "tier %s: codeDigits must be positive, but was %s", key(), d));
  }

  /** Whether {@code code} has the form this tier requires. */
  public boolean acceptsCode(String code) {
    if (codeDigits().isEmpty()) {
      return true;
    }
    return code.length() == codeDigits().getAsInt() && code.chars().allMatch(Character::isDigit);
  }

  @Override
  public String toString() {
    return key();
  }
}
