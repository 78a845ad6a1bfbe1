package dev.northbound.scoring.features;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.features.support.Buffers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several extractors written one after the other, once the as-of date is checked against the
 * application's date ({@link ExtractionContext#checkApplicationDate}). Immutable; thread-safe when
 * its parts are.
 */
final class CompositeExtractor implements FeatureExtractor {

  private final String name;
  private final FeatureExtractor[] parts;
  private final int[] offsets;
  private final FeatureSchema schema;

  CompositeExtractor(String name, List<FeatureExtractor> parts) {
    this.name = name;
    this.parts = parts.toArray(new FeatureExtractor[0]);
    this.offsets = new int[this.parts.length];
    List<FeatureSchema> schemas = new ArrayList<>(this.parts.length);
    int at = 0;
    for (int i = 0; i < this.parts.length; i++) {
      offsets[i] = at;
      FeatureSchema s = this.parts[i].schema();
      schemas.add(s);
      at += s.size();
    }
    this.schema = FeatureSchema.concat(schemas);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public FeatureSchema schema() {
    return schema;
  }

  @Override
  public void extract(CreditFile file, ExtractionContext context, FeatureBuffer out, int offset) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(context, "context");
    Buffers.checkRange(out, offset, schema.size());
    context.checkApplicationDate(file);
    for (int i = 0; i < parts.length; i++) {
      parts[i].extract(file, context, out, offset + offsets[i]);
    }
  }

  @Override
  public String toString() {
    return "FeatureExtractor[" + name + ", " + schema + "]";
  }
}
