package dev.northbound.scoring.core.testing;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.document.CreditFileWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Hostile inputs for the reader, each derived from one random valid document of
 * {@link CreditFileArbitraries}: the document itself, byte flips, truncations, duplicated keys, huge
 * numbers, deep nesting, wrong types, invalid UTF-8, unknown fields, long strings, deleted lines and
 * random bytes. Every case carries the personal values of its source document (subject reference,
 * names, amounts) and the canaries it planted, so that a test can check no output echoes them.
 * Reused by the end-to-end and privacy tests of later modules.
 */
public final class CreditFileMutations {

  /** The kinds of mutation, drawn with equal weight. */
  public enum Kind {
    VALID, BYTE_FLIPS, TRUNCATION, DUPLICATE_KEY, HUGE_NUMBER, DEEP_NESTING, WRONG_TYPE, INVALID_UTF8,
    UNKNOWN_FIELD, LONG_STRING, DELETED_LINE, RANDOM_BYTES
  }

  /**
   * One fuzz input.
   *
   * @param kind how it was made
   * @param bytes the input
   * @param secrets values that no message, log line or report may contain
   */
  public record FuzzCase(Kind kind, byte[] bytes, List<String> secrets) {
    @Override
    public String toString() {
      return kind + " (" + bytes.length + " bytes)";
    }
  }

  private static final Pattern SCALAR_LINE = Pattern.compile("(?m)^( *)\"([A-Za-z]+)\": ([^\\[{\\n][^\\n]*?)(,?)$");
  private static final Pattern NUMBER_LINE = Pattern.compile("(?m)^( *)\"([A-Za-z]+)\": (-?[0-9][0-9.]*)(,?)$");
  private static final Pattern STRING_LINE = Pattern.compile("(?m)^( *)\"([A-Za-z]+)\": (\"[^\\n]*\")(,?)$");
  private static final Pattern PERSONAL = Pattern.compile(
      "\"(subjectRef|bureau|applicationId|cityOfResidence|accountId|provider|city|documentId)\": \"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern AMOUNT = Pattern.compile("\"amount\": ([0-9.]+)");
  private static final String[] HUGE = {"1" + "0".repeat(400), "1" + "0".repeat(31), "1e400", "-1e-400", "1E5",
      "123456789012345678901234567890.12", "-0", "0.000", "9223372036854775808", "2147483648", "-2147483649",
      "NaN", "Infinity", "-Infinity", "0." + "0".repeat(30) + "1", "00012", "+5", ".5", "5."};
  private static final String[] WRONG = {"null", "true", "false", "{}", "[]", "12.5", "0", "{\"x\": 1}", "[1, 2]",
      "\"\"", "\" \""};
  private static final byte[][] BAD_UTF8 = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0x80},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
      (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC3}, {0x00}, {0x1F}};

  private CreditFileMutations() {}

  /** Fuzz cases of every kind, in equal shares. */
  public static Arbitrary<FuzzCase> cases() {
    return Arbitraries.randomValue(CreditFileMutations::next);
  }

  /** One fuzz case drawn from {@code random}. */
  public static FuzzCase next(Random random) {
    // Both versions of the format, a quarter of the documents in version 1 (a file without consents).
    int version = random.nextInt(4) == 0 ? 1 : CreditFileWriter.standard().version();
    CreditFile file = CreditFileArbitraries.creditFile(random);
    String doc = new String(CreditFileWriter.standard().version(version)
        .write(version == 1 ? file.withConsents(List.of()) : file, "doc-" + Integer.toHexString(random.nextInt())),
        StandardCharsets.UTF_8);
    List<String> secrets = secretsOf(doc);
    Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
    String canary = "CANARY" + Long.toHexString(random.nextLong() | 1L << 62);
    byte[] bytes = mutate(kind, doc, random, canary);
    // A canary that became the document id is not personal: verification names the id by design.
    boolean asDocumentId = new String(bytes, StandardCharsets.UTF_8).contains("\"documentId\": \"" + canary);
    if ((kind == Kind.WRONG_TYPE || kind == Kind.UNKNOWN_FIELD || kind == Kind.LONG_STRING) && !asDocumentId) {
      secrets.add(canary);
    }
    return new FuzzCase(kind, bytes, List.copyOf(secrets));
  }

  /**
   * The personal values of a canonical document: the subject reference, the free-text names and
   * ids, and every amount written with at least six characters (shorter ones, such as {@code 0},
   * occur in any message by chance).
   */
  public static List<String> secretsOf(String doc) {
    List<String> secrets = new ArrayList<>();
    Matcher m = PERSONAL.matcher(doc);
    while (m.find()) {
      String value = m.group(2).replace("\\\"", "\"").replace("\\\\", "\\").replace("\\t", "\t");
      if (value.length() >= 4) {
        secrets.add(value);
      }
    }
    Matcher a = AMOUNT.matcher(doc);
    while (a.find()) {
      if (a.group(1).length() >= 6) {
        secrets.add(a.group(1));
      }
    }
    return secrets;
  }

  private static byte[] mutate(Kind kind, String doc, Random r, String canary) {
    byte[] bytes = utf8(doc);
    switch (kind) {
      case VALID:
        return bytes;
      case BYTE_FLIPS:
        for (int i = 1 + r.nextInt(8); i > 0; i--) {
          bytes[r.nextInt(bytes.length)] ^= (byte) (1 + r.nextInt(255));
        }
        return bytes;
      case TRUNCATION:
        return Arrays.copyOf(bytes, r.nextInt(bytes.length));
      case DUPLICATE_KEY:
        return utf8(duplicateLine(doc, r));
      case HUGE_NUMBER:
        return utf8(replace(doc, NUMBER_LINE, r, HUGE[r.nextInt(HUGE.length)]));
      case DEEP_NESTING:
        int depth = new int[] {31, 33, 100, 10_000, 300_000}[r.nextInt(5)];
        String nest = r.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
            : "{\"a\": ".repeat(depth) + "1" + "}".repeat(r.nextInt(3) == 0 ? 0 : depth);
        return utf8(replace(doc, SCALAR_LINE, r, nest));
      case WRONG_TYPE:
        String wrong = r.nextInt(4) == 0 ? "\"" + canary + "\"" : WRONG[r.nextInt(WRONG.length)];
        return utf8(replace(doc, SCALAR_LINE, r, wrong));
      case INVALID_UTF8:
        return invalidUtf8(doc, r);
      case UNKNOWN_FIELD:
        return utf8(unknownField(doc, r, canary));
      case LONG_STRING:
        int length = new int[] {257, 300, 5_000, 100_000}[r.nextInt(4)];
        return utf8(replace(doc, STRING_LINE, r, "\"" + (canary + "x".repeat(length)).substring(0, length) + "\""));
      case DELETED_LINE:
        return utf8(deleteLine(doc, r));
      default:
        byte[] junk = new byte[r.nextInt(2000)];
        r.nextBytes(junk);
        if (r.nextBoolean()) {
          return junk;
        }
        byte[] joined = Arrays.copyOf(bytes, bytes.length + junk.length);
        System.arraycopy(junk, 0, joined, bytes.length, junk.length);
        return joined;
    }
  }

  /** Replaces the value of a random line matching {@code linePattern} (group 3) with {@code value}. */
  private static String replace(String doc, Pattern linePattern, Random r, String value) {
    List<int[]> spans = spans(doc, linePattern, 3);
    int[] s = spans.get(r.nextInt(spans.size()));
    return doc.substring(0, s[0]) + value + doc.substring(s[1]);
  }

  private static List<int[]> spans(String doc, Pattern pattern, int group) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = pattern.matcher(doc);
    while (m.find()) {
      spans.add(new int[] {m.start(group), m.end(group)});
    }
    return spans;
  }

  private static String duplicateLine(String doc, Random r) {
    List<int[]> lines = spans(doc, SCALAR_LINE, 0);
    int[] s = lines.get(r.nextInt(lines.size()));
    String line = doc.substring(s[0], s[1]);
    String first = line.endsWith(",") ? line : line + ",";
    return doc.substring(0, s[0]) + first + "\n" + line + doc.substring(s[1]);
  }

  private static String unknownField(String doc, Random r, String canary) {
    List<Integer> opens = new ArrayList<>();
    for (int i = doc.indexOf("{\n"); i >= 0; i = doc.indexOf("{\n", i + 1)) {
      opens.add(i + 2);
    }
    int at = opens.get(r.nextInt(opens.size()));
    return doc.substring(0, at) + "\"" + canary + "\": 1,\n" + doc.substring(at);
  }

  private static String deleteLine(String doc, Random r) {
    int start = r.nextInt(doc.length());
    start = doc.lastIndexOf('\n', start) + 1;
    int end = doc.indexOf('\n', start);
    return doc.substring(0, start) + (end < 0 ? "" : doc.substring(end + 1));
  }

  private static byte[] invalidUtf8(String doc, Random r) {
    List<int[]> strings = spans(doc, STRING_LINE, 3);
    int[] s = strings.get(r.nextInt(strings.size()));
    int at = s[0] + 1 + r.nextInt(s[1] - s[0] - 1); // inside the quotes
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(doc.substring(0, at)));
    out.writeBytes(BAD_UTF8[r.nextInt(BAD_UTF8.length)]);
    out.writeBytes(utf8(doc.substring(at)));
    return out.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
