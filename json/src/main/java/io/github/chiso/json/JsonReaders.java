package io.github.chiso.json;

import com.google.common.collect.ImmutableSet;
import io.github.chiso.check.Finding;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.RangePosition;
import io.github.chiso.compliance.Status;
import io.github.chiso.gap.Gap;
import io.github.chiso.gap.Gaps;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Area;
import io.github.chiso.model.Change;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.DocumentKind;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.PeriodRollup;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.RollupRule;
import io.github.chiso.model.SourceRef;
import io.github.chiso.model.Target;
import io.github.chiso.model.Task;
import io.github.chiso.model.TaskStatus;
import io.github.chiso.model.TextStatus;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.RateBasis;
import io.github.chiso.model.Threshold;
import io.github.chiso.model.UnitRollup;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Reads model values from JSON trees, strictly, naming the JSON path of every problem. */
final class JsonReaders {
  static final String PLAN_FORMAT = "chiso.plan";
  static final String HIERARCHY_FORMAT = "chiso.hierarchy";
  static final String RESULTS_FORMAT = "chiso.results";
  static final int FORMAT_VERSION = 1;

  private static final Pattern RATIONAL = Pattern.compile("(-?\\d{1,400})(?:/(\\d{1,400}))?");

  private JsonReaders() {}

  private static ImmutableSet<String> fields(String... names) {
    return ImmutableSet.copyOf(names);
  }

  // ---- documents ----

  static void checkFormat(Obj doc, String format) {
    String actual = doc.string("format");
    if (!actual.equals(format)) {
      throw new InvalidDocumentException(doc.path("format"), Obj.quoted(actual), "expected \"" + format + "\"");
    }
    int version = doc.intValue("formatVersion");
    if (version != FORMAT_VERSION) {
      throw new InvalidDocumentException(
          doc.path("formatVersion"), Integer.toString(version), "unsupported format version; this library reads " + FORMAT_VERSION);
    }
  }

  static Plan planDocument(JsonNode node, String path) {
    Obj doc = Obj.of(node, path, fields("format", "formatVersion", "number", "kind", "issuer", "issued", "title",
        "jurisdiction", "period", "legalBasis", "tierScheme", "bodyKinds", "areas", "indicators", "targets", "tasks",
        "bands"));
    checkFormat(doc, PLAN_FORMAT);
    Vocabulary vocabulary = new Vocabulary();
    doc.optString("tierScheme").ifPresent(key -> vocabulary.restrictTiers(knownScheme(key, doc.path("tierScheme"))));
    doc.optList("bodyKinds", JsonReaders::bodyKind).forEach(vocabulary::declare);
    doc.optList("areas", JsonReaders::area).forEach(vocabulary::declare);
    Map<String, Indicator> indicators = new HashMap<>();
    for (Indicator indicator : doc.optList("indicators", (n, p) -> indicator(n, p, vocabulary))) {
      if (indicators.put(indicator.code(), indicator) != null) {
        throw new InvalidDocumentException(doc.path("indicators"), Obj.quoted(indicator.code()), "duplicate indicator code");
      }
    }
    List<Target> targets = doc.optList("targets", (n, p) -> target(n, p, vocabulary, indicators));
    List<Task> tasks = doc.optList("tasks", JsonReaders::task);
    Map<String, io.github.chiso.model.Banding> bands = doc.optNode("bands")
        .map(n -> IndexJson.bandings(n, doc.path("bands"), vocabulary)).orElse(Map.of());
    java.util.Set<String> used = new java.util.HashSet<>();
    targets.forEach(t -> used.add(t.indicator().code()));
    List<Indicator> reported = new java.util.ArrayList<>();
    doc.optList("indicators", (n, p) -> n.get("code") == null ? "" : n.get("code").asString()).forEach(code -> {
      if (!used.contains(code)) {
        reported.add(indicators.get(code));
      }
    });
    return Obj.build(path, unused -> {
      Plan.Builder plan = Plan.builder()
          .number(doc.string("number"))
          .kind(doc.enumValue("kind", DocumentKind.class))
          .issuer(doc.string("issuer"))
          .jurisdiction(doc.string("jurisdiction"))
          .period(period(doc.node("period"), doc.path("period")))
          .legalBasis(doc.optList("legalBasis", Obj::string))
          .targets(targets)
          .tasks(tasks)
          .reportedIndicators(reported)
          .bandings(bands);
      doc.optNode("issued").ifPresent(n -> plan.issued(period(n, doc.path("issued"))));
      doc.optString("title").ifPresent(plan::title);
      return plan.build();
    });
  }

  static Hierarchy hierarchyDocument(JsonNode node, String path) {
    Obj doc = Obj.of(node, path, fields("format", "formatVersion", "tierScheme", "bodyKinds", "units", "bodies"));
    checkFormat(doc, HIERARCHY_FORMAT);
    TierScheme scheme = tierScheme(doc.node("tierScheme"), doc.path("tierScheme"));
    Vocabulary vocabulary = new Vocabulary();
    vocabulary.restrictTiers(scheme);
    doc.optList("bodyKinds", JsonReaders::bodyKind).forEach(vocabulary::declare);
    List<AdminUnit> units = doc.list("units", (n, p) -> unit(n, p, vocabulary));
    List<Body> bodies = doc.optList("bodies", (n, p) -> body(n, p, vocabulary));
    return Obj.build(path, unused -> Hierarchy.of(scheme, units, bodies));
  }

  // ---- hierarchy ----

  static TierScheme knownScheme(String key, String path) {
    for (TierScheme scheme : List.of(TierScheme.VIETNAM_2021_2025, TierScheme.VIETNAM_FROM_2025_07_01)) {
      if (scheme.key().equals(key)) {
        return scheme;
      }
    }
    throw new InvalidDocumentException(path, Obj.quoted(key), "unknown tier scheme; expected \"vn-3tier\", \"vn-2tier\" or an object");
  }

  static TierScheme tierScheme(JsonNode node, String path) {
    if (node.isString()) {
      return knownScheme(node.stringValue(), path);
    }
    Obj o = Obj.of(node, path, fields("key", "name", "tiers", "validFrom", "validUntil"));
    List<Tier> tiers = o.list("tiers", JsonReaders::tier);
    return Obj.build(path, unused -> {
      TierScheme.Builder scheme = TierScheme.builder().key(o.string("key")).name(o.string("name")).tiers(tiers);
      o.optDate("validFrom").ifPresent(scheme::validFrom);
      o.optDate("validUntil").ifPresent(scheme::validUntil);
      return scheme.build();
    });
  }

  static Tier tier(JsonNode node, String path) {
    Obj o = Obj.of(node, path, fields("key", "nameVi", "nameEn", "codeDigits"));
    return Obj.build(path, unused -> o.has("codeDigits")
        ? Tier.of(o.string("key"), o.string("nameVi"), o.string("nameEn"), o.intValue("codeDigits"))
        : Tier.of(o.string("key"), o.string("nameVi"), o.string("nameEn")));
  }

  static BodyKind bodyKind(JsonNode node, String path) {
    Obj o = Obj.of(node, path, fields("key", "nameVi", "nameEn"));
    return Obj.build(path, unused -> BodyKind.of(o.string("key"), o.string("nameVi"), o.string("nameEn")));
  }

  static AdminUnit unit(JsonNode node, String path, Vocabulary vocabulary) {
    Obj o = Obj.of(node, path, fields("code", "name", "nameEn", "tier", "parent"));
    String tierKey = o.string("tier");
    Tier tier = vocabulary.tier(tierKey).orElseThrow(
        () -> new InvalidDocumentException(o.path("tier"), Obj.quoted(tierKey), "unknown tier; expected " + vocabulary.scopeKeys()));
    return Obj.build(path, unused -> {
      AdminUnit.Builder unit = AdminUnit.builder().code(o.string("code")).name(o.string("name")).tier(tier);
      o.optString("nameEn").ifPresent(unit::nameEn);
      o.optString("parent").ifPresent(unit::parentCode);
      return unit.build();
    });
  }

  static Body body(JsonNode node, String path, Vocabulary vocabulary) {
    Obj o = Obj.of(node, path, fields("code", "name", "kind", "jurisdiction"));
    String kindKey = o.string("kind");
    BodyKind kind = vocabulary.bodyKind(kindKey).orElseThrow(
        () -> new InvalidDocumentException(o.path("kind"), Obj.quoted(kindKey), "unknown body kind; declare it in bodyKinds"));
    return Obj.build(path, unused -> Body.of(o.string("code"), o.string("name"), kind, o.string("jurisdiction")));
  }

  // ---- model ----

  static Period period(JsonNode node, String path) {
    String text = Obj.string(node, path);
    return Obj.build(path, unused -> Period.parse(text));
  }

  static Area area(JsonNode node, String path) {
    Obj o = Obj.of(node, path, fields("key", "nameVi", "nameEn"));
    return Obj.build(path, unused -> Area.of(o.string("key"), o.string("nameVi"), o.string("nameEn")));
  }

  static SourceRef source(JsonNode node, String path) {
    Obj o = Obj.of(node, path, fields("document", "section"));
    return Obj.build(path, unused -> o.has("section")
        ? SourceRef.of(o.string("document"), o.string("section"))
        : SourceRef.of(o.string("document")));
  }

  static Indicator indicator(JsonNode node, String path, Vocabulary vocabulary) {
    Obj o = Obj.of(node, path, fields("code", "nameVi", "nameEn", "measure", "polarity", "area", "rollup", "unit",
        "per"));
    String areaKey = o.string("area");
    Area area = vocabulary.area(areaKey).orElseThrow(
        () -> new InvalidDocumentException(o.path("area"), Obj.quoted(areaKey), "unknown area; expected " + vocabulary.areaKeys() + " or one declared in areas"));
    Optional<RollupRule> rollup = o.optNode("rollup").map(n -> rollupRule(n, o.path("rollup")));
    Optional<RateBasis> per = o.optNode("per").map(n -> rateBasis(n, o.path("per")));
    Optional<String> unit = o.optString("unit");
    unit.filter(u -> u.isBlank() || !u.strip().equals(u)).ifPresent(u -> {
      throw new InvalidDocumentException(o.path("unit"), Obj.quoted(u), "a unit is non-blank without surrounding spaces");
    });
    return Obj.build(path, unused -> {
      Indicator.Builder indicator = Indicator.builder()
          .code(o.string("code"))
          .nameVi(o.string("nameVi"))
          .measure(o.enumValue("measure", Measure.class))
          .area(area);
      o.optString("nameEn").ifPresent(indicator::nameEn);
      o.optEnum("polarity", Polarity.class).ifPresent(indicator::polarity);
      rollup.ifPresent(indicator::rollup);
      unit.ifPresent(indicator::unit);
      per.ifPresent(indicator::per);
      return indicator.build();
    });
  }

  static RollupRule rollupRule(JsonNode node, String path) {
    Obj o = Obj.of(node, path, fields("overUnits", "overPeriods", "weight"));
    UnitRollup overUnits = o.enumValue("overUnits", UnitRollup.class);
    PeriodRollup overPeriods = o.enumValue("overPeriods", PeriodRollup.class);
    if (o.has("weight") != (overUnits == UnitRollup.WEIGHTED_MEAN)) {
      throw new InvalidDocumentException(o.path("weight"), o.optString("weight").map(Obj::quoted).orElse(""),
          "a weight is required for WEIGHTED_MEAN and only for it");
    }
    return Obj.build(path, unused -> o.has("weight")
        ? RollupRule.weightedMean(o.string("weight"), overPeriods)
        : RollupRule.of(overUnits, overPeriods));
  }

  static Threshold threshold(JsonNode node, String path) {
    Obj o = Obj.of(node, path, fields("comparator", "bound", "upperBound", "appliesTo", "effectiveFrom", "wording",
        "qualifiers"));
    Comparator comparator = o.enumValue("comparator", Comparator.class);
    List<Qualifier> qualifiers = qualifiers(o);
    Optional<Threshold.AppliesTo> appliesTo = o.optEnum("appliesTo", Threshold.AppliesTo.class);
    return Obj.build(path, unused -> {
      Threshold.Builder threshold = Threshold.builder().comparator(comparator).bound(o.decimal("bound"));
      appliesTo.ifPresent(threshold::appliesTo);
      o.optDecimal("upperBound").ifPresent(threshold::upperBound);
      o.optDate("effectiveFrom").ifPresent(threshold::effectiveFrom);
      o.optString("wording").ifPresent(threshold::wording);
      threshold.addAllQualifiers(qualifiers);
      return threshold.build();
    });
  }

  /** The optional {@code "qualifiers"} array of names, each at most once. */
  private static List<Qualifier> qualifiers(Obj o) {
    List<Qualifier> qualifiers = o.optList("qualifiers", (n, p) -> Obj.enumValue(Obj.string(n, p), p, Qualifier.class));
    if (new java.util.HashSet<>(qualifiers).size() != qualifiers.size()) {
      throw new InvalidDocumentException(o.path("qualifiers"), qualifiers.toString(), "a qualifier is listed twice");
    }
    return qualifiers;
  }

  static RateBasis rateBasis(JsonNode node, String path) {
    Obj o = Obj.of(node, path, fields("kind", "base", "of"));
    RateBasis.Kind kind = o.enumValue("kind", RateBasis.Kind.class);
    if (kind == RateBasis.Kind.PER_YEAR) {
      for (String name : List.of("base", "of")) {
        if (o.has(name)) {
          throw new InvalidDocumentException(o.path(name), "", "a rate per year has no " + name);
        }
      }
      return RateBasis.perYear();
    }
    BigDecimal base = o.decimal("base");
    if (base.signum() <= 0) {
      throw new InvalidDocumentException(o.path("base"), base.toPlainString(), "the base of a rate must be positive");
    }
    return Obj.build(path, unused -> RateBasis.perPopulation(base, o.string("of")));
  }

  static Target target(JsonNode node, String path, Vocabulary vocabulary, Map<String, Indicator> indicators) {
    Obj o = Obj.of(node, path, fields("code", "indicator", "thresholds", "fallbackScope", "period", "deadline",
        "change", "parent", "wording", "source"));
    String indicatorCode = o.string("indicator");
    Indicator indicator = indicators.get(indicatorCode);
    if (indicator == null) {
      throw new InvalidDocumentException(o.path("indicator"), Obj.quoted(indicatorCode), "no indicator with this code in indicators");
    }
    JsonNode thresholdsNode = o.node("thresholds");
    Obj thresholds = Obj.of(thresholdsNode, o.path("thresholds"), ImmutableSet.copyOf(thresholdsNode.propertyNames()));
    Target.Builder target = Target.builder().indicator(indicator);
    for (String key : thresholdsNode.propertyNames()) {
      Scope scope = vocabulary.scope(key).orElseThrow(() -> new InvalidDocumentException(
          thresholds.path(key), Obj.quoted(key), "unknown tier or body kind; expected " + vocabulary.scopeKeys()));
      target.putThresholds(scope, threshold(thresholdsNode.get(key), thresholds.path(key)));
    }
    Optional<Scope> fallback = o.optString("fallbackScope").map(key -> vocabulary.scope(key).orElseThrow(
        () -> new InvalidDocumentException(o.path("fallbackScope"), Obj.quoted(key), "unknown tier or body kind; expected " + vocabulary.scopeKeys())));
    Period period = period(o.node("period"), o.path("period"));
    Optional<SourceRef> source = o.optNode("source").map(n -> source(n, o.path("source")));
    Optional<Change> change = o.optNode("change").map(n -> change(n, o.path("change")));
    return Obj.build(path, unused -> {
      target.code(o.string("code")).period(period);
      change.ifPresent(target::change);
      fallback.ifPresent(target::fallbackScope);
      o.optDate("deadline").ifPresent(target::deadline);
      o.optString("parent").ifPresent(target::parentCode);
      o.optString("wording").ifPresent(target::wording);
      source.ifPresent(target::source);
      return target.build();
    });
  }

  /** A change: direction, basis, and a reference period or {@code "YEAR_EARLIER"}. */
  static Change change(JsonNode node, String path) {
    Obj o = Obj.of(node, path, fields("direction", "basis", "reference"));
    Change.Direction direction = o.enumValue("direction", Change.Direction.class);
    Change.Basis basis = o.enumValue("basis", Change.Basis.class);
    String reference = o.string("reference");
    if (reference.equals(JsonWriters.YEAR_EARLIER)) {
      return Change.yearOnYear(direction, basis);
    }
    Period period = period(o.node("reference"), o.path("reference"));
    return Change.of(direction, basis, period);
  }

  static Task task(JsonNode node, String path) {
    Obj o = Obj.of(node, path, fields("code", "description", "lead", "partners", "due", "dueWording", "recurrence",
        "ongoing", "qualifiers", "status", "completed", "targets", "source"));
    List<String> partners = o.optList("partners", Obj::string);
    Optional<io.github.chiso.model.Recurrence> recurrence =
        o.optNode("recurrence").map(n -> ScheduleJson.recurrence(n, o.path("recurrence")));
    List<Qualifier> qualifiers = qualifiers(o);
    boolean ongoing = o.has("ongoing") && o.bool("ongoing");
    List<String> targets = o.optList("targets", Obj::string);
    Optional<SourceRef> source = o.optNode("source").map(n -> source(n, o.path("source")));
    return Obj.build(path, unused -> {
      Task.Builder task = Task.builder()
          .code(o.string("code"))
          .description(o.string("description"))
          .partners(partners)
          .targetCodes(targets);
      o.optString("lead").ifPresent(task::lead);
      o.optDate("due").ifPresent(task::due);
      o.optString("dueWording").ifPresent(task::dueWording);
      recurrence.ifPresent(task::recurrence);
      task.ongoing(ongoing).addAllQualifiers(qualifiers);
      o.optEnum("status", TaskStatus.class).ifPresent(task::status);
      o.optDate("completed").ifPresent(task::completed);
      source.ifPresent(task::source);
      return task.build();
    });
  }

  static Result result(JsonNode node, String path) {
    Obj o = Obj.of(node, path, fields("indicator", "subject", "period", "asOf", "value", "numerator", "denominator",
        "reportedShare", "rank", "field", "delta", "change", "status", "text", "source", "note", "qualifiers"));
    Reading reading = reading(o);
    List<Qualifier> qualifiers = qualifiers(o);
    Period period = period(o.node("period"), o.path("period"));
    Optional<SourceRef> source = o.optNode("source").map(n -> source(n, o.path("source")));
    Result unqualified = Obj.build(path, unused -> {
      Result.Builder result = Result.builder()
          .indicatorCode(o.string("indicator"))
          .subjectCode(o.string("subject"))
          .period(period)
          .reading(reading);
      o.optDate("asOf").ifPresent(result::asOf);
      source.ifPresent(result::source);
      o.optString("note").ifPresent(result::note);
      return result.build();
    });
    return qualifiers.isEmpty() ? unqualified
        : Obj.build(o.path("qualifiers"), unused -> Result.builder().from(unqualified).qualifiers(qualifiers).build());
  }

  /**
   * Exactly one of: value; numerator and denominator (with an optional reportedShare); rank (with an
   * optional field); delta and change; status and text.
   */
  static Reading reading(Obj o) {
    boolean decimal = o.has("value");
    boolean parts = o.has("numerator") || o.has("denominator");
    boolean rank = o.has("rank");
    boolean text = o.has("status") || o.has("text");
    boolean delta = o.has("delta") || o.has("change");
    int kinds = (decimal ? 1 : 0) + (parts ? 1 : 0) + (rank ? 1 : 0) + (text ? 1 : 0) + (delta ? 1 : 0);
    if (kinds != 1) {
      throw new InvalidDocumentException(o.path(), "", "a result needs exactly one of \"value\", "
          + "\"numerator\"+\"denominator\", \"rank\", \"delta\"+\"change\", or \"status\"+\"text\"");
    }
    if (delta) {
      BigDecimal amount = o.decimal("delta");
      if (amount.signum() < 0) {
        throw new InvalidDocumentException(o.path("delta"), amount.toPlainString(),
            "the amount of a change is not negative: its direction carries the sign");
      }
      return Reading.delta(amount, change(o.node("change"), o.path("change")));
    }
    if (o.has("reportedShare") && !parts) {
      throw new InvalidDocumentException(o.path("reportedShare"), "", "reportedShare goes only with numerator and denominator");
    }
    if (o.has("field") && !rank) {
      throw new InvalidDocumentException(o.path("field"), "", "field goes only with rank");
    }
    if (decimal) {
      return Reading.decimal(o.decimal("value"));
    }
    if (rank) {
      long place = o.longValue("rank");
      if (place < 1) {
        throw new InvalidDocumentException(o.path("rank"), Long.toString(place), "a rank is a place from 1");
      }
      if (!o.has("field")) {
        return Reading.rank(place);
      }
      long field = o.longValue("field");
      if (field < place) {
        throw new InvalidDocumentException(o.path("field"), Long.toString(field),
            "a field of " + field + " places cannot hold place " + place);
      }
      return Reading.rank(place, field);
    }
    if (parts) {
      long numerator = o.longValue("numerator");
      long denominator = o.longValue("denominator");
      if (denominator <= 0) {
        throw new InvalidDocumentException(o.path("denominator"), Long.toString(denominator), "denominator must be positive");
      }
      if (numerator < 0) {
        throw new InvalidDocumentException(o.path("numerator"), Long.toString(numerator), "numerator must not be negative");
      }
      if (numerator > denominator) {
        throw new InvalidDocumentException(o.path("numerator"), Long.toString(numerator),
            "numerator " + numerator + " exceeds denominator " + denominator + " of a share");
      }
      return o.has("reportedShare")
          ? Reading.fraction(numerator, denominator, o.decimal("reportedShare"))
          : Reading.fraction(numerator, denominator);
    }
    return Reading.text(o.enumValue("status", TextStatus.class), o.string("text"));
  }

  // ---- results of the calculus ----

  static Rational rational(JsonNode node, String path) {
    String text = Obj.string(node, path);
    Matcher m = RATIONAL.matcher(text);
    if (!m.matches() || (m.group(2) != null && new BigInteger(m.group(2)).signum() == 0)) {
      throw new InvalidDocumentException(path, Obj.quoted(text), "expected an exact number \"n\" or \"n/d\" with d > 0");
    }
    return Rational.of(new BigInteger(m.group(1)), m.group(2) == null ? BigInteger.ONE : new BigInteger(m.group(2)));
  }

  static Scope scope(JsonNode node, String path) {
    Obj o = Obj.of(node, path, fields("kind", "key"));
    Scope.Kind kind = o.enumValue("kind", Scope.Kind.class);
    return Obj.build(path, unused -> Scope.of(kind, o.string("key")));
  }

  static Assessment assessment(JsonNode node, String path) {
    Obj o = Obj.of(node, path, fields("target", "indicator", "subject", "scope", "period", "status", "threshold",
        "value", "margin", "achievement", "numerator", "denominator", "rangePosition", "change", "referencePeriod",
        "referenceValue", "asOf", "deadline", "reason", "areas", "qualifiers"));
    List<Qualifier> qualifiers = qualifiers(o);
    Vocabulary vocabulary = new Vocabulary();
    o.optList("areas", JsonReaders::area).forEach(vocabulary::declare);
    Indicator indicator = indicator(o.node("indicator"), o.path("indicator"), vocabulary);
    Scope scope = scope(o.node("scope"), o.path("scope"));
    Period period = period(o.node("period"), o.path("period"));
    Optional<Threshold> threshold = o.optNode("threshold").map(n -> threshold(n, o.path("threshold")));
    Optional<Change> change = o.optNode("change").map(n -> change(n, o.path("change")));
    Optional<Period> referencePeriod = o.optNode("referencePeriod").map(n -> period(n, o.path("referencePeriod")));
    return Obj.build(path, unused -> {
      Assessment.Builder a = Assessment.builder()
          .targetCode(o.string("target"))
          .indicator(indicator)
          .subjectCode(o.string("subject"))
          .scope(scope)
          .period(period)
          .status(o.enumValue("status", Status.class))
          .asOf(o.date("asOf"))
          .deadline(o.date("deadline"));
      threshold.ifPresent(a::threshold);
      o.optNode("value").ifPresent(n -> a.value(rational(n, o.path("value"))));
      o.optNode("margin").ifPresent(n -> a.margin(rational(n, o.path("margin"))));
      o.optNode("achievement").ifPresent(n -> a.achievement(rational(n, o.path("achievement"))));
      if (o.has("numerator")) {
        a.numerator(o.bigInteger("numerator"));
      }
      if (o.has("denominator")) {
        a.denominator(o.bigInteger("denominator"));
      }
      o.optEnum("rangePosition", RangePosition.class).ifPresent(a::rangePosition);
      change.ifPresent(a::change);
      referencePeriod.ifPresent(a::referencePeriod);
      o.optNode("referenceValue").ifPresent(n -> a.referenceValue(rational(n, o.path("referenceValue"))));
      o.optString("reason").ifPresent(a::reason);
      return a.qualifiers(qualifiers).build();
    });
  }

  /** A gap is read as its assessment; the other fields are derived and must agree with it. */
  static Gap gap(JsonNode node, String path) {
    Obj o = Obj.of(node, path, fields("assessment", "required", "gap", "relativeGap", "distance", "shortfall"));
    Gap gap = Gaps.of(assessment(o.node("assessment"), o.path("assessment")));
    check(o, "required", gap.required().map(Rational::toString));
    check(o, "gap", gap.gap().map(Rational::toString));
    check(o, "relativeGap", gap.relativeGap().map(Rational::toString));
    check(o, "distance", gap.distance().map(Rational::toString));
    check(o, "shortfall", gap.shortfall().map(BigInteger::toString));
    return gap;
  }

  private static void check(Obj o, String name, Optional<String> derived) {
    Optional<String> written = o.optNode(name).map(n -> {
      if (n.isIntegralNumber()) {
        return Obj.integer(n).toString();
      }
      return Obj.string(n, o.path(name));
    });
    if (!written.equals(derived)) {
      throw new InvalidDocumentException(o.path(name), written.orElse("absent"),
          "does not agree with the assessment, which gives " + derived.orElse("none"));
    }
  }

  static io.github.chiso.rollup.Coverage coverage(JsonNode node, String path) {
    Obj o = Obj.of(node, path, fields("expected", "reporting", "missing"));
    List<String> missing = o.list("missing", Obj::string);
    return Obj.build(path, unused -> io.github.chiso.rollup.Coverage.of(o.intValue("expected"), o.intValue("reporting"), missing));
  }

  static Finding finding(JsonNode node, String path) {
    Obj o = Obj.of(node, path, fields("kind", "indicator", "subject", "period", "message", "results"));
    List<Result> results = o.list("results", JsonReaders::result);
    io.github.chiso.check.FindingKind kind = o.enumValue("kind", io.github.chiso.check.FindingKind.class);
    Period period = period(o.node("period"), o.path("period"));
    return Obj.build(path, unused -> results.isEmpty()
        ? Finding.ofPlan(kind, o.string("indicator"), o.string("subject"), period, o.string("message"))
        : Finding.of(kind, results, o.string("message")));
  }
}
