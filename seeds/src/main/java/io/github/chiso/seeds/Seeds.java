package io.github.chiso.seeds;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.json.AdminUnitsCsv;
import io.github.chiso.json.ChisoJson;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Result;
import io.github.chiso.vn.VietnamUnits;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The four source documents as data, loaded from this module's resources (JSON valid against the
 * shipped schemas), and Đồng Nai's hierarchy before the reform cut from chiso-vn's built-in
 * statistics office list. Loaded once; every value is immutable.
 *
 * <ul>
 *   <li>seed 001: Đồng Nai report 231/BC-UBND (19 Sep 2022) — the 2022 targets table and the
 *       forecasts of the text as a plan, the results up to Q3/2022 and the other figures of section
 *       I (infrastructure, schools, tax, e-commerce, reporting forms, personnel records), the Q4 tasks;
 *   <li>seed 002: Đồng Nai Digital Transformation Plan for 2025 — every quantitative target of
 *       section II.2 with tiered thresholds, the targets the tasks of sections III and V set, and
 *       those tasks, bullet by bullet, with their leads and due dates;
 *   <li>seed 003: Hưng Yên, conclusion of the 23rd Party Committee conference (30 Jun 2023), its
 *       targets and tasks;
 *   <li>seed 004: Đắk Nông, notice of the first steering meeting (Sep 2022) with the DTI 2021 result
 *       and every task with its owner and deadline.
 * </ul>
 *
 * <p>Every text (wordings, task descriptions, leads, result notes) is the document's own, with its
 * section; {@code seeds/NOT-ENCODED.md} beside the data lists the items the model cannot express.
 *
 * @since 0.1.0
 */
public final class Seeds {
  private static final String SEEDS = "seeds/";
  private static final String DATA = "data/";

  private static final Supplier<Plan> SEED001_PLAN = plan("seed001-plan.json");
  private static final Supplier<ImmutableList<Result>> SEED001_RESULTS = results("seed001-results.json");
  private static final Supplier<Plan> SEED002_PLAN = plan("seed002-plan.json");
  private static final Supplier<Plan> SEED003_PLAN = plan("seed003-plan.json");
  private static final Supplier<Plan> SEED004_PLAN = plan("seed004-plan.json");
  private static final Supplier<ImmutableList<Result>> SEED004_RESULTS = results("seed004-results.json");
  private static final Supplier<Hierarchy> DONG_NAI = Suppliers.memoize(() -> {
    List<Body> departments = read(DATA + "dong-nai-departments.csv",
        in -> AdminUnitsCsv.readBodies(reader(in), BodyKind.DEPARTMENT, "75"));
    return VietnamUnits.before().province("75", departments);
  });

  private Seeds() {}

  /** Seed 001: the 2022 targets table of report 231/BC-UBND as a plan. */
  public static Plan seed001Plan() {
    return SEED001_PLAN.get();
  }

  /** Seed 001: the results up to Q3/2022, as of 19 Sep 2022: the twelve rows and the other figures, each with its wording as the note. */
  public static ImmutableList<Result> seed001Results() {
    return SEED001_RESULTS.get();
  }

  /** Seed 002: Đồng Nai's plan for 2025. */
  public static Plan seed002Plan() {
    return SEED002_PLAN.get();
  }

  /** Seed 003: Hưng Yên's conclusion of 30 Jun 2023. */
  public static Plan seed003Plan() {
    return SEED003_PLAN.get();
  }

  /** Seed 004: Đắk Nông's notice of Sep 2022. */
  public static Plan seed004Plan() {
    return SEED004_PLAN.get();
  }

  /** Seed 004: the DTI 2021 results (score, national rank, regional rank). */
  public static ImmutableList<Result> seed004Results() {
    return SEED004_RESULTS.get();
  }

  /**
   * Đồng Nai before the reform: the province, its 11 districts and 159 communes (the statistics
   * office's list of 2025-07-18) and 17 provincial departments as implementing bodies.
   */
  public static Hierarchy dongNai() {
    return DONG_NAI.get();
  }

  private static Supplier<Plan> plan(String name) {
    return Suppliers.memoize(() -> read(SEEDS + name, ChisoJson::readPlan));
  }

  private static Supplier<ImmutableList<Result>> results(String name) {
    return Suppliers.memoize(() -> read(SEEDS + name, ChisoJson::readResults));
  }

  private static Reader reader(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static <T> T read(String resource, Function<InputStream, T> reader) {
    try (InputStream in = Seeds.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return reader.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
