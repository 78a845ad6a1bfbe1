package dev.northbound.scoring.toolkit.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.toolkit.data.CsvReader;
import dev.northbound.scoring.toolkit.data.ReadOptions;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularSourceTest {

  @Test
  void tabularDescription_equalsTheSourcesDescription(@TempDir Path dir) throws Exception {
    String text = "income,y\n1,good\n\n2,bad\n3,good\n"; // a blank line is not a row
    TabularInputs inputs = TabularInputs.derive(CsvReader.read(new StringReader(text), ReadOptions.of("y", "bad")));
    Path file = Files.writeString(dir.resolve("book.csv"), text);
    RowSource source = RowSources.tabular(file, inputs, "y", "bad", Optional.empty());
    assertThat(RowSources.tabularDescription("book.csv", 3)).isEqualTo("table book.csv (3 rows)")
        .isEqualTo(source.description());
  }
}
