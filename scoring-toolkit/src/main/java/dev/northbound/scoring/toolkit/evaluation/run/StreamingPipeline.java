package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.models.scorecard.Scorecard;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The streaming run: the calling thread splits the input into batches of lines and hands them to a
 * pool of workers (each with its own decoder, row and score holder), keeps at most a few batches in
 * flight, and merges finished batches strictly in line order. Memory is bounded by the batches in
 * flight plus the primitive arrays of the merged rows; the result does not depend on the number of
 * threads.
 */
final class StreamingPipeline {

  private static final int MAX_BATCH_BYTES = 16 << 20;

  private final Scorecard model;
  private final RowSource source;
  private final EvaluationSettings settings;
  private final ProgressListener listener;
  private final ThreadLocal<Worker> workers;
  private final int characteristics;
  private final boolean scoreIndeterminate;

  private StreamingPipeline(Scorecard model, RowSource source, EvaluationSettings settings, ProgressListener listener,
      boolean scoreIndeterminate) {
    this.scoreIndeterminate = scoreIndeterminate;
    this.model = model;
    this.source = source;
    this.settings = settings;
    this.listener = listener;
    this.characteristics = model.characteristics().size();
    this.workers = ThreadLocal.withInitial(() -> new Worker(source.newDecoder()));
    new ScoredBatch.Builder(model, scoreIndeterminate); // checks the bin counts before any thread starts
  }

  /**
   * Reads, scores and merges every record of {@code source}; indeterminate records are scored too
   * (for stability, where outcomes do not matter) or only counted (for evaluation).
   */
  static ScoredSample run(Scorecard model, RowSource source, EvaluationSettings settings, ProgressListener listener,
      boolean scoreIndeterminate) throws IOException {
    try {
      return new StreamingPipeline(model, source, settings, listener, scoreIndeterminate).run();
    } catch (UnusableRowException e) {
      throw e.in(source.description());
    }
  }

  private ScoredSample run() throws IOException {
    ScoredSample sample = new ScoredSample(characteristics, settings.maxListedErrors());
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
      Thread t = new Thread(r, "northbound-evaluation-" + threadNumber.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<ScoredBatch>> inFlight = new ArrayDeque<>();
    int maxInFlight = 2 * settings.threads() + 1;
    long total = source.sizeInBytes();
    long[] bytesRead = {0};
    Batch[] current = {new Batch(settings.batchLines())};
    try {
      source.forEachRecord((lineNumber, buffer, length) -> {
        Batch batch = current[0];
        batch.add(lineNumber, Arrays.copyOf(buffer, length));
        if (batch.size == settings.batchLines() || batch.bytes >= MAX_BATCH_BYTES) {
          inFlight.add(pool.submit(() -> process(batch)));
          current[0] = new Batch(settings.batchLines());
          while (inFlight.size() > maxInFlight) {
            sample.merge(await(inFlight.poll()), settings.failFast());
            listener.progress(bytesRead[0], total, sample.records);
          }
        }
      }, bytes -> {
        bytesRead[0] = bytes;
        listener.progress(bytes, total, sample.records);
      });
      if (current[0].size > 0) {
        Batch last = current[0];
        inFlight.add(pool.submit(() -> process(last)));
      }
      while (!inFlight.isEmpty()) {
        sample.merge(await(inFlight.poll()), settings.failFast());
      }
      listener.progress(bytesRead[0], total, sample.records);
      return sample;
    } finally {
      inFlight.forEach(f -> f.cancel(true));
      pool.shutdownNow();
    }
  }

  private static ScoredBatch await(Future<ScoredBatch> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.UncheckedIOException(new InterruptedIOException("the evaluation was interrupted"));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("a worker failed", cause);
    }
  }

  private ScoredBatch process(Batch batch) {
    Worker w = workers.get();
    for (int i = 0; i < batch.size; i++) {
      byte[] record = batch.lines[i];
      w.batch.addRecord(batch.lineNumbers[i], w.decoder, record, record.length);
    }
    return w.batch.build();
  }

  /** Per-thread state: the decoder and the batch builder (which owns the row and score holder). */
  private final class Worker {
    final RowDecoder decoder;
    final ScoredBatch.Builder batch = new ScoredBatch.Builder(model, scoreIndeterminate);

    Worker(RowDecoder decoder) {
      this.decoder = decoder;
    }
  }

  /** A batch of lines read in order. */
  private static final class Batch {
    final long[] lineNumbers;
    final byte[][] lines;
    int size;
    long bytes;

    Batch(int capacity) {
      lineNumbers = new long[capacity];
      lines = new byte[capacity][];
    }

    void add(long lineNumber, byte[] line) {
      lineNumbers[size] = lineNumber;
      lines[size++] = line;
      bytes += line.length;
    }
  }
}
