package dev.northbound.scoring.features.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void fullMonths_handComputed() {
    // 31 Jan to 28 Feb: packed 0*32+31 to 1*32+28, difference 29, / 32 = 0 whole months.
    assertThat(Dates.fullMonths(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28))).isZero();
    // 31 Jan to 1 Mar: difference 2*32+1-31 = 34, / 32 = 1.
    assertThat(Dates.fullMonths(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 1))).isEqualTo(1);
    // 15 Jun 2026 back to 16 Jun 2025: -(12*32-1) = -383, / 32 truncates towards zero to -11.
    assertThat(Dates.fullMonths(LocalDate.of(2026, 6, 15), LocalDate.of(2025, 6, 16))).isEqualTo(-11);
  }

  @Test
  void fullMonths_randomDates_sameAsChronoUnit() {
    Random rnd = new Random(20261122L);
    for (int i = 0; i < 20_000; i++) {
      LocalDate from = LocalDate.ofEpochDay(rnd.nextInt(80_000) - 20_000);
      LocalDate to = from.plusDays(rnd.nextInt(4_000) - 2_000);
      assertThat(Dates.fullMonths(from, to)).as("%s to %s", from, to).isEqualTo(ChronoUnit.MONTHS.between(from, to));
    }
  }
}
