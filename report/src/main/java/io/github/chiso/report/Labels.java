package io.github.chiso.report;

import io.github.chiso.check.Finding;
import io.github.chiso.compliance.Status;
import io.github.chiso.gap.EurostatProgress;
import io.github.chiso.gap.SdsnTrend;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Area;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Period;
import io.github.chiso.rollup.Coverage;
import io.github.chiso.text.DeadlineText;
import io.github.chiso.text.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's words in Vietnamese and English: headings, statuses, dates (dd/mm/yyyy in
 * Vietnamese, ISO in English), tiers, coverage, and the core's reasons and findings, which the core
 * words in English and the report translates by their known forms (an unknown form is kept as it is).
 */
final class Labels {
  private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

  private static final Map<String, String[]> WORDS = Map.ofEntries(
      Map.entry("title", new String[] {"Báo cáo đánh giá chỉ tiêu", "Compliance report"}),
      Map.entry("asOf", new String[] {"Số liệu đến ngày", "Results as of"}),
      Map.entry("deadline", new String[] {"hạn", "deadline"}),
      Map.entry("compliance", new String[] {"Đánh giá theo chỉ tiêu", "Compliance"}),
      Map.entry("indicator", new String[] {"chỉ tiêu", "indicator"}),
      Map.entry("indicatorName", new String[] {"tên chỉ tiêu", "indicator name"}),
      Map.entry("unit", new String[] {"đơn vị", "unit"}),
      Map.entry("unitName", new String[] {"tên đơn vị", "unit name"}),
      Map.entry("area", new String[] {"lĩnh vực", "area"}),
      Map.entry("tier", new String[] {"cấp", "tier"}),
      Map.entry("period", new String[] {"kỳ", "period"}),
      Map.entry("status", new String[] {"kết quả", "status"}),
      Map.entry("value", new String[] {"giá trị", "value"}),
      Map.entry("qualifiers", new String[] {"cách nêu", "stated as"}),
      Map.entry("threshold", new String[] {"mục tiêu", "threshold"}),
      Map.entry("bound", new String[] {"ngưỡng", "bound"}),
      Map.entry("upperBound", new String[] {"ngưỡng trên", "upper bound"}),
      Map.entry("margin", new String[] {"chênh lệch", "margin"}),
      Map.entry("reason", new String[] {"lý do", "reason"}),
      Map.entry("coverage", new String[] {"số đơn vị báo cáo", "coverage"}),
      Map.entry("source", new String[] {"nguồn số liệu", "source"}),
      Map.entry("scorecard", new String[] {"Tổng hợp theo lĩnh vực", "Scorecard by area"}),
      Map.entry("all", new String[] {"Tất cả", "All"}),
      Map.entry("gaps", new String[] {"Chỉ tiêu chưa đạt, xa mục tiêu nhất trước", "Worst gaps"}),
      Map.entry("shortBy", new String[] {"thiếu", "short by"}),
      Map.entry("distance", new String[] {"khoảng cách", "distance"}),
      Map.entry("needs", new String[] {"cần thêm %s trên %s", "needs %s more of %s"}),
      Map.entry("findings", new String[] {"Phát hiện về tính nhất quán của số liệu", "Consistency findings"}),
      Map.entry("none", new String[] {"không có", "none"}),
      Map.entry("otherResults", new String[] {"Kết quả khác (chỉ tiêu không có mục tiêu trong kế hoạch)",
          "Other results (indicators with no target in the plan)"}),
      Map.entry("note", new String[] {"ghi chú", "note"}),
      Map.entry("chart", new String[] {"Giá trị so với mục tiêu", "Value against threshold"}),
      Map.entry("rolledUp", new String[] {"tổng hợp từ %s: %s", "rolled up from %s: %s"}),
      Map.entry("crossCheck", new String[] {"tổng hợp từ %s: %s (%s)", "rolled up from %s: %s (%s)"}),
      Map.entry("unitTable", new String[] {"%s — %s, xếp từ thấp nhất", "%s — %s, worst first"}),
      Map.entry("more", new String[] {"… và %s dòng nữa (xem bản CSV/XLSX để có đầy đủ)",
          "… and %s more rows (the CSV and XLSX have them all)"}),
      Map.entry("tasks", new String[] {"Nhiệm vụ (tình trạng đến ngày %s)", "Tasks (standing on %s)"}),
      Map.entry("task", new String[] {"nhiệm vụ", "task"}),
      Map.entry("lead", new String[] {"chủ trì", "lead"}),
      Map.entry("due", new String[] {"hạn", "due"}),
      Map.entry("daysOverdue", new String[] {"số ngày quá hạn", "days overdue"}),
      Map.entry("dueWording", new String[] {"thời hạn trong văn bản", "deadline as written"}),
      Map.entry("standing", new String[] {"tình trạng", "standing"}),
      Map.entry("description", new String[] {"nội dung", "description"}),
      Map.entry("pace", new String[] {"Tốc độ tiến tới mục tiêu", "Pace toward the targets"}),
      Map.entry("from", new String[] {"từ", "from"}),
      Map.entry("to", new String[] {"đến", "to"}),
      Map.entry("sdsn", new String[] {"SDSN", "SDSN"}),
      Map.entry("eurostat", new String[] {"Eurostat", "Eurostat"}),
      Map.entry("refused", new String[] {"Không tổng hợp được", "Rollups refused"}),
      Map.entry("generated", new String[] {"Lập ngày %s", "Generated on %s"}),
      Map.entry("kind", new String[] {"loại", "kind"}),
      Map.entry("message", new String[] {"nội dung", "message"}),
      Map.entry("shortfall", new String[] {"còn thiếu", "shortfall"}),
      Map.entry("legend", new String[] {"vạch đen: mục tiêu", "black mark: threshold"}),
      Map.entry("before", new String[] {"chưa đến hạn", "before the deadline"}),
      Map.entry("bands", new String[] {"Xếp loại theo thang mức", "Bands and scores"}),
      Map.entry("band", new String[] {"mức", "band"}),
      Map.entry("score", new String[] {"điểm (0–100)", "score (0–100)"}));

  private final Language language;

  Labels(Language language) {
    this.language = language;
  }

  Language language() {
    return language;
  }

  boolean vi() {
    return language == Language.VI;
  }

  String get(String key) {
    String[] words = WORDS.get(key);
    if (words == null) {
      throw new IllegalArgumentException("no label '" + key + "'");
    }
    return words[vi() ? 0 : 1];
  }

  String format(String key, Object... args) {
    return String.format(Locale.ROOT, get(key), args);
  }

  String status(Status status) {
    if (!vi()) {
      return status.name();
    }
    switch (status) {
      case MET:
        return "ĐẠT";
      case NOT_MET:
        return "CHƯA ĐẠT";
      case NO_DATA:
        return "KHÔNG CÓ SỐ LIỆU";
      default:
        return "CHƯA ĐÁNH GIÁ ĐƯỢC";
    }
  }

  String standing(TaskStanding standing) {
    if (!vi()) {
      return standing.name();
    }
    switch (standing) {
      case OVERDUE:
        return "QUÁ HẠN";
      case OPEN:
        return "CHƯA ĐẾN HẠN";
      case ONGOING:
        return "THƯỜNG XUYÊN";
      case UNDATED:
        return "KHÔNG CÓ HẠN";
      default:
        return "HOÀN THÀNH";
    }
  }

  /** The standing with the days overdue: "QUÁ HẠN 35 NGÀY", "OVERDUE 35 DAYS". */
  String standing(io.github.chiso.task.Standing standing) {
    String name = standing(TaskStanding.of(standing));
    if (standing.state() != io.github.chiso.task.Standing.State.OVERDUE) {
      return name;
    }
    long days = standing.daysOverdue();
    return name + " " + days + (vi() ? " NGÀY" : days == 1 ? " DAY" : " DAYS");
  }

  /** The due day, then the deadline as the document writes it: "27/10/2022 (trước ngày 28/10/2022)". */
  String due(io.github.chiso.task.Standing standing, io.github.chiso.model.Task task) {
    String day = standing.due().map(this::date).orElse("—");
    return task.dueWording().map(w -> day + " (" + w + ")").orElse(day);
  }

  String sdsn(SdsnTrend trend) {
    if (!vi()) {
      return trend.name();
    }
    switch (trend) {
      case ON_TRACK:
        return "đúng lộ trình";
      case MODERATELY_IMPROVING:
        return "cải thiện vừa phải";
      case STAGNATING:
        return "chững lại";
      default:
        return "giảm";
    }
  }

  String eurostat(EurostatProgress progress) {
    if (!vi()) {
      return progress.name();
    }
    switch (progress) {
      case SIGNIFICANT_PROGRESS:
        return "tiến bộ rõ rệt";
      case MODERATE_PROGRESS:
        return "tiến bộ vừa phải";
      case INSUFFICIENT_PROGRESS:
        return "tiến bộ chưa đủ";
      default:
        return "đi xa mục tiêu";
    }
  }

  String area(Area area) {
    return vi() ? area.nameVi() : area.nameEn();
  }

  String indicator(Indicator indicator) {
    return vi() ? indicator.nameVi() : indicator.nameEn().orElse(indicator.nameVi());
  }

  String date(LocalDate date) {
    return vi() ? VI_DATE.format(date) : date.toString();
  }

  /**
   * A period as a report's column shows it: in Vietnamese as the documents name it ("Quý III/2022",
   * "Tháng 9/2022", "6 tháng đầu năm 2022", a year as "2022"); in English its code ("2022-Q3").
   */
  String period(Period period) {
    if (!vi()) {
      return period.toString();
    }
    if (period.granularity() == Period.Granularity.YEAR) {
      return Integer.toString(period.start().getYear());
    }
    String named = DeadlineText.format(period, Language.VI);
    return Character.toUpperCase(named.charAt(0)) + named.substring(1);
  }

  /** The units of a tier in the plural: "xã", "communes". */
  String tier(Tier tier) {
    return vi() ? tier.nameVi() : tier.nameEn() + "s";
  }

  /** A scope's members in the plural: a tier's units, or a kind of bodies found in the hierarchy. */
  String scope(Scope scope, Hierarchy hierarchy) {
    if (scope.kind() == Scope.Kind.TIER) {
      return hierarchy.scheme().tier(scope.key()).map(this::tier).orElse(scope.key());
    }
    return hierarchy.bodies().stream().map(Body::kind).filter(k -> k.key().equals(scope.key())).findFirst()
        .map(k -> vi() ? k.nameVi() : k.nameEn() + "s").orElse(scope.key());
  }

  /** "158/159 xã báo cáo", "158/159 communes reporting". */
  String coverage(Coverage coverage, Tier tier) {
    return coverage.reporting() + "/" + coverage.expected() + " " + tier(tier) + (vi() ? " báo cáo" : " reporting");
  }

  /** A reason from the core in this language. */
  String reason(String reason) {
    return vi() ? translate(reason, REASONS) : reason;
  }

  /** A finding's message in this language. */
  String finding(Finding finding) {
    return vi() ? translate(finding.message(), FINDINGS) : finding.message();
  }

  /** A finding's kind in this language. */
  String findingKind(Finding finding) {
    if (!vi()) {
      return finding.kind().name();
    }
    switch (finding.kind()) {
      case SHARE_DISAGREES_WITH_PARTS:
        return "TỶ LỆ KHÁC TỬ SỐ/MẪU SỐ";
      case NUMERATOR_EXCEEDS_DENOMINATOR:
        return "TỬ SỐ LỚN HƠN MẪU SỐ";
      case NEGATIVE_VALUE:
        return "GIÁ TRỊ ÂM";
      case SHARE_ABOVE_HUNDRED:
        return "TỶ LỆ TRÊN 100%";
      case UNKNOWN_SUBJECT:
        return "ĐƠN VỊ KHÔNG XÁC ĐỊNH";
      case UNKNOWN_INDICATOR:
        return "CHỈ TIÊU KHÔNG XÁC ĐỊNH";
      case CONFLICTING_DUPLICATE:
        return "BÁO CÁO TRÙNG, KHÁC NHAU";
      default:
        return "CHỈ TIÊU MÂU THUẪN";
    }
  }

  /** One known English form and its Vietnamese rendering of the captured parts. */
  private static final class Form {
    final Pattern pattern;
    final Function<Matcher, String> vi;

    Form(String regex, Function<Matcher, String> vi) {
      this.pattern = Pattern.compile(regex, Pattern.DOTALL);
      this.vi = vi;
    }
  }

  private static final List<Form> REASONS = List.of(
      new Form("no result reported", m -> "không có số liệu báo cáo"),
      new Form("no unit reported", m -> "không đơn vị nào báo cáo"),
      new Form("no rolled-up value", m -> "không có giá trị tổng hợp"),
      new Form("no threshold for (\\S+)", m -> "không có mục tiêu cho cấp " + scopeVi(m.group(1))),
      new Form("the threshold for (\\S+) is on their average, not on each",
          m -> "mục tiêu cho " + scopeVi(m.group(1)) + " tính trên bình quân, không cho từng đơn vị"),
      new Form("threshold for (\\S+) takes effect (\\d{4}-\\d{2}-\\d{2}), after (\\d{4}-\\d{2}-\\d{2})",
          m -> "mục tiêu cho " + scopeVi(m.group(1)) + " áp dụng từ " + dateVi(m.group(2)) + ", sau ngày " + dateVi(m.group(3))),
      new Form("text only \\(IN_PROGRESS\\): (.*)", m -> "chỉ có mô tả (đang triển khai): " + m.group(1)),
      new Form("text only \\(NOT_STARTED\\): (.*)", m -> "chỉ có mô tả (chưa triển khai): " + m.group(1)),
      new Form("text only \\(NOT_AVAILABLE\\): (.*)", m -> "chỉ có mô tả (chưa có số liệu): " + m.group(1)),
      new Form("(\\d+) of (\\d+) units reported; policy (.*) withholds the value",
          m -> m.group(1) + "/" + m.group(2) + " đơn vị báo cáo; quy tắc " + m.group(3) + " chưa cho phép tổng hợp"),
      new Form("(\\d+) of (\\d+) results have no numerator and denominator, so no ratio of sums",
          m -> m.group(1) + "/" + m.group(2) + " kết quả không có tử số và mẫu số nên không tính được tỷ lệ chung"),
      new Form("weights are missing or all zero", m -> "thiếu trọng số hoặc mọi trọng số bằng 0"),
      new Form("no result for the reference period (\\S+) \\(the target is on the change against it\\)",
          m -> "không có số liệu kỳ so sánh " + m.group(1) + " (chỉ tiêu về mức thay đổi so với kỳ đó)"),
      new Form("no level for the reference period (\\S+) \\(the target is on the change against it\\)",
          m -> "không có giá trị kỳ so sánh " + m.group(1) + " (chỉ tiêu về mức thay đổi so với kỳ đó)"),
      new Form("the result states a change \\((.*)\\), not a level",
          m -> "kết quả nêu mức thay đổi (" + m.group(1) + "), không phải giá trị"));

  private static final List<Form> FINDINGS = List.of(
      new Form("reported share ([-\\d.]+)% but (\\d+)/(\\d+) is ([-\\d.]+)%",
          m -> "tỷ lệ báo cáo " + numberVi(m.group(1)) + "% nhưng " + m.group(2) + "/" + m.group(3) + " là " + numberVi(m.group(4)) + "%"),
      new Form("numerator (\\d+) exceeds denominator (\\d+)", m -> "tử số " + m.group(1) + " lớn hơn mẫu số " + m.group(2)),
      new Form("value ([-\\d.E+]+) is negative", m -> "giá trị " + numberVi(m.group(1)) + " là số âm"),
      new Form("share ([-\\d.E+]+)% is above 100%", m -> "tỷ lệ " + numberVi(m.group(1)) + "% vượt quá 100%"),
      new Form("unit or body '(.*)' is not in .*", m -> "đơn vị '" + m.group(1) + "' không có trong danh sách đơn vị"),
      new Form("indicator '(.*)' is not in plan (.*)", m -> "chỉ tiêu '" + m.group(1) + "' không có trong kế hoạch " + m.group(2)),
      new Form("reported (\\d+) times with different values: (.*)", m -> "báo cáo " + m.group(1) + " lần với giá trị khác nhau: " + m.group(2)),
      new Form("target (\\S+) asks (.*) but target (\\S+) asks (.*) for (\\S+)",
          m -> "chỉ tiêu " + m.group(1) + " yêu cầu " + m.group(2) + " nhưng chỉ tiêu " + m.group(3) + " yêu cầu " + m.group(4)
              + " cho " + scopeVi(m.group(5))));

  private static String translate(String text, List<Form> forms) {
    for (Form form : forms) {
      Matcher m = form.pattern.matcher(text);
      if (m.matches()) {
        return form.vi.apply(m);
      }
    }
    return text;
  }

  private static String scopeVi(String key) {
    switch (key) {
      case "province":
        return "cấp tỉnh";
      case "district":
        return "cấp huyện";
      case "commune":
        return "cấp xã";
      case "department":
        return "sở, ngành";
      default:
        return key;
    }
  }

  private static String dateVi(String iso) {
    return VI_DATE.format(LocalDate.parse(iso));
  }

  private static String numberVi(String plain) {
    return plain.replace('.', ',');
  }
}
