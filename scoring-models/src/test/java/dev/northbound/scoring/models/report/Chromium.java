package dev.northbound.scoring.models.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs Debian's headless Chromium on a local file, with a timeout and a fresh profile per run. */
final class Chromium {

  static final long TIMEOUT_SECONDS = 90;

  private final Path executable;

  private Chromium(Path executable) {
    this.executable = executable;
  }

  /** Finds chromium on the usual paths or on PATH. */
  static Optional<Chromium> find() {
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
  String dumpDom(Path html, Path work) throws IOException, InterruptedException {
    Path out = work.resolve("dom.html");
    run(work, out, "--dump-dom", html.toUri().toString());
    return Files.readString(out);
  }

  /** Takes a screenshot of the page in a window of the given size. */
  void screenshot(Path html, Path png, int width, int height, Path work) throws IOException, InterruptedException {
    run(work, work.resolve("screenshot.log"), "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        "--hide-scrollbars", "--force-device-scale-factor=1", html.toUri().toString());
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
