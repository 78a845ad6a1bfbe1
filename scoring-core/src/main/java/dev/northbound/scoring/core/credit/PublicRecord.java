package dev.northbound.scoring.core.credit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A public record: bankruptcy, IVA or judgment.
 *
 * @param type the kind of record
 * @param filedOn the filing date
 * @param dischargedOn the discharge date, if discharged; not before {@code filedOn}
 */
public record PublicRecord(PublicRecordType type, LocalDate filedOn, Optional<LocalDate> dischargedOn) {
  /** Validates the components. */
  public PublicRecord {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(filedOn, "filedOn");
    RecordChecks.notBefore(dischargedOn, filedOn, "dischargedOn", "filedOn");
  }

  /** Whether the record was filed on or before {@code date} and not yet discharged then. */
  public boolean isActiveOn(LocalDate date) {
    return !filedOn.isAfter(date) && dischargedOn.map(d -> d.isAfter(date)).orElse(true);
  }
}
