package io.github.chiso.json;

import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Area;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys a document may use for tiers, body kinds and areas: the library's own (the tiers of both
 * Vietnamese schemes, provincial departments, the standard areas) plus those the document declares.
 */
final class Vocabulary {
  private final Map<String, Tier> tiers = new LinkedHashMap<>();
  private final Map<String, BodyKind> bodyKinds = new LinkedHashMap<>();
  private final Map<String, Area> areas = new LinkedHashMap<>();

  static final List<Area> STANDARD_AREAS =
      List.of(Area.DIGITAL_INFRASTRUCTURE, Area.DIGITAL_GOVERNMENT, Area.DIGITAL_ECONOMY, Area.DIGITAL_SOCIETY,
          Area.DIGITAL_ECONOMY_AND_SOCIETY, Area.DIGITAL_DATA, Area.INFORMATION_SECURITY, Area.DIGITAL_HUMAN_RESOURCES);

  Vocabulary() {
    for (TierScheme scheme : List.of(TierScheme.VIETNAM_2021_2025, TierScheme.VIETNAM_FROM_2025_07_01)) {
      scheme.tiers().forEach(t -> tiers.put(t.key(), t));
    }
    bodyKinds.put(BodyKind.DEPARTMENT.key(), BodyKind.DEPARTMENT);
    STANDARD_AREAS.forEach(a -> areas.put(a.key(), a));
  }

  /** Only the tiers of {@code scheme} (a document that names its scheme). */
  void restrictTiers(TierScheme scheme) {
    tiers.clear();
    scheme.tiers().forEach(t -> tiers.put(t.key(), t));
  }

  void declare(BodyKind kind) {
    bodyKinds.put(kind.key(), kind);
  }

  void declare(Area area) {
    areas.put(area.key(), area);
  }

  Optional<Scope> scope(String key) {
    if (tiers.containsKey(key)) {
      return Optional.of(Scope.of(tiers.get(key)));
    }
    return Optional.ofNullable(bodyKinds.get(key)).map(Scope::of);
  }

  Optional<Tier> tier(String key) {
    return Optional.ofNullable(tiers.get(key));
  }

  Optional<BodyKind> bodyKind(String key) {
    return Optional.ofNullable(bodyKinds.get(key));
  }

  Optional<Area> area(String key) {
    return Optional.ofNullable(areas.get(key));
  }

  String scopeKeys() {
    return "tiers " + tiers.keySet() + " or body kinds " + bodyKinds.keySet();
  }

  String areaKeys() {
    return areas.keySet().toString();
  }
}
