package dev.northbound.scoring.features.capacity;

import static dev.northbound.scoring.core.feature.RiskDirection.DECREASING;
import static dev.northbound.scoring.core.feature.RiskDirection.INCREASING;
import static dev.northbound.scoring.core.feature.RiskDirection.NONE;

import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.CreditCardAccount;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.credit.InstalmentLoanAccount;
import dev.northbound.scoring.core.credit.RevolvingLoanAccount;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureGroup;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.features.FeatureConfig;
import dev.northbound.scoring.features.support.AccountPass;
import dev.northbound.scoring.features.support.Buffers;
import dev.northbound.scoring.features.support.ReportingCents;
import dev.northbound.scoring.features.support.SchemaBuilder;
import dev.northbound.scoring.features.support.Sources;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Debt and its service: outstanding debt, monthly obligations with the requested product, debt to
 * income, residual income, revolving utilisation, limits and open accounts. Accounts count when
 * open on the as-of date; balances, limits and past-due amounts are the report's.
 *
 * <p>Public with a no-argument constructor so that {@link java.util.ServiceLoader} can create it
 * with {@link FeatureConfig#defaults()}; use {@link #create(FeatureConfig)} otherwise. Immutable and
 * thread-safe.
 */
public final class DebtFeatures implements FeatureExtractor {

  static final int TOTAL_DEBT = 0;
  static final int EXISTING_SERVICE = 1;
  static final int REQUESTED = 2;
  static final int SERVICE = 3;
  static final int DTI = 4;
  static final int RESIDUAL = 5;
  static final int UTILISATION = 6;
  static final int MAX_CARD_UTILISATION = 7;
  static final int TOTAL_LIMIT = 8;
  static final int OPEN_ACCOUNTS = 9;
  static final int CARDS_WITH_BALANCE = 10;

  private final FeatureConfig config;
  private final FeatureSchema schema;
  private final Sources sources;

  /** The extractor with {@link FeatureConfig#defaults()}, for {@link java.util.ServiceLoader}. */
  public DebtFeatures() {
    this(FeatureConfig.defaults());
  }

  private DebtFeatures(FeatureConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.schema = schema(config);
    this.sources = Sources.standard(schema);
  }

  /** The extractor with the given parameters. */
  public static DebtFeatures create(FeatureConfig config) {
    return new DebtFeatures(config);
  }

  private static FeatureSchema schema(FeatureConfig c) {
    String card = "min(balance, max(" + c.cardMinimumPaymentRate() + " x balance, " + c.cardMinimumPaymentFloor() + "))";
    String revolving = "min(balance, max(" + c.revolvingLoanPaymentRate() + " x balance, "
        + c.revolvingLoanPaymentFloor() + "))";
    return SchemaBuilder.create().group(FeatureGroup.CAPACITY)
        .add("total_outstanding_debt", "reporting currency", INCREASING,
            "Sum of the balances of the bureau accounts open on the as-of date.")
        .add("existing_monthly_debt_service", "reporting currency per month", INCREASING,
            "Monthly obligations on open bureau accounts: instalments of loans with a balance, card payments "
                + card + ", revolving-loan payments " + revolving + ".")
        .add("requested_monthly_instalment", "reporting currency per month", INCREASING,
            "Payment of the requested product: the annuity P r / (1 - (1 + r)^-n), r = annual rate / 1200, for a"
                + " loan or mortgage; for a card, the card payment " + card + " on the whole requested limit.")
        .add("monthly_debt_service", "reporting currency per month", INCREASING,
            "max(existing_monthly_debt_service, declared monthly obligations) + requested_monthly_instalment;"
                + " without a bureau file the existing part is the declared obligations.")
        .add("debt_to_income_ratio", "ratio", INCREASING,
            "monthly_debt_service / verified_monthly_income.")
        .add("residual_monthly_income", "reporting currency per month", DECREASING,
            "verified_monthly_income - monthly_debt_service (may be negative).")
        .add("revolving_utilisation", "ratio", INCREASING,
            "Sum of balances / sum of limits over open cards and revolving loans.")
        .add("max_card_utilisation", "ratio", INCREASING,
            "Largest balance / limit over open cards with a positive limit.")
        .add("total_credit_limit", "reporting currency", DECREASING,
            "Sum of the limits of open cards and revolving loans.")
        .add("open_account_count", "count", NONE, "Bureau accounts open on the as-of date.")
        .add("cards_with_balance_count", "count", INCREASING, "Open cards with a positive balance.")
        .build();
  }

  @Override
  public String name() {
    return "capacity_debt";
  }

  @Override
  public FeatureSchema schema() {
    return schema;
  }

  /** The sources of feature {@code feature}, from {@link dev.northbound.scoring.features.catalogue.FeatureSources}. */
  @Override
  public Set<DataSource> sourcesOf(int feature) {
    return sources.of(feature);
  }

  @Override
  public void extract(CreditFile file, ExtractionContext ctx, FeatureBuffer out, int offset) {
    Buffers.checkRange(out, offset, schema.size());
    long bureauService = 0L;
    if (file.bureauReport().isEmpty()) {
      out.setMissing(offset + TOTAL_DEBT, MissingReason.NO_BUREAU_FILE);
      out.setMissing(offset + EXISTING_SERVICE, MissingReason.NO_BUREAU_FILE);
      Buffers.fillMissing(out, offset + UTILISATION, 5, MissingReason.NO_BUREAU_FILE);
    } else {
      bureauService = writeBureau(file.bureauReport().get(), ctx, out, offset);
    }
    long requested = DebtService.requested(file.application(), ctx, config);
    out.set(offset + REQUESTED, ReportingCents.units(requested));
    long declared = ReportingCents.cents(file.application().declaredMonthlyObligations(), ctx, ReportingCents.APPLICATION, -1,
        "declaredMonthlyObligations");
    long service = ReportingCents.add(Math.max(bureauService, declared), requested, ReportingCents.APPLICATION, -1, "amount");
    out.set(offset + SERVICE, ReportingCents.units(service));

    long income = VerifiedIncome.of(file.alternativeData(), ctx, config).combinedMonthlyIncome();
    if (income == VerifiedIncome.NONE) {
      Buffers.fillMissing(out, offset + DTI, 2, MissingReason.NO_HISTORY);
    } else {
      Buffers.share(out, offset + DTI, service, income, MissingReason.NOT_APPLICABLE);
      out.set(offset + RESIDUAL, ReportingCents.units(income - service));
    }
  }

  /** Writes the bureau features and returns the existing monthly debt service in cents. */
  private long writeBureau(HkCreditReport report, ExtractionContext ctx, FeatureBuffer out, int offset) {
    List<Account> accounts = report.accounts();
    long debt = 0L;
    long service = 0L;
    long revolvingBalance = 0L;
    long limits = 0L;
    int revolvingCount = 0;
    int cards = 0;
    int cardsWithLimit = 0;
    double maxCardUtilisation = 0.0;
    int open = 0;
    int cardsWithBalance = 0;
    long cardFloor = -1L;
    long revolvingFloor = -1L;
    AccountPass pass = AccountPass.of(report, ctx);
    for (int i = 0; i < accounts.size(); i++) {
      Account a = accounts.get(i);
      if (!pass.isOpen(i)) {
        continue;
      }
      open++;
      double f = ReportingCents.factor(ctx, a.balance().currency(), ReportingCents.ACCOUNTS, i, "balance");
      long balance = ReportingCents.cents(a.balance(), f, ReportingCents.ACCOUNTS, i, "balance");
      debt = ReportingCents.add(debt, balance, ReportingCents.ACCOUNTS, i, "balance");
      if (a instanceof InstalmentLoanAccount loan) {
        long instalment = ReportingCents.cents(loan.monthlyInstalment(), f, ReportingCents.ACCOUNTS, i, "monthlyInstalment");
        service = ReportingCents.add(service, balance > 0 ? instalment : 0L, ReportingCents.ACCOUNTS, i, "monthlyInstalment");
      } else if (a instanceof CreditCardAccount card) {
        long limit = ReportingCents.cents(card.creditLimit(), f, ReportingCents.ACCOUNTS, i, "creditLimit");
        cardFloor = cardFloor < 0 ? DebtService.cardFloor(ctx, config) : cardFloor;
        service = ReportingCents.add(service, DebtService.minimumPayment(balance, config.cardMinimumPaymentRate(), cardFloor),
            ReportingCents.ACCOUNTS, i, "balance");
        revolvingBalance = ReportingCents.add(revolvingBalance, balance, ReportingCents.ACCOUNTS, i, "balance");
        limits = ReportingCents.add(limits, limit, ReportingCents.ACCOUNTS, i, "creditLimit");
        revolvingCount++;
        cards++;
        cardsWithBalance += balance > 0 ? 1 : 0;
        if (limit > 0) {
          cardsWithLimit++;
          maxCardUtilisation = Math.max(maxCardUtilisation, (double) balance / limit);
        }
      } else if (a instanceof RevolvingLoanAccount line) {
        revolvingFloor = revolvingFloor < 0 ? DebtService.revolvingFloor(ctx, config) : revolvingFloor;
        service = ReportingCents.add(service,
            DebtService.minimumPayment(balance, config.revolvingLoanPaymentRate(), revolvingFloor),
            ReportingCents.ACCOUNTS, i, "balance");
        revolvingBalance = ReportingCents.add(revolvingBalance, balance, ReportingCents.ACCOUNTS, i, "balance");
        limits = ReportingCents.add(limits, ReportingCents.cents(line.creditLimit(), f, ReportingCents.ACCOUNTS, i, "creditLimit"),
            ReportingCents.ACCOUNTS, i, "creditLimit");
        revolvingCount++;
      }
    }
    out.set(offset + TOTAL_DEBT, ReportingCents.units(debt));
    out.set(offset + EXISTING_SERVICE, ReportingCents.units(service));
    if (revolvingCount == 0) {
      out.setMissing(offset + UTILISATION, MissingReason.NO_HISTORY);
    } else {
      Buffers.share(out, offset + UTILISATION, revolvingBalance, limits, MissingReason.NOT_APPLICABLE);
    }
    if (cardsWithLimit > 0) {
      out.set(offset + MAX_CARD_UTILISATION, maxCardUtilisation);
    } else {
      out.setMissing(offset + MAX_CARD_UTILISATION, cards == 0 ? MissingReason.NO_HISTORY : MissingReason.NOT_APPLICABLE);
    }
    out.set(offset + TOTAL_LIMIT, ReportingCents.units(limits));
    out.set(offset + OPEN_ACCOUNTS, open);
    out.set(offset + CARDS_WITH_BALANCE, cardsWithBalance);
    return service;
  }
}
