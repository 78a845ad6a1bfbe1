package dev.northbound.scoring.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Decimals#parse} gives what {@code new BigDecimal} gives: the same value and scale. */
class DecimalsTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "-0.00", "0.50", "1200.50", "-50000.00", "9.5", "100", "7", "1.",
      "999999999999999999", "-999999999999999999", "0.000000000000000001", "1234567890123456789",
      "99999999999999999999.99", "-9223372036854775808", "1e5", "1.5E-3", "-2.5e+10"})
  void parse_equalsBigDecimal(String s) {
    assertSame(s);
  }

  /** Hand-computed: "1200.50" is 120050 scaled by 2; "-0.00" is 0 scaled by 2. */
  @Test
  void parse_unscaledValueAndScale() {
    BigDecimal d = parse("1200.50");
    assertThat(d.unscaledValue().longValueExact()).isEqualTo(120_050L);
    assertThat(d.scale()).isEqualTo(2);
    assertThat(parse("-0.00").scale()).isEqualTo(2);
    assertThat(parse("-0.00").signum()).isZero();
  }

  /** 20,000 random plain decimals of 1 to 22 digits, in the middle of a larger buffer. */
  @Test
  void parse_randomDecimals_equalBigDecimal() {
    SplittableRandom rnd = new SplittableRandom(5);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder(rnd.nextBoolean() ? "-" : "");
      int digits = 1 + rnd.nextInt(22);
      int point = rnd.nextInt(digits + 1);
      for (int i = 0; i < digits; i++) {
        if (i == point && i > 0) {
          b.append('.');
        }
        b.append((char) ('0' + rnd.nextInt(10)));
      }
      assertSame(b.toString());
    }
  }

  @Test
  void parse_notADecimal_failsAsBigDecimalDoes() {
    assertThatThrownBy(() -> parse(".")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> parse("12.3.4")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> parse(".")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> parse("12.3.4")).isInstanceOf(NumberFormatException.class);
  }

  private static void assertSame(String s) {
    BigDecimal expected = new BigDecimal(s);
    BigDecimal actual = parse(s);
    assertThat(actual).as(s).isEqualTo(expected); // equals compares the scale too
    assertThat(actual.scale()).as(s).isEqualTo(expected.scale());
    assertThat(actual.toString()).as(s).isEqualTo(expected.toString());
  }

  private static BigDecimal parse(String s) {
    char[] buffer = ("xx" + s + "yy").toCharArray();
    return Decimals.parse(buffer, 2, s.length());
  }
}
