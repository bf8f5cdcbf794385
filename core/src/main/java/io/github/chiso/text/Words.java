package io.github.chiso.text;

import com.google.common.collect.ImmutableMap;
import io.github.chiso.text.Tokens.Token;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words and word groups phrases are read by, Vietnamese and English, each with what it does.
 * Matching takes the longest group at a position. Not part of the API.
 */
final class Words {
  /** What a word group does in a phrase. */
  enum Role {
    LEAD, APPROXIMATE, ESTIMATED, EXPECTED, ASPIRATIONAL,
    AT_LEAST, ABOVE, AT_MOST, BELOW, EQUAL,
    FROM, TO, BETWEEN, OR_MORE, OR_LESS,
    INCREASE, DECREASE, DOWN_TO, UP_TO, AGAINST,
    RANK, TOP, FIELD, PER_YEAR, PER, AVERAGE, YEAR_LEAD, TARGET_LEAD, OF_WHICH, AND, REFERENCE_LEAD,
    DONE, OVERDUE, NOT_STARTED, IN_PROGRESS, RATED, LESS_THAN_RESULT,
    MAGNITUDE, PERCENT_WORD, POPULATION, ORDINAL, ONE, AGE,
    /** First place alone: "dẫn đầu", "đứng đầu". */
    LEADING,
    /** A multiple, "gấp 2 lần": a change only against a reference. */
    MULTIPLE,
    /** A rate per quarter or month ("/quý", "hằng tháng"): only a rate per year is modelled. */
    PER_OTHER_PERIOD,
    /** Words that say there is nothing to report ("không áp dụng", "not applicable"). */
    NOT_APPLICABLE,
    /** Words that contain a change word but state none ("tăng cường", "nâng cao"). */
    PLAIN
  }

  private static final Map<String, EnumSet<Role>> ROLES = new HashMap<>();
  private static final Set<String> ENGLISH_WORDS = new HashSet<>();
  private static final Set<String> VIETNAMESE_WORDS = new HashSet<>();
  private static final ImmutableMap<String, Integer> MAGNITUDES =
      ImmutableMap.<String, Integer>builder()
          .put("nghìn", 3).put("ngàn", 3).put("vạn", 4).put("triệu", 6).put("tỷ", 9).put("tỉ", 9)
          .put("thousand", 3).put("million", 6).put("billion", 9).put("trillion", 12)
          .build();
  private static final ImmutableMap<String, Integer> ORDINALS =
      ImmutableMap.<String, Integer>builder()
          .put("nhất", 1).put("nhì", 2).put("hai", 2).put("ba", 3).put("tư", 4).put("bốn", 4)
          .put("năm", 5).put("sáu", 6).put("bảy", 7).put("tám", 8).put("chín", 9).put("mười", 10)
          .put("first", 1).put("second", 2).put("third", 3).put("fourth", 4).put("fifth", 5)
          .put("sixth", 6).put("seventh", 7).put("eighth", 8).put("ninth", 9).put("tenth", 10)
          .build();
  private static int longest = 1;

  static {
    vi(Role.LEAD, "đạt", "đạt được", "đạt mức", "chiếm", "chiếm tỷ lệ", "là", "có", "duy trì", "duy trì ở mức", "ở mức", "mức",
        "tỷ trọng", "tỉ trọng", "tỷ lệ", "tỉ lệ", "với", "với tỷ lệ", "được", "đảm bảo", "bảo đảm", "số lượng",
        "tổng số", "con số", "khoảng cách", "đạt tỷ lệ", "đạt tỉ lệ", "kết quả",
        // Per head, not the average of a scope's units: "thu nhập bình quân đầu người".
        "bình quân đầu người", "trung bình đầu người", "bình quân mỗi người", "đầu người");
    en(Role.LEAD, "reach", "reached", "reaching", "is", "was", "are", "were", "of", "at", "stood at",
        "stands at", "maintain", "maintained", "keep", "with", "a", "the", "share", "rate", "to reach", "achieve", "achieved");
    vi(Role.APPROXIMATE, "khoảng", "gần", "xấp xỉ", "chừng", "khoảng gần", "~", "≈", "∼", "trên dưới", "đạt trên dưới",
        "ở mức trên dưới", "đạt khoảng");
    en(Role.APPROXIMATE, "about", "around", "approximately", "nearly", "almost", "roughly", "some");
    vi(Role.ESTIMATED, "ước", "ước đạt", "ước tính", "ước thực hiện");
    en(Role.ESTIMATED, "estimated", "an estimated", "est");
    vi(Role.EXPECTED, "dự kiến", "dự kiến đạt", "dự báo");
    en(Role.EXPECTED, "expected", "projected", "forecast", "expected to reach");
    vi(Role.ASPIRATIONAL, "phấn đấu", "phấn đấu đạt", "hướng tới", "hướng đến", "phấn đấu đến");
    en(Role.ASPIRATIONAL, "strive", "strive to reach", "aim", "aim for", "aiming", "aim to reach");
    vi(Role.AT_LEAST, "tối thiểu", "ít nhất", "không dưới", "không thấp hơn", "không ít hơn", "tối thiểu đạt", "đạt tối thiểu", "đạt ít nhất", "tối thiểu là");
    en(Role.AT_LEAST, "at least", "minimum", "a minimum of", "no less than", "not less than", "no fewer than", "not below");
    vi(Role.ABOVE, "trên", "hơn", "vượt", "vượt trên", "cao hơn", "lớn hơn", "nhiều hơn", "vượt mức", "đạt trên", "đạt hơn");
    en(Role.ABOVE, "above", "more than", "over", "exceeding", "exceed", "greater than", "higher than", "in excess of");
    vi(Role.AT_MOST, "tối đa", "không quá", "không vượt quá", "không cao hơn", "không lớn hơn", "không nhiều hơn", "không vượt",
        // A time limit: "trong vòng 5 ngày", "trong thời hạn 03 ngày làm việc".
        "trong vòng", "trong thời hạn", "trong thời gian");
    en(Role.AT_MOST, "at most", "maximum", "a maximum of", "no more than", "not more than", "up to", "not exceeding", "no higher than");
    vi(Role.BELOW, "dưới", "thấp hơn", "nhỏ hơn", "ít hơn");
    en(Role.BELOW, "below", "less than", "under", "lower than", "fewer than");
    vi(Role.EQUAL, "bằng", "đúng");
    en(Role.EQUAL, "exactly", "equal to");
    vi(Role.FROM, "từ");
    en(Role.FROM, "from");
    vi(Role.TO, "đến", "tới");
    en(Role.TO, "to", "and");
    vi(Role.BETWEEN, "trong khoảng", "trong khoảng từ", "dao động từ", "dao động", "nằm trong khoảng");
    en(Role.BETWEEN, "between", "in the range", "in the range of", "within");
    vi(Role.OR_MORE, "trở lên", "trở lên");
    en(Role.OR_MORE, "or more", "or above", "or higher", "or over");
    vi(Role.OR_LESS, "trở xuống");
    en(Role.OR_LESS, "or less", "or below", "or fewer", "or lower");
    vi(Role.INCREASE, "tăng", "tăng thêm", "tăng trưởng", "nâng", "cải thiện", "tăng gấp", "gấp", "tăng hạng");
    vi(Role.MULTIPLE, "tăng gấp", "gấp");
    vi(Role.PLAIN, "tăng cường", "nâng cao", "nâng cấp", "giảm thiểu rủi ro", "tăng tốc");
    en(Role.INCREASE, "increase", "increased", "increase by", "increased by", "rise", "rose", "up", "grow", "grew", "growth", "improve", "improved", "improve by",
        "increases", "increases by", "rises", "rises by", "grows", "grown", "improves");
    vi(Role.DECREASE, "giảm", "giảm thêm", "giảm bớt", "cắt giảm", "rút ngắn", "tụt", "tụt hạng", "giảm hạng");
    en(Role.DECREASE, "decrease", "decreased", "decrease by", "decreased by", "fall", "fell", "down", "reduce", "reduced", "reduce by", "cut",
        "decreases", "decreases by", "falls", "falls by", "declined", "declines", "declined by");
    vi(Role.DOWN_TO, "xuống", "còn", "xuống còn", "xuống mức", "xuống còn dưới", "còn dưới");
    en(Role.DOWN_TO, "to below");
    // "rose to 45%", "fell to 2.9%": a level, its direction the change word's.
    en(Role.UP_TO, "to");
    vi(Role.UP_TO, "lên", "lên mức", "lên đến", "lên tới");
    vi(Role.AGAINST, "so với", "so");
    en(Role.AGAINST, "compared with", "compared to", "against", "than", "from the", "on", "versus", "vs", "year on year");
    vi(Role.RANK, "xếp thứ", "đứng thứ", "xếp hạng", "xếp hạng thứ", "hạng", "thứ hạng", "vị trí thứ", "ở vị trí thứ", "vị trí", "thứ", "đứng vị trí thứ", "giữ vị trí thứ");
    en(Role.RANK, "ranked", "rank", "ranks", "ranking", "placed", "position", "no");
    vi(Role.TOP, "một trong", "là một trong", "trở thành một trong", "top", "nhóm", "thuộc nhóm", "trong nhóm", "nằm trong nhóm", "thuộc top", "trong top", "nằm trong top", "vào top", "vào nhóm", "đứng trong top", "lọt top");
    en(Role.TOP, "among the top", "in the top", "top");
    vi(Role.FIELD, "trong số", "trong tổng số", "trên tổng số");
    en(Role.FIELD, "of", "out of");
    vi(Role.PER_YEAR, "hằng năm", "hàng năm", "mỗi năm", "một năm", "/năm");
    en(Role.PER_YEAR, "per year", "a year", "annually", "each year", "per annum", "yearly", "annual growth", "annual growth of",
        "annual growth rate", "annual growth rate of", "annual average growth");
    vi(Role.PER_OTHER_PERIOD, "/quý", "/tháng", "/tuần", "mỗi quý", "mỗi tháng", "mỗi tuần", "hằng quý", "hàng quý",
        "hằng tháng", "hàng tháng", "hằng tuần", "hàng tuần");
    en(Role.PER_OTHER_PERIOD, "per quarter", "per month", "per week", "a month", "a quarter", "quarterly", "monthly", "weekly",
        "each month", "each quarter");
    vi(Role.LEADING, "dẫn đầu", "đứng đầu", "đứng đầu cả nước", "dẫn đầu cả nước");
    en(Role.LEADING, "leads", "ranked first", "top-ranked");
    vi(Role.NOT_APPLICABLE, "không áp dụng", "không phát sinh", "không có phát sinh", "không thuộc đối tượng",
        "không có số liệu", "không có dữ liệu");
    en(Role.NOT_APPLICABLE, "not applicable", "none", "nil", "no figure", "no data");
    vi(Role.PER, "trên", "mỗi", "cho", "/");
    en(Role.PER, "per", "for every");
    vi(Role.AVERAGE, "trung bình", "bình quân");
    en(Role.AVERAGE, "average", "an average of", "on average", "average of");
    vi(Role.YEAR_LEAD, "năm", "đến năm", "vào năm", "trong năm", "cuối năm", "đến hết năm", "đến cuối năm", "hết năm", "giai đoạn", "từ năm", "sau năm", "trước năm", "đầu năm", "quý", "tháng", "ngày", "đến ngày", "trước ngày", "đến tháng");
    en(Role.YEAR_LEAD, "in", "by", "year", "by the end of", "in year", "since", "until");
    vi(Role.TARGET_LEAD, "mục tiêu", "kế hoạch", "chỉ tiêu", "kh", "mt", "ct", "mục tiêu đề ra", "mục tiêu là", "theo kế hoạch", "so với mục tiêu");
    en(Role.TARGET_LEAD, "target", "plan", "goal", "the target");
    vi(Role.OF_WHICH, "trong đó", "riêng", "bao gồm");
    en(Role.OF_WHICH, "of which", "including");
    vi(Role.AND, "và", "còn", "đồng thời");
    vi(Role.REFERENCE_LEAD, "quyết định số", "nghị quyết số", "kế hoạch số", "công văn số", "văn bản số", "chỉ thị số", "thông tư số", "nghị định số", "luật số", "nghị quyết", "quyết định", "kế hoạch số", "chỉ thị", "thông tư", "nghị định", "đề án", "công văn", "văn bản", "chương trình", "luật", "công nghiệp", "cmcn", "phiên bản", "điều", "phụ lục", "biểu", "biểu mẫu", "mẫu", "tiêu chí", "chỉ tiêu số", "mức độ", "cấp độ",
        // The level of an electronic identity account: "tài khoản định danh điện tử mức 2".
        "điện tử mức", "định danh mức", "vneid mức", "tài khoản mức", "báo cáo số", "thông báo số", "tờ trình số");
    en(Role.REFERENCE_LEAD, "decision", "resolution", "decree", "circular", "version", "article", "annex", "industry", "no.");
    vi(Role.DONE, "hoàn thành", "đã hoàn thành", "đã triển khai", "đã thực hiện", "đã xây dựng", "đã ban hành", "đã", "xong", "đạt", "đạt yêu cầu", "hoàn tất", "đã đưa vào sử dụng", "đã vận hành");
    en(Role.DONE, "completed", "complete", "done", "finished", "deployed", "implemented", "achieved", "met");
    vi(Role.OVERDUE, "quá hạn", "trễ hạn", "chậm tiến độ", "chậm", "chậm so với kế hoạch", "không đạt", "chưa đạt");
    en(Role.OVERDUE, "overdue", "late", "behind schedule", "delayed", "not met");
    vi(Role.NOT_STARTED, "chưa", "chưa triển khai", "chưa thực hiện", "chưa xây dựng", "chưa có");
    en(Role.NOT_STARTED, "not yet", "not started", "not begun");
    vi(Role.IN_PROGRESS, "đang", "đang triển khai", "đang thực hiện", "đang xây dựng", "tiếp tục", "tiếp tục triển khai");
    en(Role.IN_PROGRESS, "in progress", "under way", "underway", "ongoing", "being");
    vi(Role.RATED, "xếp loại", "đánh giá", "đánh giá xếp loại", "được đánh giá", "được xếp loại", "mức độ", "xếp loại mức");
    en(Role.RATED, "rated", "graded", "rating");
    vi(Role.LESS_THAN_RESULT, "chưa đến", "chưa tới", "chưa được", "chỉ đạt dưới");
    for (String m : MAGNITUDES.keySet()) {
      put(m, Role.MAGNITUDE, m.chars().allMatch(c -> c < 128));
    }
    vi(Role.PERCENT_WORD, "phần trăm", "điểm phần trăm");
    en(Role.PERCENT_WORD, "percent", "per cent", "percentage points", "percentage point", "points");
    vi(Role.POPULATION, "dân", "người dân", "người", "hộ", "hộ dân", "hộ gia đình", "dân số", "người lao động", "lao động", "học sinh", "trẻ em", "hộ nghèo", "doanh nghiệp");
    en(Role.POPULATION, "people", "residents", "inhabitants", "population", "persons", "households");
    vi(Role.AGE, "tuổi");
    en(Role.AGE, "years old", "year-olds");
    vi(Role.ONE, "một");
    en(Role.ONE, "one");
  }

  private Words() {}

  private static void vi(Role role, String... words) {
    for (String w : words) {
      put(w, role, false);
    }
  }

  private static void en(Role role, String... words) {
    for (String w : words) {
      put(w, role, true);
    }
  }

  private static void put(String words, Role role, boolean english) {
    ROLES.computeIfAbsent(words, w -> EnumSet.noneOf(Role.class)).add(role);
    if (english) {
      ENGLISH_WORDS.add(words);
    } else {
      VIETNAMESE_WORDS.add(words);
    }
    longest = Math.max(longest, words.split(" ").length);
  }

  /** Whether {@code word} is a known English word that Vietnamese phrases do not use ("top" is both). */
  static boolean english(String word) {
    return ENGLISH_WORDS.contains(word) && !VIETNAMESE_WORDS.contains(word);
  }

  /** The longest word group at a position and the roles it has. */
  record Match(int length, Set<Role> roles) {
    boolean has(Role role) {
      return roles.contains(role);
    }
  }

  static final Match NONE = new Match(0, EnumSet.noneOf(Role.class));

  /**
   * The longest known group of word tokens from {@code at} (before {@code to}), or {@link #NONE}.
   * The scan is bounded by the longest group, so reading stays linear.
   */
  static Match longest(List<Token> tokens, int at, int to) {
    StringBuilder key = new StringBuilder();
    Match best = NONE;
    for (int k = 0; k < longest && at + k < to; k++) {
      Token token = tokens.get(at + k);
      boolean slash = token.is(Tokens.Type.SLASH) && k == 0;
      if (!token.is(Tokens.Type.WORD) && !slash) {
        break;
      }
      if (k > 0 && !tokens.get(at + k - 1).is(Tokens.Type.SLASH)) {
        key.append(' ');
      }
      key.append(token.lower());
      Set<Role> roles = ROLES.get(key.toString());
      if (roles != null) {
        best = new Match(k + 1, roles);
      }
    }
    return best;
  }

  /** The roles of a group of words (lower case, single spaces), possibly none. */
  static Set<Role> roles(String words) {
    return ROLES.getOrDefault(words, EnumSet.noneOf(Role.class));
  }

  /** The power of ten a magnitude word stands for, or -1. */
  static int magnitude(String word) {
    return MAGNITUDES.getOrDefault(word, -1);
  }

  /** The rank an ordinal word stands for, or -1. */
  static int ordinal(String word) {
    return ORDINALS.getOrDefault(word, -1);
  }
}
