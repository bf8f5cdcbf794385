package io.github.chiso.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.TextParseException;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.Reading;
import io.github.chiso.model.TextStatus;
import io.github.chiso.model.Threshold;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Laws of the wording rules the second and third unseen corpora taught (FORMAT.md, "Wording"), one
 * per family: places, who is counted, rates per other periods, statuses, spellings of the same word,
 * a change word's level, and places moved. Each was seen to fail with its rule broken (the commit names the mutation).
 */
class WordingRulesPropertiesTest {
  private static final Gen<BigDecimal> VALUES = ChisoGen.decimals(3, 1).map(BigDecimal::abs).map(v -> v.signum() == 0 ? BigDecimal.ONE : v);

  private static String vi(BigDecimal v) {
    return NumberText.format(v);
  }

  private static String meaning(Threshold t) {
    return t.comparator() + " " + t.bound().stripTrailingZeros().toPlainString() + " " + t.upperBound() + " " + t.appliesTo();
  }

  private static String meaning(TargetPhrase p) {
    return meaning(p.threshold()) + " " + p.form() + " " + p.qualifiers() + " " + p.byYear().keySet() + " " + p.rankField();
  }

  private static String meaning(ResultPhrase p) {
    return p.reading().map(r -> r instanceof Reading.Decimal ? ((Reading.Decimal) r).decimal().stripTrailingZeros().toPlainString() : r.toString())
        .orElse("-") + " " + p.form() + " " + p.qualifiers() + " " + p.status() + " " + p.years() + " " + p.rankField();
  }

  record Place(String lead, int place, boolean orBetter, String tail) {
    String text() {
      return lead + " " + place + " " + (orBetter ? "trở lên" : "trở xuống") + tail;
    }
  }

  /** Places: "thứ X trở lên" is X or better (≤ X), "trở xuống" X or worse, and neither is a result's place. */
  @Test
  void aPlaceOrBetterIsAtMostThePlace() {
    Gen<Place> places = source -> new Place(
        Gen.elements("xếp thứ", "xếp hạng thứ", "đứng thứ", "Chỉ số DTI xếp hạng từ thứ", "PCI xếp từ thứ", "ở vị trí thứ").generate(source),
        Gen.ints(1, 99).generate(source), Gen.booleans().generate(source),
        Gen.elements("", " cả nước", " về chỉ số PAPI", " trong cả nước").generate(source));
    Property.forAll("a place or better is at most the place", places).tries(500).verify(p -> {
      TargetPhrase t = TargetText.extract(p.text());
      assertThat(t.form()).as(p.text()).isEqualTo(PhraseForm.RANK);
      assertThat(t.threshold().comparator()).as(p.text()).isEqualTo(p.orBetter() ? Comparator.AT_MOST : Comparator.AT_LEAST);
      assertThat(t.threshold().bound()).as(p.text()).isEqualByComparingTo(BigDecimal.valueOf(p.place()));
      assertThatThrownBy(() -> ResultText.extract(p.text())).as(p.text()).isInstanceOf(TextParseException.class);
    });
  }

  record Counted(String who, BigDecimal value) {}

  /**
   * Who is counted never changes the reading: an age with its comparator ("trên 60 tuổi", "dưới 6
   * tuổi trở lên") between the indicator and its value leaves the target and the result as they
   * are without it.
   */
  @Test
  void whoIsCountedNeverChangesTheReading() {
    Gen<Counted> cases = source -> new Counted(
        Gen.elements("trên", "dưới", "từ", "hơn", "không quá").generate(source) + " " + Gen.ints(1, 80).generate(source) + " tuổi"
            + Gen.elements("", " trở lên", " trở xuống").generate(source),
        VALUES.generate(source));
    Property.forAll("who is counted never changes the reading", cases).tries(600).verify(c -> {
      for (String lead : List.of("Tỷ lệ người dân ", "Tỷ lệ trẻ em ", "người ")) {
        String with = lead + c.who() + " có tài khoản đạt " + vi(c.value()) + "%";
        String without = lead + "có tài khoản đạt " + vi(c.value()) + "%";
        assertThat(meaning(ResultText.extract(with))).as(with).isEqualTo(meaning(ResultText.extract(without)));
        assertThat(meaning(TargetText.extract(with))).as(with).isEqualTo(meaning(TargetText.extract(without)));
      }
    });
  }

  record Rate(String lead, BigDecimal value, String unit, String period) {}

  /** A rate per quarter, month or week is refused, wherever it is written, while the same rate per year is read. */
  @Test
  void onlyARatePerYearIsRead() {
    Gen<Rate> rates = source -> new Rate(Gen.elements("", "tăng ", "đạt ", "tối thiểu ", "tổ chức ").generate(source),
        VALUES.generate(source), Gen.elements("%", " lần", " buổi", " cuộc họp", "% số hồ sơ").generate(source),
        Gen.elements("/quý", "/tháng", "/tuần", " mỗi quý", " mỗi tháng", " hằng tháng", " hàng quý").generate(source));
    Property.forAll("only a rate per year is read", rates).tries(600).verify(r -> {
      String other = r.lead() + vi(r.value()) + r.unit() + r.period();
      assertThatThrownBy(() -> TargetText.extract(other)).as(other).isInstanceOf(TextParseException.class);
      assertThatThrownBy(() -> ResultText.extract(other)).as(other).isInstanceOf(TextParseException.class);
      String yearly = r.lead() + vi(r.value()) + r.unit() + (r.period().startsWith("/") ? "/năm" : " mỗi năm");
      assertThat(TargetText.extract(yearly).form()).as(yearly).isEqualTo(PhraseForm.PER_YEAR);
    });
  }

  private static final List<String> STATUS_WORDS = List.of("Hoàn thành", "Đang triển khai", "Chưa thực hiện", "Quá hạn",
      "Xếp loại: Tốt", "đạt yêu cầu", "không áp dụng", "không phát sinh", "N/A", "-", "khảo sát", "tạm dừng", "hồ sơ",
      "cuối năm", "khoảng", "dự kiến", "gần", "nhóm", "thấp nhất", ",", "(", ")", "về", "do", "kinh phí");
  private static final Set<String> NOTHING_TO_REPORT = Set.of("không áp dụng", "không phát sinh", "N/A");
  private static final Set<String> STATUSES = Set.of("Hoàn thành", "Đang triển khai", "Chưa thực hiện", "Quá hạn",
      "Xếp loại: Tốt", "đạt yêu cầu");

  /**
   * Digitless text is a status only by its words: "not available" only where it says there is
   * nothing to report (or has no words), never for words no list knows; and a status has no qualifiers.
   */
  @Test
  void notAvailableOnlyWhereTheWordsSaySo() {
    Gen<List<String>> soups = Gen.lists(Gen.elements(STATUS_WORDS), 1, 5);
    Property.forAll("not available only where the words say so", soups).tries(2000).verify(words -> {
      String text = String.join(" ", words);
      ResultPhrase p;
      try {
        p = ResultText.extract(text);
      } catch (TextParseException e) {
        return;
      }
      assertThat(p.qualifiers()).as(text).isEmpty();
      if (p.status().orElseThrow() == TextStatus.NOT_AVAILABLE) {
        boolean nothing = words.stream().anyMatch(NOTHING_TO_REPORT::contains)
            || words.stream().allMatch(w -> w.equals("-") || w.equals(",") || w.equals("(") || w.equals(")"));
        assertThat(nothing).as(text).isTrue();
      } else {
        assertThat(words.stream().anyMatch(STATUSES::contains)).as(text).isTrue();
      }
    });
  }

  record Spelled(String lead, BigDecimal value) {}

  /**
   * One word, several spellings: "~", "≈" and "trên dưới" read as "khoảng"; a lead glued to its
   * number ("đạt80%") as the lead and the number apart.
   */
  @Test
  void spellingsOfOneWordReadAlike() {
    Gen<Spelled> cases = source -> new Spelled(Gen.elements("đạt", "tối thiểu", "Đạt", "có", "top", "chiếm", "ước đạt").generate(source),
        VALUES.generate(source));
    Property.forAll("spellings of one word read alike", cases).tries(600).verify(c -> {
      String v = vi(c.value()) + "%";
      for (String about : List.of("~", "≈ ", "trên dưới ", "~ ")) {
        assertThat(meaning(ResultText.extract("đạt " + about + v))).as(about).isEqualTo(meaning(ResultText.extract("đạt khoảng " + v)));
        assertThat(meaning(TargetText.extract(about + v))).as(about).isEqualTo(meaning(TargetText.extract("khoảng " + v)));
      }
      String glued = c.lead() + (c.lead().equals("top") ? String.valueOf(c.value().intValue() + 1) : v);
      String apart = c.lead() + " " + (c.lead().equals("top") ? String.valueOf(c.value().intValue() + 1) : v);
      assertThat(meaning(TargetText.extract(glued))).as(glued).isEqualTo(meaning(TargetText.extract(apart)));
    });
  }

  record Level(boolean fall, List<String> words, String to, BigDecimal value) {}

  /**
   * A change word with its "xuống"/"lên" (English "to") before the number states a level, however
   * many words stand between: "giảm tỷ lệ … xuống còn 3%" is at most 3, "tăng … lên 60%" at least 60.
   */
  @Test
  void aChangeWordsLevelIsALevelHoweverFar() {
    Gen<Level> cases = source -> {
      boolean fall = Gen.booleans().generate(source);
      return new Level(fall, Gen.lists(Gen.elements("tỷ lệ", "hộ nghèo", "của tỉnh", "theo chuẩn mới", "toàn tỉnh",
          "hồ sơ trễ hạn", "người dân có tài khoản"), 0, 5).generate(source),
          fall ? Gen.elements("xuống còn", "xuống", "xuống mức").generate(source) : Gen.elements("lên", "lên mức", "lên đến").generate(source),
          VALUES.generate(source));
    };
    Property.forAll("a change word's level is a level however far", cases).tries(600).verify(c -> {
      String text = (c.fall() ? "giảm " : "tăng ") + String.join(" ", c.words()) + " " + c.to() + " " + vi(c.value()) + "%";
      TargetPhrase t = TargetText.extract(text);
      assertThat(t.form()).as(text).isEqualTo(PhraseForm.LEVEL);
      assertThat(t.threshold().comparator()).as(text).isEqualTo(c.fall() ? Comparator.AT_MOST : Comparator.AT_LEAST);
      ResultPhrase r = ResultText.extract(text);
      assertThat(r.form()).as(text).isEqualTo(PhraseForm.LEVEL);
      String english = "the " + (c.words().isEmpty() ? "rate" : "share") + (c.fall() ? " fell to " : " rose to ")
          + NumberText.format(c.value(), Language.EN) + "%";
      assertThat(ResultText.extract(english).form()).as(english).isEqualTo(PhraseForm.LEVEL);
      assertThat(ResultText.extract(english).qualifiers()).as(english).doesNotContain(Qualifier.MORE_THAN, Qualifier.LESS_THAN);
    });
  }

  record Moved(String verb, String toward, int places, String tail) {
    String text() {
      return verb + " " + toward + places + " bậc" + tail;
    }

    String plain() {
      return verb + " " + places + " bậc" + tail;
    }
  }

  /**
   * Places are a change, never a level (taught by the third unseen corpus): "lên"/"xuống" before a
   * count of places reads as the change without it ("Nâng hạng DTI lên 10 bậc" as "Nâng hạng DTI 10
   * bậc", an increase of 10), in a target and in a result. Mutation checked: PhraseReader.places
   * returning false fails here on "tăng lên 1 bậc".
   */
  @Test
  void placesAreAChangeNeverALevel() {
    Gen<Moved> moved = source -> new Moved(
        Gen.elements("tăng", "nâng hạng", "Nâng thứ hạng DTI", "tụt", "giảm", "PCI tụt").generate(source),
        Gen.elements("lên ", "xuống ", "").generate(source), Gen.ints(1, 62).generate(source),
        Gen.elements("", " so với năm 2023", " trong cả nước").generate(source));
    Property.forAll("places are a change, never a level", moved).tries(400).verify(m -> {
      TargetPhrase target = TargetText.extract(m.text());
      assertThat(meaning(target)).as(m.text()).isEqualTo(meaning(TargetText.extract(m.plain())));
      assertThat(target.form()).as(m.text()).isIn(PhraseForm.INCREASE, PhraseForm.DECREASE);
      ResultPhrase result = ResultText.extract(m.text());
      assertThat(meaning(result)).as(m.text()).isEqualTo(meaning(ResultText.extract(m.plain())));
      assertThat(result.form()).as(m.text()).isIn(PhraseForm.INCREASE, PhraseForm.DECREASE);
    });
  }

  record Compound(int big, String bigWord, int bigPower, int small, String smallWord, int smallPower, String unit) {
    String text() {
      return "đạt " + big + " " + bigWord + " " + small + " " + smallWord + unit;
    }

    BigDecimal value() {
      return BigDecimal.valueOf(big).movePointRight(bigPower).add(BigDecimal.valueOf(small).movePointRight(smallPower));
    }
  }

  /**
   * A smaller magnitude's count adds to a whole number before a larger one, exactly ("1 tỷ 200 triệu
   * đồng" is 1200000000), in a target and a result. Mutation checked: the loop that adds them
   * disabled fails here on "đạt 1 tỷ 1 triệu".
   */
  @Test
  void aSmallerMagnitudeAddsToTheNumber() {
    Gen<Compound> compounds = source -> {
      boolean billions = Gen.booleans().generate(source);
      return new Compound(Gen.ints(1, 999).generate(source), billions ? "tỷ" : "triệu", billions ? 9 : 6,
          Gen.ints(1, 999).generate(source), billions ? "triệu" : Gen.elements("nghìn", "ngàn").generate(source),
          billions ? 6 : 3, Gen.elements("", " đồng", " lượt truy cập").generate(source));
    };
    Property.forAll("a smaller magnitude adds to the number", compounds).tries(300).verify(c -> {
      assertThat(TargetText.extract(c.text()).threshold().bound()).as(c.text()).isEqualByComparingTo(c.value());
      Reading reading = ResultText.extract(c.text()).reading().orElseThrow();
      assertThat(((Reading.Decimal) reading).decimal()).as(c.text()).isEqualByComparingTo(c.value());
    });
  }
}
