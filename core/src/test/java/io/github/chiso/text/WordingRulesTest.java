package io.github.chiso.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.TextParseException;
import io.github.chiso.text.PhraseCorpusTest.Line;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The general rules the second and third unseen corpora taught (FORMAT.md, "Wording"), each on phrases that
 * are in no corpus. A case is the rule, the kind (T target, R result), the phrase and what it
 * says, written as the corpora write it ({@link PhraseCorpusTest}); ERROR is a {@link
 * TextParseException}.
 */
class WordingRulesTest {

  static Stream<Arguments> rules() {
    return Stream.of(
        rule("a time limit is at most", "T", "xử lý trong vòng 10 ngày làm việc", "≤ 10"),
        rule("a time limit is at most", "T", "trả kết quả trong thời hạn 02 ngày", "≤ 2"),
        rule("only a rate per year is modelled", "T", "tăng 3%/tháng", "ERROR"),
        rule("only a rate per year is modelled", "R", "đạt 2 cuộc/quý", "ERROR"),
        rule("only a rate per year is modelled", "T", "at least 1 meeting per month", "ERROR"),
        rule("only a rate per year is modelled", "T", "tổ chức 4 buổi hằng quý", "ERROR"),
        rule("a place or better, a place or worse", "T", "Chỉ số PAPI xếp từ thứ 25 trở lên", "≤ 25; form=RANK"),
        rule("a place or better, a place or worse", "T", "DTI xếp hạng thứ 30 trở xuống", "≥ 30; form=RANK"),
        rule("a place or better, a place or worse", "R", "xếp thứ 12 trở lên", "ERROR"),
        rule("a place or better, a place or worse", "R", "đứng thứ 40 trở xuống", "ERROR"),
        rule("no comparator word on a place", "T", "xếp hạng không thấp hơn thứ 20", "ERROR"),
        rule("no comparator word on a place", "T", "SIPAS xếp trên hạng 10", "ERROR"),
        rule("a negation is never dropped", "T", "PAR INDEX không xếp dưới hạng 10", "ERROR"),
        rule("a negation is never dropped", "T", "tỷ lệ hồ sơ trễ hạn không được vượt 3%", "ERROR"),
        rule("a minimum of 0 is no target", "T", "Tối thiểu 0 doanh nghiệp", "ERROR"),
        rule("a minimum of 0 is no target", "T", "≥ 0%", "ERROR"),
        rule("a minimum of 0 is no target", "T", "bằng 0%", "= 0"),
        rule("leading alone is first place", "T", "Phấn đấu đứng đầu Đồng bằng sông Cửu Long về SIPAS", "≤ 1; form=RANK; q=ASPIRATIONAL"),
        rule("leading alone is first place", "R", "Đứng đầu toàn quốc", "1; form=RANK"),
        rule("leading alone is first place", "R", "dẫn đầu khu vực Tây Nguyên", "1; form=RANK"),
        rule("leading alone is first place", "R", "thuộc nhóm dẫn đầu", "ERROR"),
        rule("leading alone is first place", "T", "nằm trong nhóm các địa phương dẫn đầu", "ERROR"),
        rule("leading alone is first place", "R", "dẫn đầu với 91,2%", "91.2"),
        rule("leading alone is first place", "R", "Đứng đầu cả nước 3 năm liền", "ERROR"),
        rule("leading alone is first place", "T", "đứng đầu toàn quốc 2 năm liên tiếp", "ERROR"),
        rule("a rating after a colon", "R", "Xếp loại: Trung bình", "STATUS RATED; rating=Trung bình"),
        rule("a rating after a colon", "R", "Kết quả xếp loại: Xuất sắc", "STATUS RATED; rating=Xuất sắc"),
        rule("an age is who is counted", "R", "người trên 60 tuổi dùng điện thoại thông minh đạt 41%", "41"),
        rule("an age is who is counted", "R", "trẻ em dưới 6 tuổi có mã định danh: 99,1%", "99.1"),
        rule("months before the value are its period", "R", "8 tháng tăng 6,2%", "6.2; form=INCREASE"),
        rule("months before the value are its period", "R", "10 tháng, đạt 85%", "85"),
        rule("a multiple needs its reference", "R", "tăng gấp 2,5 lần so với năm 2021", "2.5; form=INCREASE; unit=lần; years=2021"),
        rule("a multiple needs its reference", "T", "gấp 3 lần", "ERROR"),
        rule("a multiple needs its reference", "R", "doanh thu gấp 4 lần", "ERROR"),
        rule("a status has no qualifiers", "R", "khoảng một nửa", "ERROR"),
        rule("a status has no qualifiers", "R", "dự kiến hoàn thành", "ERROR"),
        rule("words that name no status are refused", "R", "Tạm dừng", "ERROR"),
        rule("words that name no status are refused", "R", "Hủy bỏ nhiệm vụ", "ERROR"),
        rule("words that name no status are refused", "R", "Không phát sinh hồ sơ", "STATUS NOT_AVAILABLE"),
        rule("words that name no status are refused", "R", "n/a", "STATUS NOT_AVAILABLE"),
        rule("words that name no status are refused", "R", "Not applicable.", "STATUS NOT_AVAILABLE"),
        rule("about: ~, ≈, trên dưới", "T", "≈ 30%", "≥ 30; q=APPROXIMATE"),
        rule("about: ~, ≈, trên dưới", "R", "~1.500 doanh nghiệp", "1500; q=APPROXIMATE"),
        rule("about: ~, ≈, trên dưới", "R", "trên dưới 200 hộ", "200; q=APPROXIMATE"),
        rule("a lead glued to its number", "R", "đạt95%", "95"),
        rule("a lead glued to its number", "T", "tối thiểu70%", "≥ 70"),
        rule("a lead glued to its number", "R", "B2C đạt 40%", "40"),
        rule("change verbs", "R", "Đã cắt giảm 250 thủ tục", "250; form=DECREASE"),
        rule("change verbs", "R", "tụt 3 bậc", "3; form=DECREASE; unit=bậc"),
        rule("change verbs", "T", "cải thiện tối thiểu 2 bậc", "≥ 2; form=INCREASE; unit=bậc"),
        rule("words that hold a change word state none", "R", "Tăng cường kết nối, đạt 75%", "75"),
        rule("words that hold a change word state none", "T", "Nâng cao tỷ lệ hài lòng đạt 90%", "≥ 90"),
        rule("a change word's level, however far", "T", "giảm tỷ lệ hộ nghèo toàn tỉnh theo chuẩn mới xuống dưới 2%", "< 2"),
        rule("a change word's level, however far", "R", "tăng tỷ lệ người dân có tài khoản ngân hàng lên 65%", "65"),
        rule("English: rose to, fell to, annual growth", "R", "the rate rose to 52%", "52"),
        rule("English: rose to, fell to, annual growth", "R", "unemployment fell to 2.1%", "2.1"),
        rule("English: rose to, fell to, annual growth", "T", "cut the share of late files to 3%", "≤ 3"),
        rule("English: rose to, fell to, annual growth", "T", "reduce the time to issue permits by 40%", "≥ 40; form=DECREASE"),
        rule("English: rose to, fell to, annual growth", "T", "annual growth rate of 12%", "≥ 12; form=PER_YEAR"),
        rule("English: rose to, fell to, annual growth", "R", "annual growth of 9.5%", "9.5; form=PER_YEAR"),
        rule("a word no Vietnamese syllable can be is English", "R", "processed 2,340 files", "2340"),
        rule("a word no Vietnamese syllable can be is English", "R", "enrolled 3,450 students", "3450"),
        rule("a part after a comma", "R", "đạt 60,2%, trong đó khu vực đô thị 71,5%", "60.2; then=LEVEL 71.5"),
        rule("a part after a comma", "R", "đạt 40%, trong đó cấp xã 30%, cấp huyện 45%", "ERROR"),
        rule("a delay is not a result", "R", "Trễ hạn 20 ngày", "ERROR"),
        rule("a delay is not a result", "R", "chậm 2 tháng", "ERROR"),
        rule("percentage points", "R", "tăng 0,8 điểm %", "0.8; form=INCREASE"),
        rule("percentage points", "R", "giảm 1,5 điểm phần trăm", "1.5; form=DECREASE"),
        rule("one of N leaders is a rank", "T", "là một trong 3 tỉnh dẫn đầu cả nước", "≤ 3; form=RANK"),
        rule("one of N leaders is a rank", "R", "là một trong 10 địa phương dẫn đầu", "10; form=RANK; q=WITHIN"),
        rule("a phrase in parentheses", "T", "(tối thiểu 60%)", "≥ 60"),
        rule("a phrase in parentheses", "R", "(đạt 45,5%)", "45.5"),
        rule("an account's level is a reference", "R", "kích hoạt 1,2 triệu tài khoản mức 2", "1200000"),
        rule("an account's level is a reference", "T", "80% người dân có VNeID mức 2", "≥ 80"),
        // Taught by the third unseen corpus.
        rule("a spreadsheet's error is no figure", "R", "#VALUE!", "ERROR"),
        rule("a spreadsheet's error is no figure", "T", " #REF! ", "ERROR"),
        rule("a spreadsheet's error is no figure", "R", "#N/A", "STATUS NOT_AVAILABLE"),
        rule("a place starts at 1", "T", "Chỉ số PAPI đứng thứ 0", "ERROR"),
        rule("a place starts at 1", "T", "top 0", "ERROR"),
        rule("down to below is below", "T", "Giảm tỷ lệ thất thoát nước sạch xuống còn dưới 12%", "< 12"),
        rule("down to below is below", "T", "giảm số vụ tai nạn giao thông xuống còn dưới 50 vụ", "< 50; unit=vụ"),
        rule("a count every quarter or month is refused", "T", "Mỗi quý tổ chức ít nhất 1 hội nghị đối thoại", "ERROR"),
        rule("a count every quarter or month is refused", "R", "Hằng tháng cập nhật 2 bản tin", "ERROR"),
        rule("a count every quarter or month is refused", "R", "Tỷ lệ báo cáo hằng tháng nộp đúng hạn đạt 96%", "96"),
        rule("records since a year are not the year's", "T", "Số hóa 100% hồ sơ địa chính từ năm 1993 đến nay", "≥ 100; unit=hồ sơ địa chính"),
        rule("records since a year are not the year's", "R", "đã số hóa 87% sổ đăng ký kết hôn từ 1976 đến hiện nay", "87; unit=sổ đăng ký kết hôn"),
        rule("places are a change, never a level", "T", "Nâng thứ hạng PCI lên 5 bậc", "≥ 5; form=INCREASE; unit=bậc"),
        rule("places are a change, never a level", "R", "SIPAS tụt xuống 4 bậc so với năm 2023", "4; form=DECREASE; unit=bậc; years=2023"),
        rule("places are a change, never a level", "T", "nâng hạng PAPI lên thứ 20", "≤ 20; form=RANK"),
        rule("the first of under way and not yet says it", "R", "Đang xây dựng, chưa vận hành", "STATUS IN_PROGRESS"),
        rule("the first of under way and not yet says it", "R", "Chưa khởi công, đang hoàn thiện hồ sơ", "STATUS NOT_STARTED"),
        rule("words in parentheses count", "R", "Đang thi công (trễ hạn so với kế hoạch)", "STATUS OVERDUE"),
        rule("words in parentheses count", "R", "68,2% (ước tính)", "68.2; q=ESTIMATED"),
        rule("a share's name is not a status", "R", "Tỷ lệ hồ sơ giải quyết trễ hạn: 0,8%", "0.8"),
        rule("a share's name is not a status", "R", "Tỷ lệ hoàn thành kế hoạch vốn đạt 72%", "72"),
        rule("a share's name is not a status", "R", "Tỷ lệ hồ sơ trực tuyến: đang cập nhật", "STATUS IN_PROGRESS"),
        rule("a smaller magnitude adds to a whole number", "R", "Thu ngân sách đạt 3 tỷ 450 triệu đồng", "3450000000; unit=đồng"),
        rule("a smaller magnitude adds to a whole number", "T", "thu hút 2 triệu 300 nghìn lượt truy cập", "≥ 2300000; unit=lượt truy cập"),
        rule("a smaller magnitude adds to a whole number", "R", "1,5 tỷ 200 triệu đồng", "ERROR"),
        rule("a smaller magnitude adds to a whole number", "R", "2 tỷ 1500 triệu đồng", "ERROR"));
  }

  private static Arguments rule(String rule, String kind, String phrase, String expected) {
    return Arguments.of(rule, new Line(0, kind, rule, phrase, expected));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("rules")
  void readsAsTheRuleSays(String rule, Line line) {
    if (line.expected().equals("ERROR")) {
      assertThatThrownBy(() -> PhraseCorpusTest.read(line, Map.of("value", ""))).as(rule).isInstanceOf(TextParseException.class);
      return;
    }
    Map<String, String> expected = PhraseCorpusTest.parse(line.expected());
    assertThat(PhraseCorpusTest.read(line, expected)).as(rule).isEqualTo(expected);
  }
}
