package dev.northbound.scoring.models.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * An applicant's value is shown rounded half up to cents from its shortest decimal, as
 * {@link BigDecimal} does it; {@link Explanations#twoDecimals} reads most values off the double
 * and must give the same text for every value, half cents and their neighbours included.
 */
class ExplanationsTest {

  private static String reference(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  @Test
  void twoDecimals_examples() {
    assertThat(Explanations.twoDecimals(0.42603591166362764)).isEqualTo("0.43");
    assertThat(Explanations.twoDecimals(0.5)).isEqualTo("0.5");
    assertThat(Explanations.twoDecimals(3.0)).isEqualTo("3");
    assertThat(Explanations.twoDecimals(0.0)).isEqualTo("0");
    assertThat(Explanations.twoDecimals(-0.0)).isEqualTo("0");
    assertThat(Explanations.twoDecimals(-0.004)).isEqualTo("0");
    assertThat(Explanations.twoDecimals(-0.05)).isEqualTo("-0.05");
    assertThat(Explanations.twoDecimals(-1.5)).isEqualTo("-1.5");
    assertThat(Explanations.twoDecimals(33733.33)).isEqualTo("33733.33");
    assertThat(Explanations.twoDecimals(1000000.0)).isEqualTo("1000000");
    assertThat(Explanations.twoDecimals(1.0E20)).isEqualTo("100000000000000000000");
    // Half cents round up from the shortest decimal, not from the binary value below it.
    assertThat(Explanations.twoDecimals(1.005)).isEqualTo("1.01");
    assertThat(Explanations.twoDecimals(2.675)).isEqualTo("2.68");
    assertThat(Explanations.twoDecimals(-0.125)).isEqualTo("-0.13");
    assertThat(Explanations.twoDecimals(0.07)).isEqualTo("0.07");
  }

  @Test
  void twoDecimals_halfCentsAndTheirNeighbours() {
    for (long k = -200_000; k <= 200_000; k++) {
      double half = (k + 0.5) / 100.0;
      double whole = k / 100.0;
      for (double v : new double[] {half, Math.nextUp(half), Math.nextDown(half), whole, Math.nextUp(whole),
          Math.nextDown(whole), (k + 0.5) / 1000.0, k / 1000.0}) {
        assertThat(Explanations.twoDecimals(v)).as("%s", v).isEqualTo(reference(v));
      }
    }
  }

  @Test
  void twoDecimals_nearTheFastLimit() {
    for (double v : new double[] {9_999_999.995, 9_999_999.994999, 9_999_999.99, 1e7, 1e7 + 0.005, 12_345_678.125,
        Math.nextDown(1e7), -9_999_999.995, 1e15 + 0.5, 4.9e-324, Double.MAX_VALUE}) {
      assertThat(Explanations.twoDecimals(v)).as("%s", v).isEqualTo(reference(v));
    }
  }

  @Test
  void twoDecimals_notFinite_failsAsBigDecimal() {
    assertThatThrownBy(() -> Explanations.twoDecimals(Double.POSITIVE_INFINITY))
        .isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Explanations.twoDecimals(Double.NaN)).isInstanceOf(NumberFormatException.class);
  }

  @Property(tries = 200)
  void twoDecimals_isBigDecimalsRounding(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = 0; i < 500; i++) {
      // Magnitudes from 1e-6 to 1e9, both signs, and short decimals such as ratios and amounts.
      double v = Math.pow(10, rnd.nextDouble(-6, 9)) * (rnd.nextBoolean() ? 1 : -1);
      double shortDecimal = rnd.nextInt(-10_000_000, 10_000_000) / 1000.0;
      double ratio = (double) rnd.nextInt(0, 500) / rnd.nextInt(1, 500);
      for (double x : new double[] {v, shortDecimal, ratio, Math.nextUp(shortDecimal), Math.nextDown(shortDecimal)}) {
        assertThat(Explanations.twoDecimals(x)).as("%s", x).isEqualTo(reference(x));
      }
    }
  }
}
