package dev.northbound.scoring.core.consent;

import dev.northbound.scoring.core.credit.DataSource;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of checking a credit file's consents for a scope on a date: a finding per source and
 * the consents relied on. Immutable.
 *
 * @param findings the finding of every {@link DataSource}
 * @param reliedOn the ids of the consents that grant at least one source, in file order
 */
public record ConsentCheck(Map<DataSource, ConsentFinding> findings, List<String> reliedOn) {

  /** Validates and copies the components; every source must have a finding. */
  public ConsentCheck {
    Objects.requireNonNull(findings, "findings");
    if (findings.size() != DataSource.values().length) {
      throw new IllegalArgumentException("a consent check needs a finding for every source");
    }
    findings = java.util.Collections.unmodifiableMap(new EnumMap<>(findings));
    reliedOn = List.copyOf(reliedOn);
  }

  /** The sources that may be read. */
  public Set<DataSource> granted() {
    EnumSet<DataSource> s = EnumSet.noneOf(DataSource.class);
    findings.forEach((k, v) -> {
      if (v == ConsentFinding.GRANTED) {
        s.add(k);
      }
    });
    return s;
  }

  /** The finding for one source. */
  public ConsentFinding finding(DataSource source) {
    return findings.get(source);
  }
}
