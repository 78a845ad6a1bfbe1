package dev.northbound.scoring.toolkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneratorConfigTest {

  @Test
  void defaults_documentedValues() {
    GeneratorConfig c = GeneratorConfig.defaults();
    assertThat(c.segmentShares()).containsExactly(
        Map.entry(Segment.YOUNG_PROFESSIONAL, 0.35), Map.entry(Segment.RECENT_GRADUATE, 0.25),
        Map.entry(Segment.CROSS_BORDER_TRADER, 0.20), Map.entry(Segment.RETIREE, 0.12),
        Map.entry(Segment.OVER_INDEBTED, 0.08));
    assertThat(c.firstApplicationMonth()).isEqualTo(YearMonth.of(2025, 1));
    assertThat(c.lastApplicationMonth()).isEqualTo(YearMonth.of(2026, 10));
    assertThat(c.hkdToCny().rate()).isEqualByComparingTo("0.92");
    assertThat(c.hkdToCny().source()).isEqualTo("synthetic");
    assertThat(c.performanceMonths()).isEqualTo(12);
    assertThat(c.outcome()).isEqualTo(OutcomeModel.defaults());
  }

  @Test
  void builder_valueSetTwice_throws() {
    GeneratorConfig.Builder b = GeneratorConfig.builder().performanceMonths(6);
    assertThatThrownBy(() -> b.performanceMonths(12))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("performanceMonths was already set to 6");
    GeneratorConfig.Builder b2 = GeneratorConfig.builder().outcome(OutcomeModel.defaults());
    assertThatThrownBy(() -> b2.outcome(OutcomeModel.defaults()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("outcome was already set");
  }

  @Test
  void builder_sharesNotSummingToOne_throws() {
    Map<Segment, Double> shares = new EnumMap<>(GeneratorConfig.defaultShares());
    shares.put(Segment.RETIREE, 0.22);
    assertThatThrownBy(() -> GeneratorConfig.builder().segmentShares(shares))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("segment shares must sum to 1, found 1.1");
  }

  @Test
  void builder_wrongRateDirection_throws() {
    FxRate cnyToHkd = new FxRate(Money.CNY, Money.HKD, new BigDecimal("1.08"), "synthetic", LocalDate.of(2026, 1, 1));
    assertThatThrownBy(() -> GeneratorConfig.builder().hkdToCny(cnyToHkd))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hkdToCny must convert HKD to CNY, found CNY->HKD");
  }

  @Test
  void builder_monthsReversed_throws() {
    assertThatThrownBy(() -> GeneratorConfig.builder().applicationMonths(YearMonth.of(2026, 1), YearMonth.of(2025, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lastMonth 2025-01 is before firstMonth 2026-01");
  }

  @Test
  void builder_customValues_used() {
    GeneratorConfig c = GeneratorConfig.builder()
        .applicationMonths(YearMonth.of(2024, 3), YearMonth.of(2024, 3))
        .performanceMonths(24)
        .build();
    SyntheticApplicant a = PortfolioGenerator.of(c).generate(1L, 5);
    assertThat(YearMonth.from(a.creditFile().application().applicationDate())).isEqualTo(YearMonth.of(2024, 3));
    assertThat(a.window().end()).isEqualTo(a.window().start().plusMonths(24));
  }
}
