package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  private long now;

  @Test
  void plain_printsLinesAtInterval() {
    StringWriter sw = new StringWriter();
    now = 0;
    ProgressBar bar = new ProgressBar(new PrintWriter(sw), "scoring", 1000, false, () -> now, 5_000_000_000L);
    now = 1_000_000_000L; // 1 s: below the interval, nothing printed
    bar.advance(100);
    assertThat(sw.toString()).isEmpty();
    now = 5_000_000_000L; // 5 s, 250 done: rate 50/s, 750 left -> ETA 15 s
    bar.advance(150);
    assertThat(sw.toString()).isEqualTo(
        "scoring [########                      ]  25% 250/1,000 ETA 0m15s 50/s 0m05s" + System.lineSeparator());
    now = 10_000_000_000L;
    bar.advance(750);
    bar.close();
    assertThat(sw.toString()).endsWith(
        "scoring [##############################] 100% 1,000/1,000 100/s 0m10s" + System.lineSeparator());
  }

  @Test
  void terminal_redrawsInPlace() {
    StringWriter sw = new StringWriter();
    now = 0;
    ProgressBar bar = new ProgressBar(new PrintWriter(sw), "x", 0, true, () -> now, 1);
    now = 2_000_000_000L;
    bar.advance(10);
    assertThat(sw.toString()).isEqualTo("\rx 10 5/s 0m02s\u001b[K");
  }

  @Test
  void duration_formats() {
    assertThat(ProgressBar.duration(59.4)).isEqualTo("0m59s");
    assertThat(ProgressBar.duration(3725)).isEqualTo("1h02m");
  }
}
