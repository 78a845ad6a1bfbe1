package dev.northbound.scoring.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * The broken files of {@link CliFuzzTest}: empty, byte-order mark, truncated, binary, huge numbers,
 * ill-formed UTF-8, corrupt or fake gzip, canary content, a folder where a file is due, missing paths.
 */
final class CliFuzzFiles {

  private CliFuzzFiles() {}

  /**
   * Writes the broken files into {@code dir}, made from the valid fixtures, and records them in
   * {@code broken} by name.
   */
  static void writeBroken(Path dir, Map<String, Path> valid, Map<String, Path> broken) throws IOException {
    byte[] doc = Files.readAllBytes(valid.get("doc"));
    String docText = new String(doc, StandardCharsets.UTF_8);
    byte[] jsonl = Files.readAllBytes(valid.get("jsonl"));
    byte[] table = Files.readAllBytes(valid.get("table"));
    put(dir, broken, "empty.json", new byte[0]);
    put(dir, broken, "empty.jsonl", new byte[0]);
    put(dir, broken, "empty.csv", new byte[0]);
    put(dir, broken, "bom.json", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, doc));
    put(dir, broken, "truncated.json", java.util.Arrays.copyOf(doc, doc.length / 2));
    byte[] binary = new byte[2048];
    new SplittableRandom(3).nextBytes(binary);
    put(dir, broken, "binary.json", binary);
    put(dir, broken, "binary.jsonl", binary);
    put(dir, broken, "binary.csv", binary);
    put(dir, broken, "hugenumber.json", docText.replace("\"amount\": 20000.00",
        "\"amount\": 1" + "0".repeat(400)).getBytes(StandardCharsets.UTF_8));
    // Keys may appear in JSON Pointers (they are the format's vocabulary); values never.
    put(dir, broken, "canary-field.json", docText.replaceFirst("\\{", "{\"unknownKey\": \"" + CliFuzzCorpus.CANARY
        + "v\",").getBytes(StandardCharsets.UTF_8));
    put(dir, broken, "canary-value.json", docText.replace("\"Shenzhen\"", "{\"key\": \"" + CliFuzzCorpus.CANARY + "\"}")
        .getBytes(StandardCharsets.UTF_8));
    put(dir, broken, "canary-amount.json", docText.replace("\"amount\": 20000.00", "\"amount\": \"" + CliFuzzCorpus.CANARY
        + "\"").getBytes(StandardCharsets.UTF_8));
    put(dir, broken, "not-utf8.json", concat(java.util.Arrays.copyOf(doc, 40), new byte[] {(byte) 0xC3,
        (byte) 0x28, (byte) 0xFF}, java.util.Arrays.copyOfRange(doc, 40, doc.length)));
    put(dir, broken, "canary.jsonl", ("{\"unknownKey\": \"" + CliFuzzCorpus.CANARY + "\"}\n" + CliFuzzCorpus.CANARY + " not json\n")
        .getBytes(StandardCharsets.UTF_8));
    put(dir, broken, "truncated.jsonl", java.util.Arrays.copyOf(jsonl, jsonl.length / 3));
    put(dir, broken, "all-invalid.jsonl", "{}\n[]\n\"x\"\n".getBytes(StandardCharsets.UTF_8));
    put(dir, broken, "corrupt.jsonl.gz", java.util.Arrays.copyOf(gzip(jsonl), 300));
    put(dir, broken, "notgzip.jsonl.gz", jsonl);
    put(dir, broken, "empty.jsonl.gz", new byte[0]);
    put(dir, broken, "empty-gzip.jsonl.gz", gzip(new byte[0]));
    put(dir, broken, "badline.jsonl.gz", gzip(concat(jsonl, ("{\"document\":{\"format\":\"" + CliFuzzCorpus.CANARY
        + "\"},\"outcome\":\"good\"}\n").getBytes(StandardCharsets.UTF_8))));
    put(dir, broken, "bad-header.jsonl.gz", concat(new byte[] {0x1f, (byte) 0x8b, 0x07}, java.util.Arrays.copyOf(jsonl, 64)));
    String csv = new String(table, StandardCharsets.UTF_8);
    put(dir, broken, "canary-cell.csv", csv.replaceFirst("\n([^,]*),", "\n" + CliFuzzCorpus.CANARY + ",")
        .getBytes(StandardCharsets.UTF_8));
    put(dir, broken, "ragged.csv", (csv + CliFuzzCorpus.CANARY + ",1\n").getBytes(StandardCharsets.UTF_8));
    put(dir, broken, "header-only.csv", "debt,region,noise,outcome\n".getBytes(StandardCharsets.UTF_8));
    put(dir, broken, "not-utf8.csv", concat("debt,region,noise,outcome\n0.5,".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xFF, (byte) 0xFE}, (",1,default\n" + CliFuzzCorpus.CANARY + "\n")
            .getBytes(StandardCharsets.UTF_8)));
    put(dir, broken, "bom.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, table));
    put(dir, broken, "one-class.csv", csv.replace("default", "repaid").getBytes(StandardCharsets.UTF_8));
    put(dir, broken, "canary.pem", ("-----BEGIN PUBLIC KEY-----\n" + CliFuzzCorpus.CANARY + "\n-----END PUBLIC KEY-----\n")
        .getBytes(StandardCharsets.UTF_8));
    put(dir, broken, "model-canary.json", docText.replace("northbound.credit-file", CliFuzzCorpus.CANARY)
        .getBytes(StandardCharsets.UTF_8));
    Path folder = dir.resolve("a-folder.json");
    Files.createDirectories(folder);
    broken.put("a-folder.json", folder);
    broken.put("missing.json", dir.resolve("missing.json"));
    broken.put("missing.jsonl", dir.resolve("missing.jsonl"));
  }

  private static void put(Path dir, Map<String, Path> broken, String name, byte[] bytes) throws IOException {
    Path file = dir.resolve("broken-" + name);
    Files.write(file, bytes);
    broken.put(name, file);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  static Path copy(Path from, Path to) throws IOException {
    return Files.copy(from, to);
  }

  /** A small seeded table: two drivers and noise, outcome default/repaid. */
  static Path table(Path file) throws IOException {
    SplittableRandom random = new SplittableRandom(11);
    StringBuilder csv = new StringBuilder("debt,region,noise,outcome\n");
    String[] regions = {"north", "south", "east", "west"};
    for (int i = 0; i < 300; i++) {
      double debt = random.nextDouble();
      int region = random.nextInt(4);
      double risk = -1.5 + 2.5 * debt + (region == 0 ? 0.8 : 0);
      boolean bad = random.nextDouble() < 1 / (1 + Math.exp(-risk));
      csv.append(String.format(Locale.ROOT, "%.3f", debt)).append(',').append(regions[region])
          .append(',').append(random.nextInt(100)).append(',')
          .append(bad ? "default" : "repaid").append('\n');
    }
    Files.writeString(file, csv);
    return file;
  }
}
