package io.github.chiso.task;

import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.model.Task;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a task's lead that names one body of a hierarchy ("Sở Công Thương") from one that does not:
 * a collective ("các sở, ban, ngành, địa phương"), several bodies, or a body the hierarchy lacks.
 *
 * @since 0.2.0
 */
public final class Leads {
  private Leads() {}

  /**
   * The body of {@code hierarchy} whose name is {@code task}'s lead, compared in Unicode NFC, ignoring
   * case and runs of spaces; empty when the task has no lead or its lead is not one body's name (a
   * collective or a list of bodies, or a body outside the hierarchy). When several bodies share the
   * name, the one with the smallest code.
   */
  public static Optional<Body> body(Task task, Hierarchy hierarchy) {
    return task.lead().map(Leads::key).flatMap(lead -> hierarchy.bodies().stream()
        .filter(b -> key(b.name()).equals(lead))
        .min(java.util.Comparator.comparing(Body::code)));
  }

  private static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
