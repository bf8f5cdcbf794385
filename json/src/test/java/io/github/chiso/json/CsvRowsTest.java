package io.github.chiso.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chiso.InvalidValueException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {
  @Test
  void rowsAreReadByColumnNameWithTheirNumbers() {
    List<String> seen = new ArrayList<>();
    CsvRows.read(new StringReader("\uFEFF code , note\n 1 , x \n\n2,\n"), List.of("code"),
        row -> seen.add(row.number() + ":" + row.get("code") + ":" + row.find("note").orElse("-")
            + ":" + row.find("absent").orElse("-")));
    assertThat(seen).containsExactly("2:1:x:-", "4:2:-:-");
  }

  @Test
  void problemsNameTheRowAndColumn() {
    assertThatThrownBy(() -> CsvRows.read(new StringReader("code\n1\n"), List.of("code"), row -> row.get("note")))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("row 2, column note")
        .hasMessageContaining("missing column 'note'");
    assertThatThrownBy(() -> CsvRows.read(new StringReader("code\n1\n2\n"), List.of("code"), row -> {
      if (row.get("code").equals("2")) {
        throw new InvalidValueException("bad code 2");
      }
    })).isInstanceOf(InvalidDocumentException.class).hasMessage("row 3: bad code 2");
    assertThatThrownBy(() -> CsvRows.read(new StringReader("a,b\n1\n"), List.of(), row -> { }))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("row 2").hasMessageContaining("has 1 cells");
  }
}
