package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.toolkit.data.LineSplitter;
import java.io.IOException;

/**
 * Where an evaluation's rows come from: the seam between a file format and the run. A source splits
 * its input into records (lines) on one thread, in order; each worker thread then turns records into
 * {@link Row}s with its own {@link RowDecoder}. JSON Lines of credit files and CSV files of standard
 * features are built in ({@link RowSources}); other tables (CSV or ARFF of raw attributes) plug in
 * by implementing this interface over a model's input mapping.
 *
 * <p>Implementations must be safe to use from one reading thread plus any number of decoders, each
 * confined to its own thread.
 */
public interface RowSource {

  /** A short description for reports, without personal data: the format and the file name. */
  String description();

  /** The input's size in bytes for progress ({@code -1} if unknown). */
  long sizeInBytes();

  /**
   * Reads every record in order and hands each to {@code consumer} (the buffer is reused: copy what
   * you keep), skipping any header. Called once, on one thread.
   *
   * @param progress called with the number of input bytes read so far, now and then
   * @return the number of the last line read
   * @throws IOException if the input cannot be read
   * @throws dev.northbound.scoring.core.InvalidInputException if the input as a whole is unusable (a
   *     line too long to read, a missing header); single bad records are the decoder's to report
   */
  long forEachRecord(LineSplitter.LineConsumer consumer, java.util.function.LongConsumer progress)
      throws IOException;

  /** A new decoder, to be confined to one thread. */
  RowDecoder newDecoder();
}
