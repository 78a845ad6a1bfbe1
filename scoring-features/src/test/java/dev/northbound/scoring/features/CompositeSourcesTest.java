package dev.northbound.scoring.features;

import static dev.northbound.scoring.core.credit.DataSource.MPF;
import static dev.northbound.scoring.core.credit.DataSource.RENT;
import static dev.northbound.scoring.core.credit.DataSource.TAX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.consent.ConsentScope;
import dev.northbound.scoring.core.credit.Consent;
import dev.northbound.scoring.core.credit.ConsentPurpose;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureDefinition;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureGroup;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.core.feature.RiskDirection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A composite's sources, read by offset from its parts, and consent on parts of any kind. */
class CompositeSourcesTest {

  /** Writes the number of rent payments the file it is given holds; declares no sources (every source). */
  private record RentCounter(String name) implements FeatureExtractor {
    @Override
    public FeatureSchema schema() {
      return FeatureSchema.of(List.of(
          new FeatureDefinition(name + "_rents", "rent payments read", "count", FeatureGroup.THIN_FILE,
              RiskDirection.NONE)));
    }

    @Override
    public void extract(CreditFile file, ExtractionContext context, FeatureBuffer out, int offset) {
      out.set(offset, file.alternativeData().rent().size());
    }
  }

  /** Two features: the rent count (source RENT) and a constant (no source). */
  private record Declared() implements FeatureExtractor {
    @Override
    public String name() {
      return "declared";
    }

    @Override
    public FeatureSchema schema() {
      return FeatureSchema.of(List.of(
          new FeatureDefinition("rents", "rent payments read", "count", FeatureGroup.THIN_FILE, RiskDirection.NONE),
          new FeatureDefinition("one", "one", "count", FeatureGroup.THIN_FILE, RiskDirection.NONE)));
    }

    @Override
    public Set<DataSource> sourcesOf(int feature) {
      return feature == 0 ? EnumSet.of(RENT) : EnumSet.noneOf(DataSource.class);
    }

    @Override
    public void extract(CreditFile file, ExtractionContext context, FeatureBuffer out, int offset) {
      out.set(offset, file.alternativeData().rent().size());
      out.set(offset + 1, 1.0);
    }
  }

  private static final FeatureExtractor COMPOSITE =
      FeatureExtractors.compose(List.of(new RentCounter("a"), new Declared()));

  private static CreditFile file(DataSource... consented) {
    CreditFile f = CreditFileBuilder.create()
        .rent(Fixtures.rent(YearMonth.of(2026, 5), LocalDate.of(2026, 5, 1)))
        .tax(Fixtures.tax(2025, Fixtures.hkd("1000.00"), LocalDate.of(2026, 3, 1), true, true))
        .build();
    return f.withConsents(List.of(new Consent("CNS-1", "subject-1", "BANK-1", ConsentPurpose.CREDIT_APPLICATION,
        Set.of(ProductType.PERSONAL_LOAN), Set.of(consented), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
        Optional.empty(), false)));
  }

  private static ExtractionContext scoped() {
    return Fixtures.context().withConsent(new ConsentScope("BANK-1", ConsentPurpose.CREDIT_APPLICATION, false));
  }

  @Test
  void sourcesOf_readFromEachPartAtItsOffset() {
    assertThat(COMPOSITE.sourcesOf(0)).isEqualTo(EnumSet.allOf(DataSource.class));
    assertThat(COMPOSITE.sourcesOf(1)).containsExactly(RENT);
    assertThat(COMPOSITE.sourcesOf(2)).isEmpty();
    assertThatThrownBy(() -> COMPOSITE.sourcesOf(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> COMPOSITE.sourcesOf(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void extract_rentNotConsented_partsSeeNoRent_rentFeatureNoConsent() {
    FeatureVector v = COMPOSITE.extract(file(TAX), scoped());
    // The undeclared part reads every source: TAX is granted, so it is read, without the rent.
    assertThat(v.value(0)).isEqualTo(0.0);
    assertThat(v.missingReason(1)).contains(MissingReason.NO_CONSENT);
    assertThat(v.value(2)).isEqualTo(1.0);
  }

  @Test
  void extract_nothingConsented_undeclaredPartWithheldToo() {
    FeatureVector v = COMPOSITE.extract(file(MPF), scoped());
    assertThat(v.missingReason(0)).contains(MissingReason.NO_CONSENT);
    assertThat(v.missingReason(1)).contains(MissingReason.NO_CONSENT);
    assertThat(v.value(2)).isEqualTo(1.0);
  }

  @Test
  void extract_rentConsented_read() {
    FeatureVector v = COMPOSITE.extract(file(TAX, RENT), scoped());
    assertThat(v.toArray()).containsExactly(1.0, 1.0, 1.0);
  }

  @Test
  void extract_nestedComposite_sameAsFlat() {
    FeatureExtractor nested = FeatureExtractors.compose("outer",
        List.of(FeatureExtractors.compose("inner", List.of(new RentCounter("a"), new Declared()))));
    assertThat(nested.sourcesOf(1)).containsExactly(RENT);
    for (DataSource[] consented : List.of(new DataSource[] {TAX}, new DataSource[] {MPF},
        new DataSource[] {TAX, RENT})) {
      FeatureVector flat = COMPOSITE.extract(file(consented), scoped());
      FeatureVector v = nested.extract(file(consented), scoped());
      assertThat(v.toArray()).containsExactly(flat.toArray());
      for (int i = 0; i < 3; i++) {
        assertThat(v.missingReason(i)).isEqualTo(flat.missingReason(i));
      }
    }
  }
}
