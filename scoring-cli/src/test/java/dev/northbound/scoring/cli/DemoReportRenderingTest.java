package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the demo report of a small portfolio in headless Chromium: every chart is present with
 * drawn SVG elements and the page has its sections. Skipped when Chromium is not installed. Follows
 * the toolkit's {@code EvaluationReportRenderingTest} (whose Chromium helper is in the toolkit's test
 * scope, so the few lines it needs are repeated here).
 *
 * <p>Run with {@code -Dnorthbound.demo.updateSample=true} to refresh docs/images/demo-report.png.
 */
class DemoReportRenderingTest {

  private static final Pattern FIGURE =
      Pattern.compile("<figure data-chart=\"([a-z0-9-]+)\">(.*?)</figure>", Pattern.DOTALL);
  private static final Pattern DRAWN = Pattern.compile(
      "<polyline points=\"[-0-9.]+,[-0-9.]+ [-0-9.]+,[-0-9.]+"
          + "|<path d=\"M[-0-9.]+ [-0-9.]+ L"
          + "|<rect x=\"[-0-9.]+\" y=\"[-0-9.]+\" width=\"(?:[1-9][0-9.]*|0\\.[0-9]*[1-9])\" height=\"[1-9]"
          + "|<circle cx=\"[1-9]");

  @TempDir Path work;

  @Test
  void demoReport_everyChartDrawn() throws Exception {
    Optional<Path> chromium = chromium();
    assumeTrue(chromium.isPresent(), "Chromium is not installed (apt-get install chromium); skipping the rendering test");
    CliTestSupport.Run run = CliTestSupport.run("demo", "--size", "4000", "--seed", "11", "--report",
        work.resolve("r").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path html = work.resolve("r/report.html");

    Path dom = work.resolve("dom.html");
    chromium(chromium.get(), dom, "--dump-dom", html.toUri().toString());
    String page = Files.readString(dom);
    Map<String, Integer> drawn = drawnElementsByFigure(page);
    assertThat(drawn.keySet()).containsExactly("roc", "roc-grade", "capacity-distribution", "capacity-calibration",
        "willingness-distribution", "willingness-calibration", "psi", "reason-frequency", "thin-file-outcomes");
    drawn.forEach((name, count) -> assertThat(count).as("drawn elements in %s", name).isGreaterThanOrEqualTo(2));
    assertThat(page).contains("Scores and calibration").contains("Score PSI, held-out part against the training part")
        .contains("Reasons given to declined and referred applicants").contains("Thin files: what alternative data buys")
        .contains("评分低于复核分数线").doesNotContain("<script").doesNotContain("Bin[");

    Path png = work.resolve("demo.png");
    chromium(chromium.get(), work.resolve("screenshot.log"), "--screenshot=" + png.toAbsolutePath(),
        "--window-size=1280,1400", "--hide-scrollbars", "--force-device-scale-factor=1", html.toUri().toString());
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    if (Boolean.getBoolean("northbound.demo.updateSample")) {
      ImageIO.write(image, "png", Path.of(System.getProperty("northbound.repo.dir"), "docs", "images",
          "demo-report.png").toFile());
    }
  }

  private static Optional<Path> chromium() {
    List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser")));
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        candidates.add(Path.of(dir, "chromium"));
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  private void chromium(Path executable, Path stdout, String... args) throws Exception {
    Path profile = Files.createTempDirectory(work, "profile-");
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile.toAbsolutePath()));
    command.addAll(List.of(args));
    Path stderr = work.resolve("chromium-stderr-" + System.nanoTime() + ".log");
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    try {
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        throw new IllegalStateException("chromium did not finish within 90 s; killed it");
      }
      assertThat(process.exitValue()).as(Files.readString(stderr)).isZero();
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static Map<String, Integer> drawnElementsByFigure(String dom) {
    Map<String, Integer> out = new LinkedHashMap<>();
    Matcher figures = FIGURE.matcher(dom);
    while (figures.find()) {
      String body = figures.group(2);
      int count = 0;
      if (body.contains("<svg") && body.contains("<title>")) {
        Matcher drawn = DRAWN.matcher(body);
        while (drawn.find()) {
          count++;
        }
      }
      out.put(figures.group(1), count);
    }
    return out;
  }
}
