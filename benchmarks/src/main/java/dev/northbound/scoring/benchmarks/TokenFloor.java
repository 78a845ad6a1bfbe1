package dev.northbound.scoring.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Jackson's bare token loop (as {@link PipelineBenchmark#floorJacksonTokens()}) over JSON files given on
 * the command line, for experiments with encodings the reader does not read (the best of 20 rounds of
 * 5,000 parses, wall clock); with {@code --write-document FILE} first, writes the pipeline benchmark's
 * first version 2 document to FILE. Used with {@code benchmarks/scripts/compact-columns.py}, which
 * rewrites a document's column groups as one string per column; see docs/benchmarks.md.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.northbound.scoring.benchmarks.TokenFloor
 * [--write-document FILE] [FILE ...]}
 */
public final class TokenFloor {

  private TokenFloor() {}

  private static final String USAGE = "usage: TokenFloor [--write-document FILE] [FILE ...]";

  /** Writes the document if asked, then times the token loop over each file. */
  public static void main(String[] args) {
    try {
      run(args);
    } catch (IOException | IllegalArgumentException e) {
      // An unreadable or unwritable file, or one that is not JSON: say which, exit 2 (no stack trace).
      System.err.println("TokenFloor: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      System.exit(2);
    }
  }

  private static void run(String[] args) throws IOException {
    if (args.length == 1 && args[0].equals("--write-document") || args.length > 0 && args[0].startsWith("-")
        && !args[0].equals("--write-document")) {
      throw new IllegalArgumentException(USAGE);
    }
    int first = 0;
    if (args.length >= 2 && args[0].equals("--write-document")) {
      PipelineBenchmark b = new PipelineBenchmark();
      b.setUp();
      Files.write(Path.of(args[1]), b.documents[0]);
      first = 2;
    }
    JsonFactory jackson = new JsonFactory();
    for (int a = first; a < args.length; a++) {
      byte[] bytes = Files.readAllBytes(Path.of(args[a]));
      long best = Long.MAX_VALUE;
      int tokens = 0;
      for (int round = 0; round < 20; round++) {
        long start = System.nanoTime();
        for (int k = 0; k < 5_000; k++) {
          tokens = 0;
          try (JsonParser p = jackson.createParser(bytes)) {
            while (p.nextToken() != null) {
              tokens++;
            }
          }
        }
        best = Math.min(best, System.nanoTime() - start);
      }
      System.out.printf("%s: %,d bytes, %,d tokens, %.1f us per document%n", args[a], bytes.length, tokens,
          best / 5_000 / 1e3);
    }
  }
}
