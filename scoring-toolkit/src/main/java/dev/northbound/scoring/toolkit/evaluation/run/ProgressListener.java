package dev.northbound.scoring.toolkit.evaluation.run;

/**
 * Progress of a run, for a progress bar: called on the reading thread now and then (about every
 * megabyte read and after each batch), never concurrently. Must be quick and must not throw.
 */
@FunctionalInterface
public interface ProgressListener {

  /** Ignores progress. */
  ProgressListener NONE = (bytesRead, bytesTotal, records) -> { };

  /**
   * Reports progress.
   *
   * @param bytesRead input bytes read so far (compressed bytes for a gzip file)
   * @param bytesTotal the input's size, or {@code -1} if unknown
   * @param records records finished so far (scored, excluded or skipped)
   */
  void progress(long bytesRead, long bytesTotal, long records);
}
