package dev.northbound.scoring.features.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Bilingual adverse-action reason texts for the standard features: what about the applicant's data
 * lowered the score, in English and Simplified Chinese, for the letter a Greater Bay Area bank sends.
 * Texts describe data, never the person. Immutable and thread-safe.
 */
public final class StandardReasons {

  /**
   * One feature's reason texts.
   *
   * @param english the reason in English
   * @param chinese the reason in Simplified Chinese
   * @param missingEnglish the reason in English when the applicant's value is missing (absence of data)
   * @param missingChinese the reason in Simplified Chinese when the value is missing
   */
  public record Text(String english, String chinese, String missingEnglish, String missingChinese) {
    /** Validates the texts. */
    public Text {
      Objects.requireNonNull(english, "english");
      Objects.requireNonNull(chinese, "chinese");
      Objects.requireNonNull(missingEnglish, "missingEnglish");
      Objects.requireNonNull(missingChinese, "missingChinese");
    }
  }

  private static final Map<String, Text> TEXTS = load();

  private StandardReasons() {}

  /** The reason text of a standard feature, if it is one. */
  public static Optional<Text> of(String feature) {
    return Optional.ofNullable(TEXTS.get(feature));
  }

  /** Every feature with a text. */
  public static java.util.Set<String> features() {
    return TEXTS.keySet();
  }

  private static Map<String, Text> load() {
    Map<String, Text> texts = new TreeMap<>();
    try (InputStream in = StandardReasons.class.getResourceAsStream("reason-texts.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(
            Objects.requireNonNull(in, "reason-texts.tsv is missing from the jar"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 5 || texts.put(f[0], new Text(f[1], f[2], f[3], f[4])) != null) {
          throw new IllegalStateException("reason-texts.tsv: malformed or repeated entry for " + f[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reason-texts.tsv", e);
    }
    return Map.copyOf(texts);
  }
}
