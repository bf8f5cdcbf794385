package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.testkit.ChisoGen;
import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV round trip over generated results (kept here, beside the testkit, as guava-tests does). */
class ResultsCsvPropertiesTest {

  @Test
  void roundTripsGeneratedResultsWithRanksChangesAndQualifiers() {
    // CSV carries no source, and a text-only result's note column holds its own words.
    // Mutation checked: ResultTable.qualifiers keeping only the first name of the cell failed here;
    // so did ResultsCsv writing a rank's field in the rank column, and ResultTable reading every
    // change's reference as YEAR_EARLIER.
    Gen<List<Result>> results = Gen.lists(ChisoGen.results(1, 1, 1, 1, 1).map(r -> {
      Result.Builder b = Result.builder().from(r).source(java.util.Optional.empty());
      if (r.reading().kind() == Reading.Kind.TEXT) {
        b.note(java.util.Optional.empty());
      }
      return b.build();
    }), 0, 20);
    Property.forAll("csv round trip", results).tries(300).verify(list -> {
      String csv = ResultsCsv.write(list);
      assertThat(ResultsCsv.read(csv)).isEqualTo(list);
      assertThat(ResultsCsv.write(ResultsCsv.read(csv))).isEqualTo(csv);
    });
  }

}
