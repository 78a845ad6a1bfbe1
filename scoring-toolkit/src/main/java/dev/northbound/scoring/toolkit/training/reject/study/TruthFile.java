package dev.northbound.scoring.toolkit.training.reject.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northbound.scoring.toolkit.data.Compression;
import dev.northbound.scoring.toolkit.training.reject.study.TruthFileException.Reason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the truth file of a through-the-door population ({@code generate --truth}): one line per
 * reject, {@code {"id":"<documentId>","outcome":"good"|"bad"}} and nothing else, and aligns it to the
 * rejects' order by document id, so that the lines may come in any order. Stateless.
 */
public final class TruthFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TruthFile() {}

  /**
   * Each reject's true outcome, in the rejects' order.
   *
   * @param truth the truth file
   * @param rejects the rejects, whose document ids and lines the truth is aligned to
   * @return {@code true} for bad, one per reject
   * @throws TruthFileException naming the line: {@code MALFORMED} ({@code /lines/<n>} or a field of
   *     it), {@code DUPLICATE_ID} and {@code UNKNOWN_ID} ({@code /lines/<n>/id} of the truth file),
   *     {@code MISSING_ID} (the first reject without a truth line, {@code /rejects/lines/<n>})
   * @throws UncheckedIOException if the file cannot be read
   */
  public static boolean[] read(Path truth, RejectFile rejects) {
    Map<String, Integer> index = new HashMap<>();
    List<String> ids = rejects.documentIds();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    boolean[] bad = new boolean[ids.size()];
    long[] lineOf = new long[ids.size()];
    try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Compression.open(truth),
        StandardCharsets.UTF_8.newDecoder()))) {
      long n = 0;
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        n++;
        Line line = parse(n, text);
        Integer row = index.get(line.id);
        if (row == null) {
          throw new TruthFileException(Reason.UNKNOWN_ID, n, "/lines/" + n + "/id",
              "must be the documentId of a reject", "an id not among the rejects");
        }
        if (lineOf[row] != 0) {
          throw new TruthFileException(Reason.DUPLICATE_ID, n, "/lines/" + n + "/id",
              "must not repeat", "the id of line " + lineOf[row]);
        }
        lineOf[row] = n;
        bad[row] = line.bad;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the truth file " + truth.getFileName(), e);
    }
    long[] rejectLines = rejects.lineNumbers();
    for (int i = 0; i < lineOf.length; i++) {
      if (lineOf[i] == 0) {
        throw new TruthFileException(Reason.MISSING_ID, rejectLines[i],
            "/rejects/lines/" + rejectLines[i], "every reject must have a truth line",
            "no line with the id of this reject");
      }
    }
    return bad;
  }

  private record Line(String id, boolean bad) {}

  private static Line parse(long n, String text) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      throw malformed(n, "", "must be a JSON object", "a line that is not one");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("id") && !name.equals("outcome")) {
        throw malformed(n, "/" + name, "is not allowed (only id and outcome)", "an extra field");
      }
    }
    JsonNode id = node.get("id");
    if (id == null || !id.isTextual() || id.asText().isEmpty()) {
      throw malformed(n, "/id", "is required, a non-empty string", id == null ? "none" : "another value");
    }
    JsonNode outcome = node.get("outcome");
    if (outcome == null || !outcome.isTextual()
        || !(outcome.asText().equals("good") || outcome.asText().equals("bad"))) {
      throw malformed(n, "/outcome", "is required, \"good\" or \"bad\"",
          outcome == null ? "none" : "another value");
    }
    return new Line(id.asText(), outcome.asText().equals("bad"));
  }

  private static TruthFileException malformed(long n, String field, String rule, String found) {
    return new TruthFileException(Reason.MALFORMED, n, "/lines/" + n + field, rule, found);
  }
}
