package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.document.CreditFileWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert}: version 1 as the target (version 2 and consents: {@link ConvertVersion2Test}). */
class ConvertCommandTest {

  private static final Path SHIPPED = Path.of("..", "docs", "examples", "thick-file-professional.json");
  private static final CreditFileReader READER = CreditFileReader.standard();

  @TempDir Path dir;

  /** The shipped example without consents (which version 1 cannot hold), in the writer's current version. */
  private Path example;

  @org.junit.jupiter.api.BeforeEach
  void plainExample() throws IOException {
    byte[] shipped = Files.readAllBytes(SHIPPED);
    example = Files.write(dir.resolve("example.json"), CreditFileWriter.standard().write(
        READER.readWithoutProvenance(shipped).withConsents(List.of()), READER.peekDocumentId(shipped)));
  }

  /** The format version of the generated portfolio's lines (converting to it keeps their consents). */
  private static String versionOf(Path jsonl) throws IOException {
    return String.valueOf(READER.peekVersion(firstDocument(Files.readAllBytes(jsonl))));
  }

  /** The document {@code writer} writes for {@code bytes}. */
  private static byte[] expected(CreditFileWriter writer, byte[] bytes) {
    return writer.write(READER.readWithoutProvenance(bytes), READER.peekDocumentId(bytes));
  }

  @Test
  void convert_singleFileIsPrettyByDefault() throws IOException {
    Path out = dir.resolve("out.json");
    CliTestSupport.Run run = CliTestSupport.run("convert", "--to", "1", example.toString(), out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("converted 1 credit file to format version 1 in " + out + System.lineSeparator());
    byte[] written = Files.readAllBytes(out);
    assertThat(written).isEqualTo(expected(CreditFileWriter.standard().version(1), Files.readAllBytes(example)));
    assertThat(new String(written, StandardCharsets.UTF_8)).startsWith("{\n  \"format\": \"northbound.credit-file\",\n").endsWith("}\n");
  }

  @Test
  void convert_compactSingleFileIsOneLine() throws IOException {
    Path out = dir.resolve("out.json");
    assertThat(CliTestSupport.run("convert", "--to", "1", "--compact", example.toString(), out.toString()).exitCode())
        .isZero();
    byte[] written = Files.readAllBytes(out);
    assertThat(written).isEqualTo(expected(CreditFileWriter.compact().version(1), Files.readAllBytes(example)));
    assertThat(new String(written, StandardCharsets.UTF_8)).startsWith("{\"format\":\"northbound.credit-file\",")
        .doesNotContain("\n");
  }

  @Test
  void convert_jsonLinesKeepOutcomeSegmentAndUnlabelledLines() throws IOException {
    byte[] doc = expected(CreditFileWriter.compact().version(1), Files.readAllBytes(example));
    String d = new String(doc, StandardCharsets.UTF_8);
    Path in = dir.resolve("in.jsonl");
    // A line not in the canonical layout (outcome first, spaces), a line without an outcome, a blank line.
    Files.writeString(in, "{ \"outcome\" : \"bad\", \"document\" : " + d + " }\n"
        + "{\"document\":" + d + ",\"segment\":\"TRADER\"}\n\n"
        + "{\"document\":" + d + ",\"outcome\":\"good\",\"segment\":\"PRO\"}\r\n");
    Path out = dir.resolve("out.jsonl");
    CliTestSupport.Run run = CliTestSupport.run("convert", "--to", "1", in.toString(), out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("converted 3 credit files to format version 1 in ");
    assertThat(Files.readString(out)).isEqualTo("{\"document\":" + d + ",\"outcome\":\"bad\"}\n"
        + "{\"document\":" + d + ",\"segment\":\"TRADER\"}\n"
        + "{\"document\":" + d + ",\"outcome\":\"good\",\"segment\":\"PRO\"}\n");
  }

  @Test
  void convert_generatedPortfolioToItsOwnVersionIsTheSameBytes() throws IOException {
    Path in = CliTestSupport.writePortfolio(dir, 3, 25, "");
    Path out = dir.resolve("out.jsonl");
    assertThat(CliTestSupport.run("convert", "--to", versionOf(in), in.toString(), out.toString()).exitCode())
        .isZero();
    assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(in));
  }

  @Test
  void convert_readsGzipByContentAndWritesGzipByName() throws IOException {
    Path plain = CliTestSupport.writePortfolio(dir, 5, 12, "");
    Path gz = dir.resolve("portfolio-in.jsonl.gz");
    Files.write(gz, gzip(Files.readAllBytes(plain)));
    Path disguised = dir.resolve("disguised.jsonl"); // gzip bytes under a plain name
    Files.copy(gz, disguised);
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl.gz");
    Path c = dir.resolve("c.jsonl");
    String to = versionOf(plain);
    assertThat(CliTestSupport.run("convert", "--to", to, gz.toString(), a.toString()).exitCode()).isZero();
    assertThat(CliTestSupport.run("convert", "--to", to, plain.toString(), b.toString()).exitCode()).isZero();
    assertThat(CliTestSupport.run("convert", "--to", to, disguised.toString(), c.toString()).exitCode()).isZero();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(plain));
    byte[] b0 = Files.readAllBytes(b);
    assertThat(b0[0] & 0xff).isEqualTo(0x1f);
    assertThat(b0[1] & 0xff).isEqualTo(0x8b);
    assertThat(new GZIPInputStream(Files.newInputStream(b)).readAllBytes()).isEqualTo(Files.readAllBytes(a));
    assertThat(Files.readAllBytes(c)).isEqualTo(Files.readAllBytes(a));
  }

  @Test
  void convert_badLineLeavesNoOutputAndKeepsAnOldOne() throws IOException {
    Path in = CliTestSupport.writePortfolio(dir, 3, 4, "{\"document\":{\"format\":\"northbound.credit-file\"},"
        + "\"outcome\":\"good\"}\n");
    Path out = dir.resolve("out.jsonl");
    String to = versionOf(in);
    CliTestSupport.Run run = CliTestSupport.run("convert", "--to", to, in.toString(), out.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("invalid input in IN " + in + ": /lines/5/document/version: must be present; found"
        + " nothing" + System.lineSeparator());
    assertThat(out).doesNotExist();
    Files.writeString(out, "old");
    assertThat(CliTestSupport.run("convert", "--to", to, in.toString(), out.toString()).exitCode()).isEqualTo(3);
    assertThat(Files.readString(out)).isEqualTo("old");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("example.json", "portfolio.jsonl", "out.jsonl");
    }
  }

  @Test
  void convert_truncatedGzipIsInvalidInput() throws IOException {
    Path plain = CliTestSupport.writePortfolio(dir, 3, 6, "");
    byte[] gz = gzip(Files.readAllBytes(plain));
    Path in = dir.resolve("cut.jsonl.gz");
    Files.write(in, Arrays.copyOf(gz, gz.length / 2));
    Path out = dir.resolve("out.jsonl");
    CliTestSupport.Run run = CliTestSupport.run("convert", "--to", versionOf(plain), in.toString(), out.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("invalid input in IN " + in + ": must be a complete gzip file; found a corrupt or"
        + " truncated one (compress it again)" + System.lineSeparator());
    assertThat(out).doesNotExist();
  }

  @Test
  void convert_emptyInputIsInvalidInput() throws IOException {
    Path in = dir.resolve("empty.jsonl.gz");
    Files.write(in, gzip(new byte[0]));
    CliTestSupport.Run run = CliTestSupport.run("convert", "--to", "1", in.toString(), dir.resolve("o.jsonl").toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("invalid input in IN " + in + ": /lines: must hold at least one credit file;"
        + " found none" + System.lineSeparator());
    assertThat(dir.resolve("o.jsonl")).doesNotExist();
  }

  @Test
  void convert_usageErrors() throws IOException {
    Path lines = CliTestSupport.writePortfolio(dir, 3, 2, "");
    String ex = example.toString();
    String o = dir.resolve("o.json").toString();
    String ol = dir.resolve("o.jsonl").toString();
    for (List<String> c : List.of(
        List.of("--to 3", "--to must be 1 or 2 (the credit-file format version to write)"),
        List.of("--to 0", "--to must be 1 or 2 (the credit-file format version to write)"),
        List.of("--to 1 --compact --pretty", "--compact and --pretty exclude each other; give one"))) {
      List<String> args = new java.util.ArrayList<>(List.of("convert"));
      args.addAll(List.of(c.get(0).split(" ")));
      args.addAll(List.of(ex, o));
      CliTestSupport.Run run = CliTestSupport.run(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(c.get(0)).isEqualTo(2);
      assertThat(run.err()).isEqualTo(c.get(1) + System.lineSeparator());
    }
    assertThat(CliTestSupport.run("convert", "--to", "1", "--pretty", lines.toString(), ol).err())
        .isEqualTo("--pretty is for a single credit file: a JSON Lines line holds a compact document"
            + System.lineSeparator());
    assertThat(CliTestSupport.run("convert", "--to", "1", lines.toString(), o).err())
        .isEqualTo("OUT must be JSON Lines like IN (.jsonl or .jsonl.gz), found o.json" + System.lineSeparator());
    assertThat(CliTestSupport.run("convert", "--to", "1", ex, ol).err())
        .isEqualTo("OUT must be a single credit file like IN (not .jsonl), found o.jsonl" + System.lineSeparator());
    CliTestSupport.Run self = CliTestSupport.run("convert", "--to", "1", lines.toString(), lines.toString());
    assertThat(self.exitCode()).isEqualTo(2);
    assertThat(self.err()).isEqualTo("OUT " + lines + " is the IN file: a run never overwrites its input; give"
        + " another file" + System.lineSeparator());
    assertThat(CliTestSupport.run("convert", "--to", "1", dir.resolve("none.jsonl").toString(), ol).err())
        .isEqualTo("IN: no such file: " + dir.resolve("none.jsonl") + System.lineSeparator());
    assertThat(CliTestSupport.run("convert", "--to", "x", ex, o).exitCode()).isEqualTo(2);
    assertThat(CliTestSupport.run("convert", "--to", "1", ex).exitCode()).isEqualTo(2);
    assertThat(dir.resolve("o.json")).doesNotExist();
    assertThat(dir.resolve("o.jsonl")).doesNotExist();
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(b)) {
      o.write(bytes);
    }
    return b.toByteArray();
  }

  /** The first line's document (the generator's lines start with it: {"document":{...}). */
  static byte[] firstDocument(byte[] jsonl) {
    var line = dev.northbound.scoring.toolkit.data.CreditFileLines.parse(1, jsonl, indexOf(jsonl, (byte) '\n'));
    return line.documentBytes();
  }

  private static int indexOf(byte[] b, byte c) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return b.length;
  }
}
