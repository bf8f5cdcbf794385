package io.github.chiso.vn;

import com.google.common.base.Suppliers;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.vn.lineage.Lineage;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Vietnam's administrative units across the reform of 1 July 2025, built in: the three-tier list as
 * last published before it ({@link #before()}: 63 provinces, 696 districts, 10,035 communes), the
 * two-tier list in force from it ({@link #after()}: 34 provinces, 3,321 communes), and the {@link
 * #lineage()} of 10,602 links between their communes. Codes are padded as the statistics office
 * writes them (province 2 digits, district 3, commune 5).
 *
 * <p>The three-tier list is the last state before the reform, not the state on every earlier day:
 * communes merged between 2021 and mid-2025 appear as the unit they became (Đồng Nai has 159
 * communes in it, not the 170 of 2022). The statistics office's list names communes only; the five
 * districts without communes (island districts such as Côn Đảo) come from the lineage.
 *
 * <p>Each list is read once, on first use, from this module's resources (source and licence in the
 * jar's {@code META-INF/NOTICE}); every value is immutable and thread-safe.
 */
public final class VietnamUnits {
  /** The day the two-tier scheme took effect. */
  public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  private static final Supplier<VietnamData.Loaded> DATA = Suppliers.memoize(VietnamData::load);

  private VietnamUnits() {}

  /** The three-tier list as last published before the reform (province, district, commune). */
  public static UnitList before() {
    return DATA.get().before();
  }

  /** The two-tier list in force from {@link #REFORM} (province, commune). */
  public static UnitList after() {
    return DATA.get().after();
  }

  /** The list in force on {@code date}: {@link #before()} up to 30 June 2025, {@link #after()} from 1 July. */
  public static UnitList on(LocalDate date) {
    return date.isBefore(REFORM) ? before() : after();
  }

  /** The units in force on {@code date}, as a hierarchy. */
  public static Hierarchy hierarchyOn(LocalDate date) {
    return on(date).hierarchy();
  }

  /** The links from the communes of {@link #before()} to those of {@link #after()}, effective {@link #REFORM}. */
  public static Lineage lineage() {
    return DATA.get().lineage();
  }

  /** The consistency checks of the built-in lists and lineage, with their counts and findings. */
  public static SourceDataReport check() {
    return SourceDataCheck.run(DATA.get());
  }
}
