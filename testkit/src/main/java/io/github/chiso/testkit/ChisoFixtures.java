package io.github.chiso.testkit;

import com.google.common.collect.ImmutableList;
import io.github.chiso.seeds.Seeds;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Result;

/**
 * The source documents as ready fixtures, each loaded in one line: Đồng Nai's 2022 report (seed 001)
 * with its results, Đồng Nai's 2025 plan (seed 002), Hưng Yên's 2023 conclusion (seed 003), Đắk
 * Nông's 2022 notice with its DTI results (seed 004), and Đồng Nai's hierarchy before the reform.
 * Values are immutable and loaded once.
 *
 * @since 0.1.0
 */
public final class ChisoFixtures {
  private ChisoFixtures() {}

  /** Seed 001: report 231/BC-UBND's 2022 targets as a plan. */
  public static Plan dongNai2022Plan() {
    return Seeds.seed001Plan();
  }

  /** Seed 001: the results up to Q3/2022 (the table's twelve rows and the text's other figures). */
  public static ImmutableList<Result> dongNai2022Results() {
    return Seeds.seed001Results();
  }

  /** Seed 002: Đồng Nai's Digital Transformation Plan for 2025 (48 targets, tiered thresholds, 75 tasks). */
  public static Plan dongNai2025Plan() {
    return Seeds.seed002Plan();
  }

  /** Seed 003: Hưng Yên's conclusion of 30 June 2023. */
  public static Plan hungYen2023Plan() {
    return Seeds.seed003Plan();
  }

  /** Seed 004: Đắk Nông's notice of September 2022. */
  public static Plan dakNong2022Plan() {
    return Seeds.seed004Plan();
  }

  /** Seed 004: Đắk Nông's DTI 2021 results. */
  public static ImmutableList<Result> dakNong2021DtiResults() {
    return Seeds.seed004Results();
  }

  /** Đồng Nai before the reform: province, 11 districts, 159 communes, 17 departments. */
  public static Hierarchy dongNaiHierarchy() {
    return Seeds.dongNai();
  }
}
