package dev.northbound.scoring.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress for long runs: on a terminal, one line redrawn in place with a bar, the rate and the
 * ETA; otherwise (a pipe, a CI log) a plain line at most every {@code plainIntervalNanos}. Thread
 * safe: workers on both cores may call {@link #advance(long)}.
 */
final class ProgressBar implements AutoCloseable {

  private static final int WIDTH = 30;

  private final PrintWriter out;
  private final String stage;
  private final long total;
  private final boolean terminal;
  private final LongSupplier clock;
  private final long start;
  private final long intervalNanos;
  private long done;
  private long lastDraw;
  private boolean closed;

  ProgressBar(PrintWriter out, String stage, long total, boolean terminal, LongSupplier nanoClock, long intervalNanos) {
    this.out = out;
    this.stage = stage;
    this.total = total;
    this.terminal = terminal;
    this.clock = nanoClock;
    this.start = nanoClock.getAsLong();
    this.intervalNanos = intervalNanos;
    this.lastDraw = start;
  }

  /** A bar on stderr that redraws in place when stderr is a terminal. */
  static ProgressBar create(PrintWriter err, String stage, long total) {
    boolean tty = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    return new ProgressBar(err, stage, total, tty, System::nanoTime,
        tty ? 100_000_000L : 5_000_000_000L);
  }

  /** Records {@code n} more units done. */
  synchronized void advance(long n) {
    done += n;
    long now = clock.getAsLong();
    if (now - lastDraw >= intervalNanos) {
      lastDraw = now;
      draw(now);
    }
  }

  /** Finishes the bar with a final line. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    long now = clock.getAsLong();
    draw(now);
    if (terminal) {
      out.println();
    }
    out.flush();
  }

  String line(long now) {
    double secs = Math.max(1e-9, (now - start) / 1e9);
    double rate = done / secs;
    StringBuilder sb = new StringBuilder(stage).append(' ');
    if (total > 0) {
      double frac = Math.min(1.0, (double) done / total);
      int filled = (int) Math.round(frac * WIDTH);
      sb.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ");
      sb.append(String.format(Locale.ROOT, "%3.0f%% %,d/%,d", frac * 100, done, total));
      if (done > 0 && done < total) {
        sb.append(String.format(Locale.ROOT, " ETA %s", duration((total - done) / rate)));
      }
    } else {
      sb.append(String.format(Locale.ROOT, "%,d", done));
    }
    sb.append(String.format(Locale.ROOT, " %,.0f/s %s", rate, duration(secs)));
    return sb.toString();
  }

  private void draw(long now) {
    if (terminal) {
      out.print("\r" + line(now) + "\u001b[K");
    } else {
      out.println(line(now));
    }
    out.flush();
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
