package io.github.chiso.examples.snippets;

import io.github.chiso.seeds.Seeds;
import io.github.chiso.json.ChisoJson;
import io.github.chiso.json.InvalidDocumentException;
import io.github.chiso.model.Plan;

/** Write a plan as JSON, read it back, and see what a bad document reports. */
public final class JsonReadWrite {
  private JsonReadWrite() {}

  public static void main(String[] args) {
    Plan plan = Seeds.seed001Plan();
    String json = ChisoJson.writePlan(plan);
    System.out.println("round trip equal: " + ChisoJson.readPlan(json).equals(plan) + " (" + json.length() + " characters)");
    try {
      ChisoJson.readPlan(json.replace("\"AT_LEAST\"", "\"AT_LEST\""));
    } catch (InvalidDocumentException e) {
      System.out.println("rejected at " + e.location() + ": " + e.getMessage());
    }
  }
}
