package com.example.los;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The service decides the shipped examples as the README says, and decides them the same with the
 * runtime on the module path: there the bank's code (on the class path) reaches only the packages
 * the runtime's module-info files export, and Jackson binds policy files only where they are opened.
 */
class ModulePathTest {

  /** The decisions docs/embedding.md and the README promise for the four shipped applicants. */
  private static final List<String> EXPECTED = List.of(
      "cross-border-trader.json REFER gba-example-personal SC_REFER",
      "recent-delinquency.json DECLINE gba-example-personal SC_DECLINE",
      "thick-file-professional.json APPROVE CNY 150000.00 gba-example-personal ",
      "thin-file-graduate.json REFER gba-example-personal RF_OBLIGATIONS_MISSING,SC_REFER");

  @Test
  void classPath_decidesTheExamplesAsDocumented() throws IOException {
    assertThat(DecideExamples.decide(Examples.dir())).containsExactlyElementsOf(EXPECTED);
  }

  @Test
  void modulePath_decidesTheExamplesTheSame() throws Exception {
    Path examples = Examples.dir();
    String modulePath = RuntimeJars.resolved().stream().map(j -> j.path().toString())
        .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath,
        "--add-modules", "dev.northbound.scoring.models",
        "-cp", Path.of("target", "classes").toString(),
        DecideExamples.class.getName(), examples.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> lines = output.lines().filter(l -> l.endsWith(".json") || l.contains(".json ")).toList();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(lines).as(output).containsExactlyElementsOf(EXPECTED);
  }
}
