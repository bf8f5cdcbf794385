package io.github.chiso.report;

import io.github.chiso.compliance.Status;
import io.github.chiso.model.Area;
import io.github.chiso.text.Language;
import java.util.Map;

/** The report's words in Vietnamese and English. */
final class Labels {
  private static final Map<String, String[]> WORDS = Map.ofEntries(
      Map.entry("title", new String[] {"Báo cáo đánh giá chỉ tiêu", "Compliance report"}),
      Map.entry("asOf", new String[] {"Số liệu đến ngày", "Results as of"}),
      Map.entry("deadline", new String[] {"hạn", "deadline"}),
      Map.entry("compliance", new String[] {"Đánh giá theo chỉ tiêu", "Compliance"}),
      Map.entry("indicator", new String[] {"chỉ tiêu", "indicator"}),
      Map.entry("unit", new String[] {"đơn vị", "unit"}),
      Map.entry("period", new String[] {"kỳ", "period"}),
      Map.entry("status", new String[] {"kết quả", "status"}),
      Map.entry("value", new String[] {"giá trị", "value"}),
      Map.entry("threshold", new String[] {"mục tiêu", "threshold"}),
      Map.entry("margin", new String[] {"chênh lệch", "margin"}),
      Map.entry("scorecard", new String[] {"Tổng hợp theo lĩnh vực", "Scorecard by area"}),
      Map.entry("all", new String[] {"Tất cả", "All"}),
      Map.entry("gaps", new String[] {"Chỉ tiêu chưa đạt, xa mục tiêu nhất trước", "Worst gaps"}),
      Map.entry("shortBy", new String[] {"thiếu", "short by"}),
      Map.entry("distance", new String[] {"khoảng cách", "distance"}),
      Map.entry("needs", new String[] {"cần thêm %s trên %s", "needs %s more of %s"}),
      Map.entry("findings", new String[] {"Phát hiện về tính nhất quán của số liệu", "Consistency findings"}),
      Map.entry("none", new String[] {"không có", "none"}),
      Map.entry("chart", new String[] {"Giá trị so với mục tiêu", "Value against threshold"}),
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

  String get(String key) {
    return WORDS.get(key)[language == Language.VI ? 0 : 1];
  }

  String status(Status status) {
    if (language == Language.EN) {
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

  String area(Area area) {
    return language == Language.VI ? area.nameVi() : area.nameEn();
  }
}
