package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void escape_controlAndFormattingCharacters() {
    assertThat(TerminalText.escape("TransUnion HK 环联")).isEqualTo("TransUnion HK 环联");
    assertThat(TerminalText.escape("a\nb\rc\u001b[31md\u0007")).isEqualTo("a\\u000Ab\\u000Dc\\u001B[31md\\u0007");
    assertThat(TerminalText.escape("\u009b2J\u007f")).isEqualTo("\\u009B2J\\u007F");
    assertThat(TerminalText.escape("x\u202ey\u2066z\u2028")).isEqualTo("x\\u202Ey\\u2066z\\u2028");
    assertThat(TerminalText.escape("back\\slash")).isEqualTo("back\\\\slash");
  }
}
