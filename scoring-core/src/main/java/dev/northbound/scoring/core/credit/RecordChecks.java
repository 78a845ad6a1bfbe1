package dev.northbound.scoring.core.credit;

import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Shared argument checks for the domain records' compact constructors. */
final class RecordChecks {
  private RecordChecks() {}

  static Money nonNegative(Money m, String name) {
    Objects.requireNonNull(m, name);
    if (m.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, found " + m.amount().toPlainString());
    }
    return m;
  }

  static Money positive(Money m, String name) {
    nonNegative(m, name);
    if (m.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, found 0");
    }
    return m;
  }

  static String notBlank(String s, String name) {
    Objects.requireNonNull(s, name);
    if (s.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return s;
  }

  static <T> List<T> list(List<T> l, String name) {
    Objects.requireNonNull(l, name);
    return List.copyOf(l);
  }

  static void notBefore(Optional<LocalDate> later, LocalDate earlier, String laterName, String earlierName) {
    Objects.requireNonNull(later, laterName);
    // No lambda: a capturing one would be allocated for every record built.
    if (later.isPresent() && later.get().isBefore(earlier)) {
      throw new IllegalArgumentException(laterName + " " + later.get() + " is before " + earlierName + " " + earlier);
    }
  }

  static void sameCurrency(Money a, Money b, String aName, String bName) {
    if (!a.currency().equals(b.currency())) {
      throw new IllegalArgumentException(
          bName + " currency " + b.currency() + " differs from " + aName + " currency " + a.currency());
    }
  }
}
