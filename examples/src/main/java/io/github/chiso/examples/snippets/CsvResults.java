package io.github.chiso.examples.snippets;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.seeds.Seeds;
import io.github.chiso.json.ResultsCsv;
import io.github.chiso.model.Result;
import java.util.List;

/** Read results from a spreadsheet's CSV (Vietnamese decimal commas welcome) and judge them. */
public final class CsvResults {
  private CsvResults() {}

  public static void main(String[] args) {
    String sheet = "indicator,unit,period,value,numerator,denominator,status,note\n"
        + "II.1,75,2022-Q3,,392,505,,\n"
        + "II.2,75,2022-Q3,\"9,23\",,,,\n"
        + "II.5,75,2022-Q3,,,,NOT_STARTED,Chưa xây dựng Cổng dữ liệu mở\n";
    List<Result> results = ResultsCsv.read(sheet);
    for (Assessment a : Compliance.assess(Seeds.seed001Plan(), Seeds.dongNai(), results)) {
      if (a.subjectCode().equals("75") && !a.reason().orElse("").equals("no result reported")) {
        System.out.println(a.indicator().code() + " " + a.status());
      }
    }
  }
}
