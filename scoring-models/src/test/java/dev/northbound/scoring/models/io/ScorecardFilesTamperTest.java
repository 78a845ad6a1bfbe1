package dev.northbound.scoring.models.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.testing.RunFigures;
import dev.northbound.scoring.models.scorecard.ScorecardFixtures;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Any change to a sealed model file fails loading with a {@link ModelDefinitionException}, never
 * another exception, unless it only changes layout (JSON whitespace outside strings, which the seal
 * does not cover: it seals the canonical content), in which case exactly the same model loads. Tried:
 * every byte flipped in its lowest bit and with a seeded random mask, every truncation, and 2,000
 * random multi-byte changes of the hand-built scorecard's file. The messages are tallied by their
 * JSON Pointer (the part before the first colon) into the figures.
 */
class ScorecardFilesTamperTest {

  private static final FeatureSchema SCHEMA = ScorecardFixtures.schema();
  private final Map<String, Integer> byPointer = new TreeMap<>();
  private byte[] original;
  private int layoutOnly;

  @Test
  void read_everyChangedByteOrTruncation_modelDefinitionException() {
    original = ScorecardFiles.toBytes(ScorecardFixtures.handBuilt());
    assertThat(ScorecardFiles.read(original, SCHEMA)).isEqualTo(ScorecardFixtures.handBuilt());
    int tried = 0;
    Random random = new Random(20261207L);
    for (int i = 0; i < original.length; i++) {
      for (int mask : new int[] {1, 1 + random.nextInt(255)}) {
        byte[] bytes = original.clone();
        bytes[i] ^= (byte) mask;
        assertRejected(bytes, "byte " + i + " xor " + mask);
        tried++;
      }
    }
    for (int length = 0; length < original.length; length++) {
      assertRejected(Arrays.copyOf(original, length), "truncated to " + length);
      tried++;
    }
    for (int n = 0; n < 2_000; n++) {
      byte[] bytes = original.clone();
      for (int c = 2 + random.nextInt(15); c > 0; c--) {
        bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
      }
      if (!Arrays.equals(bytes, original)) {
        assertRejected(bytes, "random change " + n);
        tried++;
      }
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("file bytes", original.length);
    figures.put("changed files tried", tried);
    figures.put("rejected with ModelDefinitionException", byPointer.values().stream().mapToInt(Integer::intValue).sum());
    figures.put("layout-only changes that loaded the identical model", layoutOnly);
    byPointer.forEach((pointer, count) -> figures.put("rejected at " + pointer, count));
    RunFigures.write("model-file-tamper", figures);
  }

  private void assertRejected(byte[] bytes, String change) {
    try {
      ScorecardFiles.read(bytes, SCHEMA);
    } catch (ModelDefinitionException e) {
      assertThat(e.getMessage()).as(change).isNotBlank();
      String message = e.getMessage();
      byPointer.merge(message.startsWith("model file:") ? "model file (not JSON, empty)"
          : message.substring(0, message.indexOf(':')), 1, Integer::sum);
      return;
    }
    assertThat(withoutLayout(bytes)).as("%s loaded: it must change layout only", change)
        .isEqualTo(withoutLayout(original));
    assertThat(ScorecardFiles.read(bytes, SCHEMA)).isEqualTo(ScorecardFixtures.handBuilt());
    layoutOnly++;
  }

  /** The JSON tokens and their text: equal for two files that differ in layout only. */
  private static java.util.List<String> withoutLayout(byte[] bytes) {
    java.util.List<String> tokens = new java.util.ArrayList<>();
    try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory().createParser(bytes)) {
      for (var t = p.nextToken(); t != null; t = p.nextToken()) {
        tokens.add(t + " " + p.getText());
      }
    } catch (java.io.IOException e) {
      throw new AssertionError("a file that loaded is not JSON", e);
    }
    return tokens;
  }
}
