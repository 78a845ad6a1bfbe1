package dev.northbound.scoring.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.document.ScalarReaders.Sign;
import dev.northbound.scoring.core.internal.Amounts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ScalarReaders#packedAmount} (the column reader's amounts, read without a BigDecimal) against
 * {@link ScalarReaders#amount} (every other amount, read through one): for every number, the same
 * value and scale, or the same failure with the same message.
 */
class PackedAmountTest {

  private static final DocumentParser PARSER = new DocumentParser(DocumentLimits.standard());

  @Test
  void packedAmount_handPickedNumbers_agreeWithAmount() {
    List<String> numbers = List.of("0", "-0", "0.0", "-0.00", "0.000", "1", "1.5", "1.50", "1.505", "-1", "-0.01",
        "999999999999.99", "1000000000000", "1000000000000.00", "999999999999.990", "999999999999", "9999999999999",
        "99999999999999", "000000000000000000001.5", "0000000000000000000000", "00000000000000000000.00",
        "100000000000000000000.00", "123456789012345678", "1234567890123456789", "1e2", "1E2", "1.0e-2", "-1e400",
        "304.85", "18000", "NaN", "-Infinity", "\"12\"", "null", "true", "[1]", "{}");
    for (String n : numbers) {
      assertAgree(n, Sign.NON_NEGATIVE);
      assertAgree(n, Sign.POSITIVE);
    }
  }

  @Test
  void packedAmount_randomPlainDecimals_agreeWithAmount() {
    SplittableRandom rnd = new SplittableRandom(20261208);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder s = new StringBuilder();
      if (rnd.nextInt(8) == 0) {
        s.append('-');
      }
      int zeros = rnd.nextInt(6) == 0 ? rnd.nextInt(22) : 0;
      s.append("0".repeat(zeros));
      int digits = 1 + rnd.nextInt(20);
      for (int i = 0; i < digits; i++) {
        s.append((char) ('0' + rnd.nextInt(10)));
      }
      if (rnd.nextBoolean()) {
        s.append('.');
        int decimals = 1 + rnd.nextInt(4);
        for (int i = 0; i < decimals; i++) {
          s.append((char) ('0' + rnd.nextInt(10)));
        }
      }
      assertAgree(s.toString(), rnd.nextBoolean() ? Sign.POSITIVE : Sign.NON_NEGATIVE);
    }
  }

  @Test
  void pack_outOfRange_rejected() {
    assertThat(new Amounts(new long[] {Amounts.pack(30485, 2), Amounts.pack(18000, 0)}).get(0))
        .isEqualTo(new BigDecimal("304.85"));
    assertThatThrownBy(() -> Amounts.pack(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Amounts.pack(1, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Amounts.pack(Long.MAX_VALUE, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertAgree(String number, Sign sign) {
    Object expected = outcome(number, in -> ScalarReaders.amount(in, sign));
    Object actual = outcome(number, in -> new Amounts(new long[] {ScalarReaders.packedAmount(in, sign)}).get(0));
    assertThat(actual).as("%s (%s)", number, sign).isEqualTo(expected);
    if (expected instanceof BigDecimal b) {
      assertThat(((BigDecimal) actual).scale()).as(number).isEqualTo(b.scale());
    }
  }

  /** The value read from {@code [number]}, or the failure's message. */
  private static Object outcome(String number, java.util.function.Function<JsonInput, BigDecimal> read) {
    byte[] doc = ("[" + number + "]").getBytes(StandardCharsets.UTF_8);
    try (JsonInput in = PARSER.open(doc)) {
      in.startArray();
      return read.apply(in);
    } catch (InvalidInputException e) {
      return e.getMessage();
    }
  }
}
