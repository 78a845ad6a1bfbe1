package dev.northbound.scoring.features.catalogue;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.MissingReason;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The golden-vector file: gzipped UTF-8, tab-separated, one line per {@link GoldenCorpus} case after
 * two {@code #} comment lines and a header line. The columns are {@link #FIXED} and then one per
 * feature in schema order. A present value is written with {@link Double#toString} and read back
 * with {@link Double#parseDouble}, which round-trips every bit; a missing value is its {@link
 * MissingReason} name. A case whose extraction throws has the exception's pointer and message in the
 * error columns and no feature columns; one that succeeds has {@code -} in both error columns.
 */
final class GoldenVectors {

  /** The classpath resource. */
  static final String RESOURCE = "/golden/StandardGoldenTest.tsv.gz";

  /** The resource's path in the repository, for regeneration. */
  static final String SOURCE = "scoring-features/src/test/resources" + RESOURCE;

  /** How to regenerate the file. */
  static final String REGENERATE = "mvn -B -o -pl scoring-features -am test -Dtest=StandardGoldenTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dnorthbound.golden.regenerate=true";

  /** The columns before the features'. */
  static final List<String> FIXED = List.of("case", "seed", "as_of", "config", "fx", "input_sha256",
      "error_pointer", "error_message");

  private GoldenVectors() {}

  /** The header line's cells for a schema. */
  static List<String> header(FeatureSchema schema) {
    List<String> cells = new ArrayList<>(FIXED);
    for (int i = 0; i < schema.size(); i++) {
      cells.add(schema.name(i));
    }
    return cells;
  }

  /** The row {@code extractor} gives for case {@code c}. */
  static List<String> row(GoldenCorpus.Case c, FeatureExtractor extractor) {
    List<String> cells = new ArrayList<>(List.of(c.id(), Long.toString(c.seed()), c.context().asOf().toString(),
        c.config(), c.fx(), c.inputDigest()));
    FeatureBuffer out = FeatureBuffer.of(extractor.schema());
    try {
      extractor.extract(c.file(), c.context(), out, 0);
    } catch (InvalidInputException e) {
      cells.add(cell(e.pointer()));
      cells.add(cell(e.getMessage()));
      return cells;
    }
    cells.add("-");
    cells.add("-");
    for (int i = 0; i < out.schema().size(); i++) {
      int at = i;
      cells.add(out.missingReason(i).map(MissingReason::name).orElseGet(() -> Double.toString(out.value(at))));
    }
    return cells;
  }

  private static String cell(String text) {
    if (text.isEmpty() || text.equals("-") || text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("cannot be written as a cell: " + text);
    }
    return text;
  }

  /**
   * Where {@code actual} differs from {@code golden}: a present value by its bits ({@link
   * Double#doubleToRawLongBits}), anything else by its text. Empty if they agree.
   */
  static List<String> differences(List<String> header, List<String> golden, List<String> actual) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.max(golden.size(), actual.size()); i++) {
      String column = i < header.size() ? header.get(i) : "column " + i;
      String g = i < golden.size() ? golden.get(i) : "(none)";
      String a = i < actual.size() ? actual.get(i) : "(none)";
      if (!same(g, a)) {
        out.add(golden.get(0) + " " + column + ": golden " + g + ", actual " + a);
      }
    }
    return out;
  }

  private static boolean same(String golden, String actual) {
    if (golden.equals(actual)) {
      return true;
    }
    Double g = number(golden);
    Double a = number(actual);
    return g != null && a != null && Double.doubleToRawLongBits(g) == Double.doubleToRawLongBits(a);
  }

  private static Double number(String cell) {
    try {
      return Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The header and rows of the file, in order. */
  record Table(List<String> header, List<List<String>> rows) {}

  /** Reads the classpath resource. */
  static Table read() {
    try (InputStream in = GoldenVectors.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test classpath; regenerate it with: " + REGENERATE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a file written by {@link #write}. */
  static Table read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  private static Table read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
    List<String> header = null;
    List<List<String>> rows = new ArrayList<>();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.startsWith("#")) {
        continue;
      }
      List<String> cells = Arrays.asList(line.split("\t", -1));
      if (header == null) {
        header = cells;
      } else {
        rows.add(cells);
      }
    }
    if (header == null) {
      throw new IllegalStateException("the golden file has no header line; regenerate it with: " + REGENERATE);
    }
    return new Table(List.copyOf(header), rows);
  }

  /** Writes {@code rows} under {@code header} to {@code file}, gzipped (the same bytes every time). */
  static void write(Path file, String fingerprint, List<String> header, List<List<String>> rows) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream os = Files.newOutputStream(file);
        Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(os), StandardCharsets.UTF_8))) {
      w.write("# Golden feature vectors of the standard catalogue over GoldenCorpus (StandardGoldenTest).\n");
      w.write("# Schema fingerprint " + fingerprint + ". Regenerate with: " + REGENERATE + "\n");
      w.write(String.join("\t", header));
      w.write('\n');
      for (List<String> row : rows) {
        w.write(String.join("\t", row));
        w.write('\n');
      }
    }
  }
}
