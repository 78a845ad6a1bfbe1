package dev.northbound.scoring.models.decision.change;

import dev.northbound.scoring.core.credit.DataSource;
import java.util.Optional;

/**
 * A document an applicant can bring. The set is closed. Each action changes only the standard
 * features (docs/features.md) it can be sure of, and never invents an amount: income, debt and
 * balance features stay as they are. A feature "without records" below is one missing with reason
 * {@code NO_HISTORY} or {@code NOT_APPLICABLE}; a feature missing for another reason (no consent, no
 * bureau file, unavailable) is left alone, since its value is unknown. A feature the schema lacks is
 * skipped. An action whose source ({@link #source()}) the file holds without consent (a feature of
 * that source is missing with {@code NO_CONSENT}) is not suggested: the document would not be read;
 * a {@link #CONSENT} is suggested instead. The full table is in {@code docs/what-would-change.md}.
 */
public enum DocumentAction {
  /**
   * {@code n} more months of MPF contributions, in the 12 months up to the application date, in
   * months without any MPF or social-insurance contribution in the file ({@code n} at most 12 minus
   * {@code verified_income_months_12m}). Adds {@code n} to {@code mpf_contribution_months},
   * {@code verified_income_months_12m} (at most 12) and {@code verified_income_months_24m} (at most
   * 24), each set to {@code n} if without records; raises {@code alternative_data_months} to at
   * least {@code n}; sets {@code has_mpf} to 1 and, if it was 0, adds 1 to
   * {@code alternative_source_count}.
   */
  MPF_MONTHS("months", "%d more months of MPF contributions", "再提供%d个月的强积金供款记录"),
  /**
   * {@code n} more months of mainland social-insurance contributions: as {@link #MPF_MONTHS} with
   * {@code social_insurance_months} and {@code has_social_insurance}.
   */
  SOCIAL_INSURANCE_MONTHS("months", "%d more months of mainland social-insurance contributions",
      "再提供%d个月的内地社会保险缴费记录"),
  /**
   * A Hong Kong salaries-tax assessment for a year not in the file, filed and paid on time. Adds 1
   * to {@code tax_record_years} (1 if without records); sets {@code tax_filed_on_time_share} and
   * {@code tax_paid_on_time_share} to 1.0 if without records (a present share is left: one more
   * on-time record can only raise it); sets {@code has_tax_records} to 1 and, if it was 0, adds 1 to
   * {@code alternative_source_count}. The assessed income is unknown, so the income features stay:
   * the tax assessment lifts {@code RF_INCOME_MISSING} by the fixed table, not by rescoring.
   */
  TAX_ASSESSMENT("assessment", "A Hong Kong salaries-tax assessment, filed and paid on time",
      "一份按时申报并按时缴税的香港薪俸税评税记录"),
  /**
   * 12 months of rent, each paid by its due date. Sets {@code rent_on_time_ratio} to 1.0,
   * {@code late_rent_count_12m} and {@code max_days_late} to 0 if without records (present values
   * stay: on-time payments add no late one); raises {@code alternative_data_months} to at least 12;
   * sets {@code has_rent} to 1 and, if it was 0, adds 1 to {@code alternative_source_count}.
   */
  RENT_RECORD("months", "%d months of rent paid on time", "%d个月按时缴付租金的记录"),
  /**
   * 12 months of electricity, water or gas bills paid by their due date: as {@link #RENT_RECORD}
   * with {@code utility_on_time_ratio}, {@code late_bill_count_12m} and {@code has_utility_bills}.
   */
  UTILITY_BILLS("months", "%d months of electricity, water or gas bills paid on time",
      "%d个月按时缴付的水费、电费或煤气费账单"),
  /**
   * 12 months of mobile or broadband bills paid by their due date: as {@link #RENT_RECORD} with
   * {@code telecom_on_time_ratio}, {@code late_bill_count_12m} and {@code has_telecom_bills}.
   */
  TELECOM_BILLS("months", "%d months of mobile or broadband bills paid on time",
      "%d个月按时缴付的手机或宽带账单"),
  /**
   * A Hong Kong credit bureau report, suggested only when the vector says the file has none
   * ({@code has_bureau_file} 0). Changes no feature (every bureau feature is unknown); lifts
   * {@code RF_OBLIGATIONS_MISSING} by the fixed table (the bureau establishes existing obligations).
   */
  HK_BUREAU_REPORT("report", "A Hong Kong credit bureau report", "一份香港信贷资料服务机构的信用报告"),
  /**
   * A consent for this bank and application covering the sources in the file it does not yet cover
   * (named from the features missing with reason {@code NO_CONSENT}). Changes no feature (the
   * sources' values are unknown until read); lifts {@code RF_CONSENT_MISSING} by the fixed table.
   */
  CONSENT("consent", "A consent for this application covering: %s", "涵盖以下数据来源的本次申请授权：%s"),
  /**
   * Verified documents: every document of the file checked against its registered digest. Changes no
   * feature; lifts {@code RF_NO_DOCUMENTS} and {@code RF_DOCUMENT_UNVERIFIED} by the fixed table.
   */
  VERIFIED_DOCUMENTS("documents", "Verified documents: every document in the file checked against the registry",
      "经核验的文件：档案中每份文件均经登记处核验");

  private final String unit;
  private final String en;
  private final String zh;

  DocumentAction(String unit, String en, String zh) {
    this.unit = unit;
    this.en = en;
    this.zh = zh;
  }

  /** The unit of a suggestion's amount: {@code "months"}, {@code "assessment"}, {@code "report"}, ... */
  public String unit() {
    return unit;
  }

  /**
   * The source of personal data the document belongs to, or empty for a consent and verified
   * documents.
   */
  public Optional<DataSource> source() {
    return Optional.ofNullable(switch (this) {
      case MPF_MONTHS -> DataSource.MPF;
      case SOCIAL_INSURANCE_MONTHS -> DataSource.SOCIAL_INSURANCE;
      case TAX_ASSESSMENT -> DataSource.TAX;
      case RENT_RECORD -> DataSource.RENT;
      case UTILITY_BILLS, TELECOM_BILLS -> DataSource.UTILITIES;
      case HK_BUREAU_REPORT -> DataSource.HK_BUREAU;
      case CONSENT, VERIFIED_DOCUMENTS -> null;
    });
  }

  /** Whether the amount is a number of months the applicant chooses (the MPF and social-insurance actions). */
  boolean monthsChosen() {
    return this == MPF_MONTHS || this == SOCIAL_INSURANCE_MONTHS;
  }

  /** The English text for an amount (or, for {@link #CONSENT}, the sources' names). */
  String textEn(Object argument) {
    String text = String.format(en, argument);
    // "1 more month", never "1 more months" (and "11 more months" stays as it is).
    return Integer.valueOf(1).equals(argument) ? text.replace("1 more months", "1 more month") : text;
  }

  /** The Chinese text for an amount (or, for {@link #CONSENT}, the sources' names). */
  String textZh(Object argument) {
    return String.format(zh, argument);
  }
}
