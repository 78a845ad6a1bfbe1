package dev.northbound.scoring.toolkit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArffReaderTest {

  @Test
  void read_germanCredit() {
    Dataset data = SharedData.germanCredit();
    // credit-g: 1,000 rows, 700 good and 300 bad, 20 attributes besides the class.
    assertThat(data.rows()).isEqualTo(1000);
    assertThat(data.badCount()).isEqualTo(300);
    assertThat(data.columns()).hasSize(20);
    CategoricalColumn checking = (CategoricalColumn) data.column("checking_status").orElseThrow();
    assertThat(checking.labels()).containsExactly("<0", "0<=X<200", ">=200", "no checking");
    assertThat(checking.code(0)).isZero();
    assertThat(((NumericColumn) data.column("credit_amount").orElseThrow()).value(0))
        .isEqualTo(1169);
    assertThat(data.isBad(1)).isTrue();
    assertThat(data.fingerprint()).isEqualTo(SharedData.germanCredit().fingerprint());
  }

  @Test
  void read_csvWrittenFromGermanCreditHasTheSameContent(@TempDir Path dir) throws IOException {
    Dataset arff = SharedData.germanCredit();
    Path csv = dir.resolve("credit-g.csv");
    try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      out.write(String.join(",", arff.columns().stream().map(Column::name).toList()) + ",class\n");
      for (int r = 0; r < arff.rows(); r++) {
        StringBuilder line = new StringBuilder();
        for (Column column : arff.columns()) {
          if (column instanceof NumericColumn n) {
            line.append(n.value(r));
          } else if (column instanceof CategoricalColumn c) {
            line.append('"').append(c.labels().get(c.code(r))).append('"');
          }
          line.append(',');
        }
        out.write(line.append(arff.isBad(r) ? "bad" : "good").append('\n').toString());
      }
    }
    Dataset read = CsvReader.read(csv, ReadOptions.of("class", "bad"));
    assertThat(read.rows()).isEqualTo(1000);
    assertThat(read.badCount()).isEqualTo(300);
    for (Column column : arff.columns()) {
      Column other = read.column(column.name()).orElseThrow();
      if (column instanceof NumericColumn n) {
        assertThat(((NumericColumn) other).values()).isEqualTo(n.values());
      } else {
        CategoricalColumn a = (CategoricalColumn) column;
        CategoricalColumn b = (CategoricalColumn) other;
        for (int r = 0; r < 1000; r++) {
          assertThat(b.labels().get(b.code(r))).isEqualTo(a.labels().get(a.code(r)));
        }
      }
    }
  }

  @Test
  void read_quotesCommentsAndMissing() {
    Dataset data = ArffReader.read(new StringReader("% a comment\n@relation t\n"
        + "@attribute 'home city' {'Hong Kong', Shenzhen}\n@attribute age numeric\n"
        + "@attribute class {good, bad}\n@data\n% rows\n'Hong Kong',30,good\n?,?,bad\n"
        + "Shenzhen , 41.5 , bad\n"), ReadOptions.of("class", "bad"));
    CategoricalColumn city = (CategoricalColumn) data.column("home city").orElseThrow();
    assertThat(city.codes()).containsExactly(0, CategoricalColumn.MISSING, 1);
    assertThat(((NumericColumn) data.column("age").orElseThrow()).values())
        .containsExactly(30, Double.NaN, 41.5);
    assertThat(data.bad()).containsExactly(false, true, true);
  }

  @Test
  void read_undeclaredNominalValue() {
    assertThatThrownBy(() -> ArffReader.read(new StringReader("@relation t\n"
        + "@attribute c {a, b}\n@attribute class {good, bad}\n@data\na,good\nzz,bad\n"),
        ReadOptions.of("class", "bad")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/6/c: must be one of the 2 declared labels;"
            + " found a string of 2 characters that is not declared");
  }

  @Test
  void read_stringAttributeUnsupported() {
    assertThatThrownBy(() -> ArffReader.read(new StringReader(
        "@relation t\n@attribute name string\n@data\n"), ReadOptions.of("class", "bad")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/2/name: the type must be numeric, real, integer or a nominal {...}"
            + " list; found an unsupported type");
  }
}
