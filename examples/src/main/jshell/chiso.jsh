// Chiso at the JShell prompt: the seeds are loaded and the usual packages imported.
import io.github.chiso.*;
import io.github.chiso.hierarchy.*;
import io.github.chiso.model.*;
import io.github.chiso.compliance.*;
import io.github.chiso.rollup.*;
import io.github.chiso.gap.*;
import io.github.chiso.check.*;
import io.github.chiso.text.*;
import io.github.chiso.json.*;
import io.github.chiso.examples.*;
import io.github.chiso.seeds.*;

var plan = Seeds.seed001Plan();
var results = Seeds.seed001Results();
var hierarchy = Seeds.dongNai();
var plan2025 = Seeds.seed002Plan();
var assessments = Compliance.assess(plan, hierarchy, results);

/** Prints the report on the seeds; report("--lang", "vi") in Vietnamese. */
void report(String... args) { Report.run(args, System.out, System.err); }

System.out.println("Chiso ready: plan (seed 001, " + plan.targets().size() + " targets), results ("
    + results.size() + "), hierarchy (" + hierarchy.size() + " units), plan2025 (seed 002), assessments ("
    + assessments.size() + "). Try plan.targets(), Scorecard.of(assessments), report().");
