package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.document.CreditFileWriter;
import dev.northbound.scoring.core.io.AtomicFiles;
import dev.northbound.scoring.toolkit.data.Compression;
import dev.northbound.scoring.toolkit.data.CreditFileLines;
import dev.northbound.scoring.toolkit.data.LineSplitter;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Rewrites a credit file, or JSON Lines of them, in another version of the format. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Rewrite a credit file (JSON) or JSON Lines of credit files (.jsonl, .jsonl.gz) in format version",
        "1 or 2 (docs/credit-file-format.md). Each document is read by every rule of its own version and",
        "written in the canonical form of the other; a JSON Lines line keeps its outcome and segment.",
        "A file with consents cannot be written in version 1 (exit 3, naming /consents). OUT is written",
        "whole or not at all: a bad line stops the run (exit 3, naming the line) and leaves no OUT.",
        "OUT ending in .gz is gzip-compressed; gzip JSON Lines are read whatever their name."})
final class ConvertCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--to", required = true, paramLabel = "VERSION",
      description = "The format version to write: 1 or 2.")
  int to;

  @Option(names = "--compact", description = "A single credit file on one line (JSON Lines are always compact).")
  boolean compact;

  @Option(names = "--pretty", description = "A single credit file pretty-printed (the default for a single file).")
  boolean pretty;

  @Parameters(index = "0", paramLabel = "IN", description = "The credit file (.json) or JSON Lines (.jsonl, .jsonl.gz) to read.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "The file to write, of the same kind as IN; never IN itself.")
  Path out;

  private final CreditFileReader reader = CreditFileReader.standard();

  @Override
  public Integer call() throws IOException {
    if (to != 1 && to != 2) {
      throw new UsageException("--to must be 1 or 2 (the credit-file format version to write)");
    }
    if (compact && pretty) {
      throw new UsageException("--compact and --pretty exclude each other; give one");
    }
    InputFiles.requireFile("IN", in);
    boolean lines = isJsonLines(in);
    OutputPaths.requireFileTarget("OUT", out, lines ? "converted.jsonl" : "converted.json");
    OutputPaths.requireNotAnInput("OUT", out, "IN", in);
    if (lines != isJsonLines(out)) {
      throw new UsageException(lines
          ? "OUT must be JSON Lines like IN (.jsonl or .jsonl.gz), found " + out.getFileName()
          : "OUT must be a single credit file like IN (not .jsonl), found " + out.getFileName());
    }
    if (lines && pretty) {
      throw new UsageException("--pretty is for a single credit file: a JSON Lines line holds a compact document");
    }
    CreditFileWriter writer;
    try {
      writer = (lines || compact ? CreditFileWriter.compact() : CreditFileWriter.standard()).version(to);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--to " + to + ": this build cannot write format version " + to);
    }
    long count = lines ? convertLines(writer) : convertDocument(writer);
    spec.commandLine().getOut().println("converted " + count + (count == 1 ? " credit file" : " credit files")
        + " to format version " + to + " in " + out);
    return ExitCodes.OK;
  }

  static boolean isJsonLines(Path file) {
    String name = Compression.contentName(file);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  /** One document: read whole, converted, written atomically. */
  private long convertDocument(CreditFileWriter writer) throws IOException {
    byte[] converted = InputFiles.read("IN", in, () -> convert(writer,
        InputFiles.readDocument(in, reader.limits().maxDocumentBytes())));
    if (Compression.isGzipName(out)) {
      ByteArrayOutputStream gz = new ByteArrayOutputStream(converted.length / 4 + 64);
      try (OutputStream o = Compression.compressing(gz, true)) {
        o.write(converted);
      }
      converted = gz.toByteArray();
    }
    AtomicFiles.write(out, converted);
    return 1;
  }

  /** JSON Lines: streamed line by line into a temporary sibling of OUT, moved over OUT at the end. */
  private long convertLines(CreditFileWriter writer) throws IOException {
    int maxLine = (int) Math.min(Integer.MAX_VALUE - 16, reader.limits().maxDocumentBytes() + 4096L);
    Path dir = out.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + out.getFileName() + ".", ".tmp");
    // A run stopped by a signal (Ctrl-C, kill) leaves no temporary file behind; once moved, nothing is there.
    tmp.toFile().deleteOnExit();
    boolean moved = false;
    long[] count = {0};
    try {
      try (InputStream is = openInput();
          OutputStream os = Compression.compressing(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20),
              Compression.isGzipName(out))) {
        LineSplitter.forEach(is, maxLine, (number, bytes, length) -> {
          try {
            CreditFileLines.rewrite(number, bytes, length, doc -> convert(writer, doc), os);
          } catch (UncheckedIOException e) {
            throw new WriteFailure(e.getCause());
          }
          count[0]++;
        });
      } catch (InvalidInputException e) {
        throw InputFileException.of("IN", in, e);
      } catch (UncheckedIOException e) { // reading IN: the JDK's reason, without the splitter's words
        throw InputFileException.of("IN", in, new UncheckedIOException(e.getCause()));
      } catch (WriteFailure e) {
        throw e.getCause();
      }
      if (count[0] == 0) {
        throw InputFileException.of("IN", in,
            new InvalidInputException("/lines", "must hold at least one credit file", "none"));
      }
      try {
        Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
      return count[0];
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** IN, decompressed if gzip; a file that starts like gzip but is not one is invalid input naming IN. */
  private InputStream openInput() {
    try {
      return Compression.open(in);
    } catch (IOException e) {
      throw InputFileException.of("IN", in, new UncheckedIOException(e));
    }
  }

  /** One document in the target version, under its own id. */
  private byte[] convert(CreditFileWriter writer, byte[] document) {
    CreditFile file = reader.readWithoutProvenance(document);
    String id = reader.peekDocumentId(document);
    if (to == 1 && !file.consents().isEmpty()) {
      int n = file.consents().size();
      throw new InvalidInputException("/consents", "must be absent to write format version 1, which has no"
          + " consent record (keep version 2)", n == 1 ? "1 consent" : n + " consents");
    }
    return writer.write(file, id);
  }

  /** A failure writing OUT, kept apart from failures reading IN while the lines stream. */
  private static final class WriteFailure extends RuntimeException {
    WriteFailure(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }
}
