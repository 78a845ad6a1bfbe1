package dev.northbound.scoring.models.decision;

/** The policy's rules with their codes and bilingual texts, in the order they are checked and reported. */
enum Rule {
  KO_BANKRUPTCY_OR_IVA("An undischarged bankruptcy or IVA is on record", "存在未解除的破产或个人自愿安排记录"),
  KO_CHARGE_OFF("An account was charged off within the last %d years", "近%d年内有账户被撇账"),
  KO_DOCUMENT_FAILED("A document failed verification", "有文件未通过核验"),
  KO_UNDER_18("The applicant is under 18", "申请人未满18岁"),
  RF_NO_DOCUMENTS("No verified document supports the application", "申请缺少经核验的文件"),
  RF_DOCUMENT_UNVERIFIED("A document has not been verified", "有文件尚未核验"),
  RF_CONSENT_MISSING("A data source the decision needs is held without a valid consent for this bank and purpose",
      "决策所需的数据来源缺少本行及本用途的有效授权"),
  RF_INCOME_MISSING("Verified income is missing", "缺少经核验的收入"),
  RF_OBLIGATIONS_MISSING("Existing monthly obligations are missing", "缺少现有每月还款额"),
  RF_THIN_FILE("Thin credit file without enough alternative data", "信用记录薄弱且替代数据不足"),
  RF_THIN_EVIDENCE("Thin credit file without the required alternative-data evidence (%s)",
      "信用记录薄弱且缺少所需的替代数据证明（%s）"),
  SC_REFER("The score is in the refer band", "评分处于人工复核区间"),
  SC_DECLINE("The score is below the refer cutoff", "评分低于复核分数线"),
  AF_NO_CAPACITY("Income does not afford a repayment after existing obligations", "收入扣除现有负债后不足以偿还新增还款"),
  ST_STARTER_LIMIT("Thin credit file: a starter limit, capped at the policy's starter maximum, on a term of at most"
      + " %d months", "信用记录薄弱：适用起步额度，不超过政策规定的起步上限，期限不超过%d个月");

  private final String en;
  private final String zh;

  Rule(String en, String zh) {
    this.en = en;
    this.zh = zh;
  }

  /** The reason, with policy parameters (never applicant data) filled into the texts. */
  DecisionReason reason(Object... policyParameters) {
    return new DecisionReason(name(), String.format(en, policyParameters), String.format(zh, policyParameters));
  }
}
