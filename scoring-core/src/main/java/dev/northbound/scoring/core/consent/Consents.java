package dev.northbound.scoring.core.consent;

import dev.northbound.scoring.core.credit.Consent;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.credit.HkCreditReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Checks a credit file's consents. Stateless and thread-safe. */
public final class Consents {

  private static final DataSource[] SOURCES = DataSource.values();

  private Consents() {}

  /**
   * Which sources of {@code file} may be read for {@code scope} on {@code date} (the application
   * date), and why the others may not. A consent grants a source when it names the source, the
   * scope's bank and purpose, covers the application's product, covers cross-border transfer if the
   * scope crosses, is in force on the date ({@link Consent#inForceOn}) and, when the file has a
   * bureau report, was granted by the report's subject. When no consent grants a source, the finding
   * is the first of {@link ConsentFinding}'s order that some consent naming the source explains
   * (withdrawn before expired before not yet valid, and so on), or {@link ConsentFinding#NO_CONSENT}.
   *
   * @param file the credit file
   * @param scope the bank, purpose and crossing of the reading
   * @param date the date consent must be in force on
   * @return a finding for every source and the ids of the consents that grant one
   */
  public static ConsentCheck check(CreditFile file, ConsentScope scope, LocalDate date) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(date, "date");
    EnumMap<DataSource, ConsentFinding> best = new EnumMap<>(DataSource.class);
    for (DataSource s : SOURCES) {
      best.put(s, ConsentFinding.NO_CONSENT);
    }
    Optional<String> subject = file.bureauReport().map(HkCreditReport::subjectRef);
    List<String> relied = new ArrayList<>(2);
    for (Consent c : file.consents()) {
      ConsentFinding f = finding(c, file, scope, date, subject);
      boolean grants = false;
      for (DataSource s : c.sources()) {
        if (f.ordinal() < best.get(s).ordinal()) {
          best.put(s, f);
        }
        grants |= f == ConsentFinding.GRANTED;
      }
      if (grants) {
        relied.add(c.consentId());
      }
    }
    return new ConsentCheck(best, relied);
  }

  /** What one consent says for the scope on the date, for each of the sources it names. */
  private static ConsentFinding finding(Consent c, CreditFile file, ConsentScope scope, LocalDate date,
      Optional<String> subject) {
    if (subject.isPresent() && !subject.get().equals(c.subjectRef())) {
      return ConsentFinding.OTHER_SUBJECT;
    }
    if (!c.bank().equals(scope.bank())) {
      return ConsentFinding.OTHER_BANK;
    }
    if (c.purpose() != scope.purpose() || !c.products().contains(file.application().product())) {
      return ConsentFinding.OUTSIDE_PURPOSE;
    }
    if (scope.crossBorder() && !c.crossBorder()) {
      return ConsentFinding.NOT_CROSS_BORDER;
    }
    if (c.withdrawnOn().isPresent() && !date.isBefore(c.withdrawnOn().get())) {
      return ConsentFinding.WITHDRAWN;
    }
    if (date.isAfter(c.expiresOn())) {
      return ConsentFinding.EXPIRED;
    }
    if (date.isBefore(c.grantedOn())) {
      return ConsentFinding.NOT_YET_VALID;
    }
    return ConsentFinding.GRANTED;
  }
}
