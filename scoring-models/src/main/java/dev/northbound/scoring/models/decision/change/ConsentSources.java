package dev.northbound.scoring.models.decision.change;

import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.features.catalogue.FeatureSources;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The sources a consent should cover, read from the features missing for want of one, and their names. */
final class ConsentSources {
  private ConsentSources() {}

  /**
   * The sources withheld for want of consent, in enum order. A feature read from one source names it
   * exactly (the extractor marks it {@code NO_CONSENT} only when the file holds that source and no
   * consent grants it); a feature read from several is missing when all those the file holds are
   * withheld, which may be fewer than its sources, so those features count only when no single-source
   * feature is missing for want of consent.
   */
  static Set<DataSource> of(FeatureVector vector) {
    Set<DataSource> exact = EnumSet.noneOf(DataSource.class);
    Set<DataSource> broad = EnumSet.noneOf(DataSource.class);
    for (int i = 0; i < vector.size(); i++) {
      if (vector.missingReason(i).filter(r -> r == MissingReason.NO_CONSENT).isPresent()) {
        FeatureSources.standard(vector.schema().name(i)).ifPresent(s -> (s.size() == 1 ? exact : broad).addAll(s));
      }
    }
    return exact.isEmpty() ? broad : exact;
  }

  /** The English list of the sources, or a phrase for every source of the file if none is known. */
  static String en(Set<DataSource> sources) {
    return sources.isEmpty() ? "every data source in the file"
        : sources.stream().map(ConsentSources::en).collect(Collectors.joining(", "));
  }

  /** The Chinese list of the sources, or a phrase for every source of the file if none is known. */
  static String zh(Set<DataSource> sources) {
    return sources.isEmpty() ? "档案中的全部数据来源"
        : sources.stream().map(ConsentSources::zh).collect(Collectors.joining("、"));
  }

  private static String en(DataSource s) {
    return switch (s) {
      case HK_BUREAU -> "Hong Kong credit bureau report";
      case TAX -> "tax records";
      case MPF -> "MPF contributions";
      case SOCIAL_INSURANCE -> "mainland social insurance";
      case UTILITIES -> "utility and telecom bills";
      case RENT -> "rent payments";
    };
  }

  private static String zh(DataSource s) {
    return switch (s) {
      case HK_BUREAU -> "香港信用报告";
      case TAX -> "税务记录";
      case MPF -> "强积金供款";
      case SOCIAL_INSURANCE -> "内地社会保险";
      case UTILITIES -> "水电煤气及通讯账单";
      case RENT -> "租金缴付";
    };
  }
}
