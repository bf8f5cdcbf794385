package io.github.chiso.json;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;

/** JSON paths ({@code $.targets[3].thresholds.district}) from a parser's position. */
final class Paths {
  private Paths() {}

  static String of(TokenStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray() && c.hasCurrentIndex()) {
        segments.push("[" + c.getCurrentIndex() + "]");
      } else if (c.inObject() && c.currentName() != null) {
        segments.push(Obj.child("", c.currentName()));
      }
    }
    return "$" + String.join("", segments);
  }

  /** The path where {@code e} happened, if its processor was a parser; else the root. */
  static String of(JacksonException e) {
    if (e.processor() instanceof JsonParser) {
      return of(((JsonParser) e.processor()).streamReadContext());
    }
    return "$";
  }
}
