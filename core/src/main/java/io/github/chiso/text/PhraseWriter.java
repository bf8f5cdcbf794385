package io.github.chiso.text;

import io.github.chiso.model.Change;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Reading;
import io.github.chiso.model.TextStatus;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Writes target and result phrases back in Vietnamese or English, in words {@link PhraseReader}
 * reads to the same meaning. The note (words not recognised) is not written. Not part of the API.
 */
final class PhraseWriter {
  private PhraseWriter() {}

  static String qualifiers(Set<Qualifier> qualifiers, boolean vi, boolean target) {
    StringBuilder out = new StringBuilder();
    if (qualifiers.contains(Qualifier.ASPIRATIONAL)) {
      out.append(vi ? "phấn đấu " : "strive for ");
    }
    if (qualifiers.contains(Qualifier.EXPECTED)) {
      out.append(vi ? "dự kiến " : "expected ");
    }
    if (qualifiers.contains(Qualifier.ESTIMATED)) {
      out.append(vi ? "ước " : "estimated ");
    }
    if (qualifiers.contains(Qualifier.APPROXIMATE)) {
      out.append(vi ? "khoảng " : "about ");
    }
    if (!target && qualifiers.contains(Qualifier.MORE_THAN)) {
      out.append(vi ? "hơn " : "more than ");
    }
    if (!target && qualifiers.contains(Qualifier.LESS_THAN)) {
      out.append(vi ? "dưới " : "less than ");
    }
    return out.toString();
  }

  private static String number(BigDecimal value, Language language) {
    return NumberText.format(value, language);
  }

  private static String per(BigDecimal per, String base, Language language) {
    return (language == Language.VI ? "/" : " per ") + number(per, language) + " " + base;
  }

  /** The change word, with a space: "tăng " / "increased by " ("increase by " for a target). */
  static String change(Change change, Language language, boolean target) {
    boolean vi = language == Language.VI;
    if (change.direction() == Change.Direction.INCREASE) {
      return vi ? "tăng " : target ? "increase by " : "increased by ";
    }
    return vi ? "giảm " : target ? "decrease by " : "decreased by ";
  }

  /** The reference, with its lead: " so với năm 2023" / " compared with 2023". */
  static String against(Change change, Language language) {
    return (language == Language.VI ? " so với " : " compared with ") + Changes.reference(change, language);
  }

  /** A threshold on a change: "tăng tối thiểu 15% so với năm 2023". */
  static String target(Threshold threshold, Change change, Measure measure, Language language) {
    Measure shown = change.basis() == Change.Basis.RELATIVE ? Measure.PERCENT : Measure.COUNT;
    return qualifiers(threshold.qualifiers(), language == Language.VI, true) + change(change, language, true)
        + TargetText.formatBound(threshold, shown, language) + Changes.unit(change, measure, language).replace("%", "")
        + against(change, language);
  }

  static String result(ResultPhrase p, Measure measure, Language language) {
    boolean vi = language == Language.VI;
    if (p.reading().isEmpty()) {
      return status(p.status().orElse(TextStatus.NOT_AVAILABLE), p.rating().orElse(""), vi);
    }
    StringBuilder out = new StringBuilder();
    p.status().ifPresent(s -> out.append(statusPrefix(s, vi)));
    boolean change = p.form() == PhraseForm.INCREASE || p.form() == PhraseForm.DECREASE;
    String symbol = change ? (p.relative() ? "%" : "") : measure == Measure.PERCENT && p.form() != PhraseForm.RANK ? "%" : "";
    Reading reading = p.reading().get();
    switch (p.form()) {
      case INCREASE:
        out.append(vi ? "tăng " : "increased by ");
        break;
      case DECREASE:
        out.append(vi ? "giảm " : "decreased by ");
        break;
      case RANK:
        out.append(p.qualifiers().contains(Qualifier.WITHIN) ? "top " : vi ? "xếp thứ " : "ranked ");
        break;
      default:
        break;
    }
    out.append(qualifiers(p.qualifiers(), vi, false));
    if (p.form() == PhraseForm.RANK) {
      out.append(number(BigDecimal.valueOf(((Reading.Rank) reading).place()), language));
      p.rankField().ifPresent(f -> out.append('/').append(number(BigDecimal.valueOf(f), language)));
    } else if (reading instanceof Reading.Decimal) {
      out.append(number(((Reading.Decimal) reading).decimal(), language)).append(symbol);
    } else {
      Reading.Fraction f = (Reading.Fraction) reading;
      String parts = number(BigDecimal.valueOf(f.numerator()), language) + "/"
          + number(BigDecimal.valueOf(f.denominator()), language);
      String unit = p.unit().map(u -> " " + u).orElse("");
      out.append(f.reportedShare().map(s -> number(s, language) + "% (" + parts + unit + ")").orElse(parts + unit));
    }
    if (p.form() == PhraseForm.PER_YEAR) {
      out.append(vi ? "/năm" : " per year");
    }
    if (!(reading instanceof Reading.Fraction)) {
      p.unit().ifPresent(u -> out.append(' ').append(u));
    }
    if (p.form() == PhraseForm.PER_BASE) {
      out.append(per(p.per().orElseThrow(), p.base().orElse(vi ? "dân" : "people"), language));
    }
    p.reference().ifPresent(r -> out.append(vi ? " so với " : " compared with ").append(r));
    for (int year : p.years()) {
      if (p.reference().map(r -> !r.contains(String.valueOf(year))).orElse(true)) {
        out.append(vi ? " (năm " : " (").append(year).append(')');
      }
    }
    p.statedTarget().ifPresent(t -> out.append(vi ? " (mục tiêu " : " (target ")
        .append(TargetText.format(t, measure, language)).append(')'));
    p.secondary().ifPresent(s -> out.append(", ").append(result(s, measure, language)));
    return out.toString();
  }

  private static String statusPrefix(TextStatus status, boolean vi) {
    switch (status) {
      case COMPLETED:
        return vi ? "hoàn thành " : "completed ";
      case IN_PROGRESS:
        return vi ? "đang " : "in progress ";
      case NOT_STARTED:
        return vi ? "chưa " : "not yet ";
      case OVERDUE:
        return vi ? "quá hạn " : "overdue ";
      default:
        return "";
    }
  }

  private static String status(TextStatus status, String rating, boolean vi) {
    switch (status) {
      case COMPLETED:
        return vi ? "Hoàn thành" : "Completed";
      case IN_PROGRESS:
        return vi ? "Đang triển khai" : "In progress";
      case NOT_STARTED:
        return vi ? "Chưa triển khai" : "Not started";
      case OVERDUE:
        return vi ? "Quá hạn" : "Overdue";
      case RATED:
        return (vi ? "Xếp loại " : "Rated ") + rating;
      default:
        return vi ? "Không có số liệu" : "No figure";
    }
  }

  static String target(TargetPhrase p, Measure measure, Language language) {
    boolean vi = language == Language.VI;
    StringBuilder out = new StringBuilder(qualifiers(p.qualifiers(), vi, true));
    if (p.byYear().size() > 1) {
      boolean first = true;
      for (Map.Entry<Integer, Threshold> e : p.byYear().entrySet()) {
        out.append(first ? "" : vi ? " và " : " and ");
        out.append(bound(p, e.getValue(), measure, language));
        out.append(vi ? " (năm " : " (").append(e.getKey()).append(')');
        first = false;
      }
    } else {
      out.append(bound(p, p.threshold(), measure, language));
      for (int year : p.byYear().keySet()) {
        out.append(vi ? " (năm " : " (").append(year).append(')');
      }
    }
    p.reference().ifPresent(r -> out.append(vi ? " so với " : " compared with ").append(r));
    p.ofWhich().ifPresent(t -> out.append(vi ? " (trong đó " : " (of which ")
        .append(TargetText.format(t, measure, language)).append(')'));
    return out.toString();
  }

  private static String bound(TargetPhrase p, Threshold t, Measure measure, Language language) {
    boolean vi = language == Language.VI;
    boolean change = p.form() == PhraseForm.INCREASE || p.form() == PhraseForm.DECREASE;
    Measure shown = p.form() == PhraseForm.RANK ? Measure.RANK
        : change ? (p.relative() ? Measure.PERCENT : Measure.COUNT) : measure;
    StringBuilder out = new StringBuilder();
    switch (p.form()) {
      case INCREASE:
        out.append(vi ? "tăng " : "increase by ");
        break;
      case DECREASE:
        out.append(vi ? "giảm " : "decrease by ");
        break;
      default:
        break;
    }
    if (p.form() == PhraseForm.RANK && t.comparator() == Comparator.AT_MOST && t.appliesTo() == Threshold.AppliesTo.EACH) {
      out.append("top ").append(number(t.bound(), language));
      p.rankField().ifPresent(f -> out.append('/').append(number(BigDecimal.valueOf(f), language)));
    } else {
      if (p.form() == PhraseForm.RANK) {
        out.append(vi ? "xếp thứ " : "ranked ");
      }
      // A place's comparator as a symbol: a word ("tối thiểu thứ 5") would be refused on a place.
      out.append(p.form() == PhraseForm.RANK ? TargetText.formatPlaceBound(t, language) : TargetText.formatBound(t, shown, language));
      if (p.form() == PhraseForm.RANK) {
        p.rankField().ifPresent(f -> out.append('/').append(number(BigDecimal.valueOf(f), language)));
      }
    }
    if (p.form() == PhraseForm.PER_YEAR) {
      out.append(vi ? "/năm" : " per year");
    }
    p.unit().ifPresent(u -> out.append(' ').append(u));
    if (p.form() == PhraseForm.PER_BASE) {
      out.append(per(p.per().orElseThrow(), p.base().orElse(vi ? "dân" : "people"), language));
    }
    return out.toString();
  }
}
