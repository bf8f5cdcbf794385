package io.github.chiso.hierarchy;

import com.google.common.collect.ImmutableList;
import io.github.chiso.internal.Check;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An ordered list of administrative tiers, top (level 0) first, with the dates it was in force.
 * Each tier's parent is the tier one level above it.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TierScheme {

  /** Vietnam's three tiers in force until 30 June 2025: province, district, commune. */
  public static final TierScheme VIETNAM_2021_2025 =
      builder()
          .key("vn-3tier")
          .name("Việt Nam: tỉnh, huyện, xã (đến 30/6/2025)")
          .addTiers(Tier.PROVINCE, Tier.DISTRICT, Tier.COMMUNE)
          .validUntil(LocalDate.of(2025, 6, 30))
          .build();

  /** Vietnam's two tiers in force from 1 July 2025: province, commune. */
  public static final TierScheme VIETNAM_FROM_2025_07_01 =
      builder()
          .key("vn-2tier")
          .name("Việt Nam: tỉnh, xã (từ 1/7/2025)")
          .addTiers(Tier.PROVINCE, Tier.COMMUNE)
          .validFrom(LocalDate.of(2025, 7, 1))
          .build();

  TierScheme() {}

  /** Stable identifier, e.g. {@code "vn-3tier"}. */
  public abstract String key();

  /** Human-readable name. */
  public abstract String name();

  /** Tiers, top first; never empty, keys distinct. */
  public abstract ImmutableList<Tier> tiers();

  /** First day the scheme applies, if bounded. */
  public abstract Optional<LocalDate> validFrom();

  /** Last day the scheme applies, if bounded. */
  public abstract Optional<LocalDate> validUntil();

  /** A builder for a scheme. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TierScheme}; {@code build()} validates. */
  public static final class Builder extends ImmutableTierScheme.Builder {
    Builder() {}
  }

  /** Returns the scheme for the given tiers, top first. */
  public static TierScheme of(String key, String name, List<Tier> tiers) {
    return builder().key(key).name(name).tiers(tiers).build();
  }

  @Value.Check
  void check() {
    Check.code("tier scheme key", key());
    Check.argument(!tiers().isEmpty(), "tier scheme %s: tiers must not be empty", key());
    Set<String> seen = new HashSet<>();
    for (Tier tier : tiers()) {
      Check.argument(seen.add(tier.key()), "tier scheme %s: duplicate tier '%s'", key(), tier.key());
    }
    if (validFrom().isPresent() && validUntil().isPresent()) {
      Check.argument(
          !validUntil().get().isBefore(validFrom().get()),
          "tier scheme %s: validUntil %s is before validFrom %s",
          key(),
          validUntil().get(),
          validFrom().get());
    }
  }

  /** The top tier (level 0). */
  public Tier top() {
    return tiers().get(0);
  }

  /** The bottom tier. */
  public Tier bottom() {
    return tiers().get(tiers().size() - 1);
  }

  /** Whether the scheme lists a tier with this key. */
  public boolean contains(Tier tier) {
    return tier(tier.key()).isPresent();
  }

  /** The tier with this key, if listed. */
  public Optional<Tier> tier(String key) {
    return tiers().stream().filter(t -> t.key().equals(key)).findFirst();
  }

  /**
   * Zero-based level of {@code tier} (0 = top).
   *
   * @throws io.github.chiso.InvalidValueException if the scheme does not list the tier
   */
  public int levelOf(Tier tier) {
    for (int i = 0; i < tiers().size(); i++) {
      if (tiers().get(i).key().equals(tier.key())) {
        return i;
      }
    }
    throw Check.invalid("tier '%s' is not in tier scheme %s %s", tier.key(), key(), tiers());
  }

  /** The tier directly above {@code tier}, empty for the top tier. */
  public Optional<Tier> parentOf(Tier tier) {
    int level = levelOf(tier);
    return level == 0 ? Optional.empty() : Optional.of(tiers().get(level - 1));
  }

  /** Whether the scheme is in force on {@code date}. */
  public boolean isInForceOn(LocalDate date) {
    return validFrom().map(from -> !date.isBefore(from)).orElse(true)
        && validUntil().map(until -> !date.isAfter(until)).orElse(true);
  }

  @Override
  public String toString() {
    return key() + tiers();
  }
}
