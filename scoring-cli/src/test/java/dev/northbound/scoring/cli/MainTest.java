package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void help_listsExitCodes() {
    CliTestSupport.Run run = CliTestSupport.run("--help");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out())
        .contains("Exit codes:")
        .contains("0   Success.")
        .contains("1   Internal error.")
        .contains("2   Usage error")
        .contains("3   Invalid input data")
        .contains("4   Verification failed (a document's digest, or a model/policy signature).");
  }

  @Test
  void unknownCommand_isUsageError() {
    CliTestSupport.Run run = CliTestSupport.run("bogus");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unmatched argument at index 0: 'bogus'");
  }

  @Test
  void unknownOption_isUsageError() {
    CliTestSupport.Run run = CliTestSupport.run("demo", "--no-such-option");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--no-such-option'");
  }
}
