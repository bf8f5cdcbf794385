package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The formula-safe form of a text cell: never a formula, always the same text back. */
class CsvCellsPropertiesTest {
  /** Strings dense in what matters: apostrophes, the formula triggers, ordinary letters. */
  private static final Gen<String> CELLS = Gen.lists(Gen.elements(List.of("'", "=", "+", "-", "@", "\t", "\r", "a", "1", " ", "ệ")), 0, 6)
      .map(parts -> parts.stream().collect(Collectors.joining()));

  @Test
  void neutralisedCellsAreNeverFormulasAndRestoreExactly() {
    Property.forAll("neutralise then restore", CELLS).tries(2000).verify(text -> {
      String cell = CsvCells.neutralised(text);
      assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
          .doesNotStartWith("\t").doesNotStartWith("\r");
      assertThat(CsvCells.restored(cell)).isEqualTo(text);
      if (!cell.equals(text)) {
        assertThat(cell).isEqualTo("'" + text);
      }
    });
  }
}
