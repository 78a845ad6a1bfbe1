package dev.northbound.scoring.features;

import dev.northbound.scoring.core.consent.ConsentScope;
import dev.northbound.scoring.core.consent.Consents;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.features.support.Buffers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Several extractors written one after the other, once the as-of date is checked against the
 * application's date ({@link ExtractionContext#checkApplicationDate}). Immutable; thread-safe when
 * its parts are.
 *
 * <p>When the context names a consent scope, the parts read only the file's sources that a consent
 * in force on the application date grants for that scope ({@link Consents#check}); every feature
 * whose sources present in the file are all withheld is then written missing with {@link
 * MissingReason#NO_CONSENT}. A feature with no source, or none of whose sources the file holds, is
 * never withheld. Without a scope nothing is checked and nothing extra is allocated.
 */
final class CompositeExtractor implements FeatureExtractor {

  private static final DataSource[] SOURCES = DataSource.values();

  private final String name;
  private final FeatureExtractor[] parts;
  private final int[] offsets;
  private final FeatureSchema schema;
  /** The sources of each feature, as read from its part. */
  private final List<Set<DataSource>> sources;
  /** The same, as bit masks over {@link DataSource} ordinals. */
  private final int[] sourceMasks;

  CompositeExtractor(String name, List<FeatureExtractor> parts) {
    this.name = name;
    this.parts = parts.toArray(new FeatureExtractor[0]);
    this.offsets = new int[this.parts.length];
    List<FeatureSchema> schemas = new ArrayList<>(this.parts.length);
    List<Set<DataSource>> featureSources = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < this.parts.length; i++) {
      offsets[i] = at;
      FeatureSchema s = this.parts[i].schema();
      schemas.add(s);
      for (int j = 0; j < s.size(); j++) {
        Set<DataSource> of = Objects.requireNonNull(this.parts[i].sourcesOf(j), "sourcesOf");
        featureSources.add(Collections.unmodifiableSet(of.isEmpty() ? EnumSet.noneOf(DataSource.class)
            : EnumSet.copyOf(of)));
      }
      at += s.size();
    }
    this.schema = FeatureSchema.concat(schemas);
    this.sources = List.copyOf(featureSources);
    this.sourceMasks = new int[sources.size()];
    for (int i = 0; i < sourceMasks.length; i++) {
      sourceMasks[i] = mask(sources.get(i));
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public FeatureSchema schema() {
    return schema;
  }

  /** The sources of feature {@code feature}, as its part declares them. */
  @Override
  public Set<DataSource> sourcesOf(int feature) {
    Objects.checkIndex(feature, sources.size());
    return sources.get(feature);
  }

  @Override
  public void extract(CreditFile file, ExtractionContext context, FeatureBuffer out, int offset) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(context, "context");
    Buffers.checkRange(out, offset, schema.size());
    context.checkApplicationDate(file);
    if (context.consent().isEmpty()) {
      extractParts(file, context, out, offset);
      return;
    }
    ConsentScope scope = context.consent().get();
    Set<DataSource> granted = Consents.check(file, scope, file.application().applicationDate()).granted();
    int present = mask(file.sourcesPresent());
    int blocked = present & ~mask(granted);
    if (blocked == 0) {
      extractParts(file, context, out, offset);
      return;
    }
    EnumSet<DataSource> readable = EnumSet.noneOf(DataSource.class);
    for (DataSource s : SOURCES) {
      if ((blocked & bit(s)) == 0) {
        readable.add(s);
      }
    }
    extractParts(file.restrictedTo(readable), context, out, offset);
    for (int i = 0; i < sourceMasks.length; i++) {
      int held = sourceMasks[i] & present;
      if (held != 0 && (held & ~blocked) == 0) {
        out.setMissing(offset + i, MissingReason.NO_CONSENT);
      }
    }
  }

  private void extractParts(CreditFile file, ExtractionContext context, FeatureBuffer out, int offset) {
    for (int i = 0; i < parts.length; i++) {
      parts[i].extract(file, context, out, offset + offsets[i]);
    }
  }

  private static int bit(DataSource s) {
    return 1 << s.ordinal();
  }

  private static int mask(Set<DataSource> set) {
    int m = 0;
    for (DataSource s : set) {
      m |= bit(s);
    }
    return m;
  }

  @Override
  public String toString() {
    return "FeatureExtractor[" + name + ", " + schema + "]";
  }
}
