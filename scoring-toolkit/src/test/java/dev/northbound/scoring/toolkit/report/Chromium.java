package dev.northbound.scoring.toolkit.report;

import java.io.IOException;
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

/**
 * Runs Debian's headless Chromium on a local file, with a timeout and a fresh profile per run, and
 * checks the charts in the dumped DOM. Public (test scope) so every report's rendering test shares it.
 */
public final class Chromium {

  static final long TIMEOUT_SECONDS = 90;

  private static final Pattern FIGURE =
      Pattern.compile("<figure data-chart=\"([a-z0-9-]+)\">(.*?)</figure>", Pattern.DOTALL);
  private static final Pattern DRAWN = Pattern.compile(
      "<polyline points=\"[-0-9.]+,[-0-9.]+ [-0-9.]+,[-0-9.]+"
          + "|<path d=\"M[-0-9.]+ [-0-9.]+ L"
          + "|<rect x=\"[-0-9.]+\" y=\"[-0-9.]+\" width=\"(?:[1-9][0-9.]*|0\\.[0-9]*[1-9])\" height=\"[1-9]"
          + "|<circle cx=\"[1-9]");

  private final Path executable;

  private Chromium(Path executable) {
    this.executable = executable;
  }

  /** Finds chromium on the usual paths or on PATH. */
  public static Optional<Chromium> find() {
    List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser")));
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        candidates.add(Path.of(dir, "chromium"));
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst().map(Chromium::new);
  }

  /** Returns the serialised DOM of the page after load. */
  public String dumpDom(Path html, Path work) throws IOException, InterruptedException {
    Path out = work.resolve("dom.html");
    run(work, out, "--dump-dom", html.toUri().toString());
    return Files.readString(out);
  }

  /** Takes a screenshot of the page in a window of the given size. */
  public void screenshot(Path html, Path png, int width, int height, Path work) throws IOException, InterruptedException {
    run(work, work.resolve("screenshot.log"), "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        "--hide-scrollbars", "--force-device-scale-factor=1", html.toUri().toString());
  }

  /**
   * The figures of a dumped DOM in page order: {@code data-chart} name to the number of drawn SVG
   * elements (polylines, paths, rectangles and circles with a real extent); a figure without an
   * {@code <svg>} with a {@code <title>} counts 0.
   */
  public static Map<String, Integer> drawnElementsByFigure(String dom) {
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

  private void run(Path work, Path stdout, String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "profile-");
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile.toAbsolutePath()));
    command.addAll(List.of(args));
    Path stderr = work.resolve("chromium-stderr-" + System.nanoTime() + ".log");
    Process process = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("chromium did not finish within " + TIMEOUT_SECONDS + " s; killed it");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException("chromium exited with " + process.exitValue() + ": " + tail(stderr));
      }
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static String tail(Path log) throws IOException {
    String text = Files.readString(log);
    return text.length() <= 2000 ? text : text.substring(text.length() - 2000);
  }
}
