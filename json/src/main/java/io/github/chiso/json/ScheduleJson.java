package io.github.chiso.json;

import com.google.common.collect.ImmutableSet;
import io.github.chiso.model.Period;
import io.github.chiso.model.DueRule;
import io.github.chiso.model.Frequency;
import io.github.chiso.model.Recurrence;
import io.github.chiso.schedule.Reporters;
import io.github.chiso.schedule.ReportingRequirement;
import io.github.chiso.schedule.ReportingSchedule;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes reporting schedules and recurrences (FORMAT.md, "Reporting schedule"), strictly,
 * naming the JSON path of every problem.
 */
final class ScheduleJson {
  static final String SCHEDULE_FORMAT = "chiso.schedule";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern MONTH_DAY = Pattern.compile("\\d{2}-\\d{2}");

  private ScheduleJson() {}

  private static ImmutableSet<String> fields(String... names) {
    return ImmutableSet.copyOf(names);
  }

  // ---- reading ----

  static ReportingSchedule scheduleDocument(JsonNode node, String path) {
    Obj doc = Obj.of(node, path, fields("format", "formatVersion", "title", "requirements"));
    JsonReaders.checkFormat(doc, SCHEDULE_FORMAT);
    List<ReportingRequirement> requirements = doc.list("requirements", ScheduleJson::requirement);
    for (int i = 0; i < requirements.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (requirements.get(i).code().equals(requirements.get(j).code())) {
          throw new InvalidDocumentException(Obj.child(Obj.index(doc.path("requirements"), i), "code"),
              Obj.quoted(requirements.get(i).code()), "duplicate requirement code");
        }
      }
    }
    return Obj.build(path, unused -> {
      ReportingSchedule.Builder schedule = ReportingSchedule.builder().requirements(requirements);
      doc.optString("title").ifPresent(schedule::title);
      return schedule.build();
    });
  }

  static ReportingRequirement requirement(JsonNode node, String path) {
    Obj o = Obj.of(node, path, fields("code", "name", "reporters", "indicators", "window", "recurrence"));
    Reporters reporters = reporters(o.node("reporters"), o.path("reporters"));
    List<String> indicators = o.list("indicators", Obj::string);
    Period window = JsonReaders.period(o.node("window"), o.path("window"));
    Recurrence recurrence = recurrence(o.node("recurrence"), o.path("recurrence"));
    return Obj.build(path, unused -> {
      ReportingRequirement.Builder requirement = ReportingRequirement.builder().code(o.string("code"))
          .reporters(reporters).indicatorCodes(indicators).window(window).recurrence(recurrence);
      o.optString("name").ifPresent(requirement::name);
      return requirement.build();
    });
  }

  static Reporters reporters(JsonNode node, String path) {
    Obj o = Obj.of(node, path, fields("scope", "within", "codes"));
    if (o.has("codes") == o.has("scope")) {
      throw Obj.invalid(path, node, "expected either \"scope\" (with an optional \"within\") or \"codes\"");
    }
    if (o.has("codes")) {
      if (o.has("within")) {
        throw Obj.invalid(o.path("within"), o.node("within"), "\"within\" goes with \"scope\", not \"codes\"");
      }
      List<String> codes = o.list("codes", Obj::string);
      return Obj.build(path, unused -> Reporters.codes(codes));
    }
    io.github.chiso.hierarchy.Scope scope = JsonReaders.scope(o.node("scope"), o.path("scope"));
    return Obj.build(path, unused -> o.has("within")
        ? Reporters.of(io.github.chiso.hierarchy.Group.of(o.string("within"), scope))
        : Reporters.of(scope));
  }

  static Recurrence recurrence(JsonNode node, String path) {
    Obj o = Obj.of(node, path, fields("every", "day", "due"));
    Frequency every = o.enumValue("every", Frequency.class);
    DueRule due = due(o.node("due"), o.path("due"));
    if (o.has("day") != (every == Frequency.ANNUAL_DAY)) {
      throw Obj.invalid(o.has("day") ? o.path("day") : o.path("every"), o.has("day") ? o.node("day") : o.node("every"),
          "\"day\" is given exactly when \"every\" is ANNUAL_DAY");
    }
    if (o.has("day")) {
      MonthDay day = monthDay(o.node("day"), o.path("day"));
      return Obj.build(path, unused -> Recurrence.annually(day, due));
    }
    return Obj.build(path, unused -> Recurrence.of(every, due));
  }

  static DueRule due(JsonNode node, String path) {
    Obj o = Obj.of(node, path, fields("daysAfterEnd", "dayOfMonth", "monthsAfter", "onDate", "yearsAfter"));
    if (o.has("daysAfterEnd")) {
      only(o, node, path, "daysAfterEnd");
      return Obj.build(path, unused -> DueRule.daysAfterEnd(o.intValue("daysAfterEnd")));
    }
    if (o.has("dayOfMonth")) {
      only(o, node, path, "dayOfMonth", "monthsAfter");
      return Obj.build(path, unused -> DueRule.dayOfMonthAfter(o.intValue("monthsAfter"), o.intValue("dayOfMonth")));
    }
    if (o.has("onDate")) {
      only(o, node, path, "onDate", "yearsAfter");
      MonthDay date = monthDay(o.node("onDate"), o.path("onDate"));
      return Obj.build(path, unused -> DueRule.onDate(date, o.intValue("yearsAfter")));
    }
    throw Obj.invalid(path, node, "expected {\"daysAfterEnd\"}, {\"dayOfMonth\", \"monthsAfter\"} or {\"onDate\", \"yearsAfter\"}");
  }

  /** The rule's fields are exactly {@code names}: each present, no other. */
  private static void only(Obj o, JsonNode node, String path, String... names) {
    List<String> wanted = List.of(names);
    for (String name : node.propertyNames()) {
      if (!wanted.contains(name)) {
        throw Obj.invalid(o.path(name), node.get(name), "'" + name + "' does not go with '" + names[0] + "'");
      }
    }
    for (String name : names) {
      o.node(name);
    }
  }

  static MonthDay monthDay(JsonNode node, String path) {
    String text = Obj.string(node, path);
    if (!MONTH_DAY.matcher(text).matches()) {
      throw new InvalidDocumentException(path, Obj.quoted(text), "expected a day of the year MM-DD");
    }
    try {
      return MonthDay.of(Integer.parseInt(text.substring(0, 2)), Integer.parseInt(text.substring(3)));
    } catch (DateTimeException e) {
      throw new InvalidDocumentException(path, Obj.quoted(text), "not a day of the year: " + e.getMessage());
    }
  }

  // ---- writing ----

  static ObjectNode scheduleDocument(ReportingSchedule schedule) {
    ObjectNode doc = NODES.objectNode();
    doc.put("format", SCHEDULE_FORMAT);
    doc.put("formatVersion", JsonReaders.FORMAT_VERSION);
    schedule.title().ifPresent(t -> doc.put("title", t));
    ArrayNode requirements = doc.putArray("requirements");
    schedule.requirements().forEach(r -> requirements.add(requirement(r)));
    return doc;
  }

  static ObjectNode requirement(ReportingRequirement requirement) {
    ObjectNode node = NODES.objectNode();
    node.put("code", requirement.code());
    requirement.name().ifPresent(n -> node.put("name", n));
    node.set("reporters", reporters(requirement.reporters()));
    ArrayNode indicators = node.putArray("indicators");
    requirement.indicatorCodes().forEach(indicators::add);
    node.put("window", requirement.window().toString());
    node.set("recurrence", recurrence(requirement.recurrence()));
    return node;
  }

  static ObjectNode reporters(Reporters reporters) {
    ObjectNode node = NODES.objectNode();
    if (reporters.scope().isPresent()) {
      node.set("scope", JsonWriters.scope(reporters.scope().get()));
      reporters.jurisdiction().ifPresent(j -> node.put("within", j));
    } else {
      ArrayNode codes = node.putArray("codes");
      reporters.codes().forEach(codes::add);
    }
    return node;
  }

  static ObjectNode recurrence(Recurrence recurrence) {
    ObjectNode node = NODES.objectNode();
    node.put("every", recurrence.frequency().name());
    recurrence.day().ifPresent(d -> node.put("day", monthDay(d)));
    node.set("due", due(recurrence.due()));
    return node;
  }

  static ObjectNode due(DueRule due) {
    ObjectNode node = NODES.objectNode();
    switch (due.kind()) {
      case DAYS_AFTER_END:
        node.put("daysAfterEnd", due.offset());
        break;
      case DAY_OF_MONTH_AFTER:
        node.put("dayOfMonth", due.day());
        node.put("monthsAfter", due.offset());
        break;
      default:
        node.put("onDate", monthDay(due.date()));
        node.put("yearsAfter", due.offset());
    }
    return node;
  }

  private static String monthDay(MonthDay day) {
    return String.format(Locale.ROOT, "%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
  }
}
