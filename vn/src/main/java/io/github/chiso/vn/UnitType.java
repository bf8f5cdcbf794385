package io.github.chiso.vn;

import io.github.chiso.hierarchy.Tier;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of Vietnamese administrative unit, each with the word the lists write before its name
 * ("Tỉnh Đồng Nai", "Huyện Tân Phú", "Phường 5") and the tier it sits at. "Thành phố" names both a
 * centrally-run city (province tier) and a provincial city (district tier): the tier tells them
 * apart.
 */
public enum UnitType {
  /** Tỉnh: a province. */
  PROVINCE("Tỉnh", "province", Tier.PROVINCE),
  /** Thành phố trực thuộc trung ương: a centrally-run city, at the province tier. */
  CENTRAL_CITY("Thành phố", "centrally-run city", Tier.PROVINCE),
  /** Quận: an urban district. */
  URBAN_DISTRICT("Quận", "urban district", Tier.DISTRICT),
  /** Huyện: a rural district. */
  RURAL_DISTRICT("Huyện", "rural district", Tier.DISTRICT),
  /** Thị xã: a district-level town. */
  DISTRICT_TOWN("Thị xã", "district-level town", Tier.DISTRICT),
  /** Thành phố thuộc tỉnh: a provincial city, at the district tier. */
  PROVINCIAL_CITY("Thành phố", "provincial city", Tier.DISTRICT),
  /** Phường: a ward. */
  WARD("Phường", "ward", Tier.COMMUNE),
  /** Xã: a rural commune. */
  COMMUNE("Xã", "commune", Tier.COMMUNE),
  /** Thị trấn: a township (abolished with the districts on 2025-07-01). */
  TOWNSHIP("Thị trấn", "township", Tier.COMMUNE),
  /** Đặc khu: a special zone, at the commune tier from 2025-07-01. */
  SPECIAL_ZONE("Đặc khu", "special zone", Tier.COMMUNE);

  private final String prefix;
  private final String nameEn;
  private final Tier tier;

  UnitType(String prefix, String nameEn, Tier tier) {
    this.prefix = prefix;
    this.nameEn = nameEn;
    this.tier = tier;
  }

  /** The word written before a unit's name, e.g. "Thị trấn". */
  public String prefix() {
    return prefix;
  }

  /** English name of the kind, e.g. "township". */
  public String nameEn() {
    return nameEn;
  }

  /** The tier units of this kind sit at. */
  public Tier tier() {
    return tier;
  }

  /** The kind written {@code word} at {@code tier}, ignoring case ("Thị Xã" is "Thị xã"). */
  public static Optional<UnitType> of(Tier tier, String word) {
    String wanted = word.strip().toLowerCase(Locale.ROOT);
    for (UnitType type : values()) {
      if (type.tier.key().equals(tier.key()) && type.prefix.toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * The kind whose prefix starts {@code name} at {@code tier}, ignoring case: "Thành phố Biên Hòa" at
   * the district tier is a provincial city. Empty when the name starts with no prefix of the tier.
   */
  public static Optional<UnitType> fromName(Tier tier, String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    for (UnitType type : values()) {
      if (type.tier.key().equals(tier.key()) && lower.startsWith(type.prefix.toLowerCase(Locale.ROOT) + " ")) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
