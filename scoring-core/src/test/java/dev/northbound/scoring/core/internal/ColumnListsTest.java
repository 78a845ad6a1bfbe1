package dev.northbound.scoring.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.BillKind;
import dev.northbound.scoring.core.credit.InsuranceScheme;
import dev.northbound.scoring.core.credit.MonthlyStatus;
import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.credit.PaymentHistory;
import dev.northbound.scoring.core.credit.PaymentStatus;
import dev.northbound.scoring.core.credit.RentPayment;
import dev.northbound.scoring.core.credit.SocialInsuranceContribution;
import dev.northbound.scoring.core.credit.UtilityBill;
import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The lists built from columns (as the reader of format version 2 builds them) against lists of the
 * same records built one by one: equal, hashed alike, answering the same flat accessors, each record
 * made once per list even under concurrent first access, and immutable.
 */
class ColumnListsTest {

  private static final Currency HKD = Money.HKD;
  private static final Currency CNY = Money.CNY;
  private static final LocalDate DUE = LocalDate.of(2025, 1, 15);
  private static final int JAN_2025 = 2025 * 12;

  @Test
  void billColumns_equalTheRecordsTheyHold() {
    BillColumns columns = new BillColumns(new byte[] {(byte) BillKind.ELECTRICITY.ordinal(),
        (byte) BillKind.MOBILE.ordinal()}, new String[] {"CLP Power", "CSL"}, new int[] {JAN_2025, JAN_2025 + 1},
        new Amounts(new long[] {Amounts.pack(30485, 2), Amounts.pack(2963, 1)}), new Currency[] {HKD, CNY},
        new long[] {DUE.toEpochDay(), DUE.plusMonths(1).toEpochDay()},
        new long[] {DUE.minusDays(2).toEpochDay(), AlternativeData.UNPAID});
    List<UtilityBill> records = List.of(
        new UtilityBill(BillKind.ELECTRICITY, "CLP Power", YearMonth.of(2025, 1), Money.of("304.85", HKD), DUE,
            Optional.of(DUE.minusDays(2))),
        new UtilityBill(BillKind.MOBILE, "CSL", YearMonth.of(2025, 2), Money.of("296.3", CNY), DUE.plusMonths(1),
            Optional.empty()));
    assertThat(columns).isEqualTo(records).hasSameHashCodeAs(records);
    assertThat(columns.get(1)).isSameAs(columns.get(1));
    AlternativeData data = new AlternativeData(columns, List.of(), List.of(), List.of(), List.of());
    AlternativeData built = new AlternativeData(records, List.of(), List.of(), List.of(), List.of());
    assertThat(data.bills()).isSameAs(columns);
    assertThat(data).isEqualTo(built);
    assertThat(data.billPaidDay(1)).isEqualTo(AlternativeData.UNPAID).isEqualTo(built.billPaidDay(1));
    assertThat(data.billDueDay(0)).isEqualTo(DUE.toEpochDay());
    assertThat(data.billKind(1)).isEqualTo(BillKind.MOBILE);
    assertThat(data.billPeriod(1)).isEqualTo(built.billPeriod(1)).isEqualTo(JAN_2025 + 1);
  }

  @Test
  void otherColumns_equalTheRecordsTheyHold() {
    RentColumns rent = new RentColumns(new int[] {JAN_2025}, new Amounts(new long[] {Amounts.pack(18000, 0)}),
        new Currency[] {HKD}, new long[] {DUE.toEpochDay()}, new long[] {AlternativeData.UNPAID});
    assertThat(rent).containsExactly(new RentPayment(YearMonth.of(2025, 1), Money.of("18000", HKD), DUE, Optional.empty()));
    Amounts[] mpfAmounts = new Amounts[5];
    for (int k = 0; k < 5; k++) {
      mpfAmounts[k] = new Amounts(new long[] {Amounts.pack(k * 100L, k % 3)});
    }
    MpfColumns mpf = new MpfColumns(new int[] {JAN_2025}, mpfAmounts);
    assertThat(mpf).containsExactly(new MpfContribution(YearMonth.of(2025, 1), Money.of("0", HKD),
        Money.of("10.0", HKD), Money.of("2.00", HKD), Money.of("300", HKD), Money.of("40.0", HKD)));
    @SuppressWarnings("unchecked")
    Set<InsuranceScheme>[] schemes = new Set[] {Set.of(InsuranceScheme.PENSION)};
    SocialInsuranceColumns si = new SocialInsuranceColumns(new String[] {"Shenzhen"}, new int[] {JAN_2025},
        new Amounts(new long[] {Amounts.pack(11500, 0)}), new Currency[] {CNY}, schemes);
    assertThat(si).containsExactly(new SocialInsuranceContribution("Shenzhen", YearMonth.of(2025, 1),
        Money.of("11500", CNY), Set.of(InsuranceScheme.PENSION)));
    assertThatThrownBy(() -> new RentColumns(new int[] {JAN_2025}, new Amounts(new long[0]), new Currency[] {HKD},
        new long[] {0}, new long[] {0})).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amounts must have 1 values, found 0");
  }

  @Test
  void statusMonths_fromStatuses_equalTheMonthsAndAnswerTheSame() {
    StatusMonths built = StatusMonths.of(new byte[] {0, 2, 0}, new int[] {JAN_2025, JAN_2025 + 1, JAN_2025 + 3});
    List<MonthlyStatus> months = List.of(new MonthlyStatus(YearMonth.of(2025, 1), PaymentStatus.CURRENT),
        new MonthlyStatus(YearMonth.of(2025, 2), PaymentStatus.values()[2]),
        new MonthlyStatus(YearMonth.of(2025, 4), PaymentStatus.CURRENT));
    PaymentHistory fromStatuses = new PaymentHistory(built);
    PaymentHistory fromMonths = new PaymentHistory(months);
    assertThat(fromStatuses).isEqualTo(fromMonths);
    assertThat(fromStatuses.positionsOf(PaymentStatus.CURRENT)).isEqualTo(0b101L)
        .isEqualTo(fromMonths.positionsOf(PaymentStatus.CURRENT));
    assertThat(fromStatuses.monthIndex(2)).isEqualTo(JAN_2025 + 3);
    // Two reads of the same month and status share one record.
    assertThat(built.get(0)).isSameAs(StatusMonths.of(new byte[] {0}, new int[] {JAN_2025}).get(0));
    assertThatThrownBy(() -> new PaymentHistory(StatusMonths.of(new byte[] {0, 0}, new int[] {JAN_2025, JAN_2025})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("payment history months must be strictly increasing: 2025-01 follows 2025-01");
  }

  @Test
  void columns_firstAccessFromManyThreads_oneEqualRecordEach() throws Exception {
    int n = 2_000;
    int[] periods = new int[n];
    long[] amounts = new long[n];
    Currency[] currencies = new Currency[n];
    long[] days = new long[n];
    for (int i = 0; i < n; i++) {
      periods[i] = JAN_2025 + i % 12;
      amounts[i] = Amounts.pack(100 + i, 0);
      currencies[i] = HKD;
      days[i] = DUE.toEpochDay() + i;
    }
    RentColumns rent = new RentColumns(periods, new Amounts(amounts), currencies, days, days.clone());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<RentPayment>>> seen = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        seen.add(pool.submit(() -> new ArrayList<>(rent)));
      }
      for (Future<List<RentPayment>> f : seen) {
        List<RentPayment> copy = f.get();
        for (int i = 0; i < n; i++) {
          assertThat(copy.get(i).amount()).isEqualTo(Money.of(Integer.toString(100 + i), HKD));
          assertThat(copy.get(i).paidOn()).contains(LocalDate.ofEpochDay(days[i]));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void columns_rejectEveryChange() {
    RentColumns rent = new RentColumns(new int[] {JAN_2025}, new Amounts(new long[] {Amounts.pack(1, 0)}),
        new Currency[] {HKD}, new long[] {0}, new long[] {0});
    assertThatThrownBy(() -> rent.set(0, rent.get(0))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(rent::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> rent.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
