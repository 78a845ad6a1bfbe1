package dev.northbound.scoring.toolkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void escape_hostileMarkup() {
    assertThat(Text.escape("<script>alert('x')</script> & \"q\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  }

  @Test
  void escape_controlCharactersAndLoneSurrogates() {
    assertThat(Text.escape("a\u0000b\u001bc\td\uD800e\uD83D\uDE00")).isEqualTo("a\uFFFDb\uFFFDc\td\uFFFDe\uD83D\uDE00");
  }

  @Test
  void compact_dropsTrailingZerosAndNegativeZero() {
    assertThat(Text.compact(253.33333, 2)).isEqualTo("253.33");
    assertThat(Text.compact(0.5, 2)).isEqualTo("0.5");
    assertThat(Text.compact(12.0, 2)).isEqualTo("12");
    assertThat(Text.compact(-0.001, 2)).isEqualTo("0");
    assertThat(Text.compact(1e-7, 3)).isEqualTo("0");
    assertThat(Text.compact(1.0E9, 2)).isEqualTo("1000000000");
  }

  @Test
  void fixed_groupsThousands() {
    assertThat(Text.fixed(12345.6, 2)).isEqualTo("12,345.60");
    assertThat(Text.fixed(-1234567, 0)).isEqualTo("-1,234,567");
    assertThat(Text.fixed(999.995, 2)).isEqualTo("1,000.00");
    assertThat(Text.fixed(-0.0004, 3)).isEqualTo("0.000");
  }

  @Test
  void percent_movesDecimalPointExactly() {
    // 0.145 * 100 in binary floating point is 14.499999999999998; the decimal shift gives 14.5 -> 15.
    assertThat(Text.percent(0.145, 0)).isEqualTo("15%");
    assertThat(Text.percent(0.1234, 1)).isEqualTo("12.3%");
  }

  @Test
  void fixed_notFinite() {
    assertThatThrownBy(() -> Text.fixed(Double.POSITIVE_INFINITY, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot format a number that is not finite: Infinity");
  }

  @Test
  void shorten_cutsWithEllipsis() {
    assertThat(Text.shorten("Months since last delinquency", 12)).isEqualTo("Months sinc\u2026");
    assertThat(Text.shorten("Score", 12)).isEqualTo("Score");
  }
}
