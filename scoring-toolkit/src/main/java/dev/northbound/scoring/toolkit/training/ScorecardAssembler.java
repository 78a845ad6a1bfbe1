package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.core.feature.FeatureGroup;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.features.catalogue.StandardReasons;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.ScorecardBuilder;
import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a {@link ScorecardDraft} into the library's {@link Scorecard}, bin for bin and point for
 * point, so the scorecard's PD equals the fitted logistic PD on every row.
 *
 * <ul>
 *   <li>Each characteristic's feature is the column of the same name in the schema. Interval,
 *       special and missing attributes become {@link Bin#interval}, {@link Bin#special} and
 *       {@link Bin#missing} bins with the draft's points. A category group becomes a
 *       {@link Bin#categorical} bin whose codes are the labels' positions in the training column's
 *       dictionary; a categorical characteristic also gets a catch-all interval
 *       {@code (-inf, +inf)} with the missing bin's points, so a code outside the dictionary scores
 *       as missing (as training does with an unseen label).
 *   <li>A reason code or text given in the training spec is used as given. Otherwise: reason codes
 *       numbered by descending IV (name on a tie), prefixed by the feature's group
 *       ({@link #prefix}: {@code C01}, {@code W02}, {@code A03}...). Standard features take their
 *       bilingual texts from {@link StandardReasons}; other columns get texts that name the
 *       characteristic: {@code "Checking status lowered the score"},
 *       {@code "“checking_status”拉低了评分"}.
 *   <li>Risk grades A to E by the training score distribution (see {@link GradeCutoffs}).
 *   <li>Provenance: the identity's trainer and time, the data fingerprint, the seed, and the
 *       training configuration as settings (see {@link #settings}).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ScorecardAssembler {

  private ScorecardAssembler() {}

  /**
   * Builds the scorecard of a training result.
   *
   * @param result the training result
   * @param data the data it was trained on (dictionaries and the score distribution come from it)
   * @param schema the feature schema the scorecard scores; holds every selected characteristic
   * @param identity id, version, trainer, time and extra settings
   * @return the scorecard
   * @throws dev.northbound.scoring.core.ModelDefinitionException if a characteristic is not in the
   *     schema or the scorecard is otherwise invalid
   * @throws TrainingFailedException if the selection left no characteristic
   * @throws IllegalArgumentException if a characteristic is not a column of {@code data} of its kind
   */
  public static Scorecard assemble(TrainingResult result, Dataset data, FeatureSchema schema,
      ModelIdentity identity) {
    requireSomeLeft(result);
    ScorecardDraft draft = result.draft();
    ScorecardBuilder b = Scorecard.builder(schema)
        .id(identity.id())
        .version(identity.version())
        .initialScore(draft.initialPoints())
        .scaling(draft.scaling())
        .grades(GradeCutoffs.of(draft.scores(data)))
        .provenance(ModelProvenance.ofThisRuntime(identity.trainedBy(), result.dataFingerprint(),
            identity.trainedAt(), settings(result.config(), identity.settings()),
            result.config().seed()));
    List<DraftCharacteristic> byIv = new ArrayList<>(draft.characteristics());
    byIv.sort(Comparator.comparingDouble(DraftCharacteristic::iv).reversed()
        .thenComparing(DraftCharacteristic::name));
    for (DraftCharacteristic c : draft.characteristics()) {
      CharacteristicSpec given = result.config().spec().characteristic(c.name());
      String code = given.reasonCode().orElse(
          String.format(Locale.ROOT, "%s%02d", prefix(schema, c.name()), byIv.indexOf(c) + 1));
      Column column = data.column(c.name()).orElseThrow(() ->
          new IllegalArgumentException("the data has no column " + c.name()));
      var text = StandardReasons.of(c.name());
      Characteristic ch = Characteristic.of(c.name(), code,
          given.reasonEn().orElseGet(() ->
              text.map(StandardReasons.Text::english).orElseGet(() -> reasonEn(c.name()))),
          given.reasonZh().orElseGet(() ->
              text.map(StandardReasons.Text::chinese).orElseGet(() -> reasonZh(c.name()))),
          bins(c, column));
      if (text.isPresent()) {
        // A missing value's reason names the absence of data, not what the data would have said.
        ch = ch.withMissingReason(text.get().missingEnglish(), text.get().missingChinese());
      }
      b.addCharacteristic(ch);
    }
    return b.build();
  }

  /**
   * The reason-code prefix of a characteristic's feature group: C capacity, W willingness, A
   * alternative data, D credit demand, H depth of history, T thin file.
   */
  public static String prefix(FeatureSchema schema, String name) {
    int i = schema.indexOf(name).orElse(-1);
    if (i < 0) {
      return "W";
    }
    FeatureGroup g = schema.definition(i).group();
    if (g == FeatureGroup.CAPACITY) {
      return "C";
    } else if (g == FeatureGroup.ALTERNATIVE_DATA) {
      return "A";
    } else if (g == FeatureGroup.CREDIT_DEMAND) {
      return "D";
    } else if (g == FeatureGroup.DEPTH_OF_HISTORY) {
      return "H";
    } else if (g == FeatureGroup.THIN_FILE) {
      return "T";
    }
    return "W";
  }

  /** The English reason: the name with underscores as spaces, capitalised, "lowered the score". */
  public static String reasonEn(String name) {
    String words = name.replace('_', ' ').strip();
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1)
        + " lowered the score";
  }

  /** The Chinese reason: {@code “name”拉低了评分}. */
  public static String reasonZh(String name) {
    return "“" + name + "”拉低了评分";
  }

  private static List<Bin> bins(DraftCharacteristic c, Column column) {
    List<Bin> bins = new ArrayList<>();
    double missingPoints = 0;
    for (DraftAttribute a : c.attributes()) {
      bins.add(bin(a.attribute(), a.points(), column));
      if (a.attribute() instanceof Attribute.Missing) {
        missingPoints = a.points();
      }
    }
    if (!c.numeric()) {
      bins.add(Bin.interval(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false,
          missingPoints));
    }
    if (c.numeric() != column instanceof NumericColumn) {
      throw new IllegalArgumentException("column " + c.name() + " must be "
          + (c.numeric() ? "numeric" : "categorical") + " as in training");
    }
    return bins;
  }

  /**
   * The scorecard bin of one training attribute: an interval, special or missing bin, or a
   * categorical bin whose codes are the labels' positions in {@code column}'s dictionary.
   *
   * @throws IllegalArgumentException if a category group's column is not categorical or lacks a label
   */
  public static Bin bin(Attribute at, double points, Column column) {
    if (at instanceof Attribute.Interval in) {
      return Bin.interval(in.lower(), in.lowerClosed(), in.upper(), in.upperClosed(), points);
    } else if (at instanceof Attribute.Special s) {
      return Bin.special(s.value(), s.name(), points);
    } else if (at instanceof Attribute.Missing) {
      return Bin.missing(points);
    }
    List<String> labels = ((Attribute.Categories) at).labels();
    return Bin.categorical(String.join(", ", labels), codes(labels, column), points);
  }

  private static List<Double> codes(List<String> labels, Column column) {
    if (!(column instanceof CategoricalColumn categorical)) {
      throw new IllegalArgumentException("column " + column.name() + " must be categorical");
    }
    List<Double> codes = new ArrayList<>();
    for (String label : labels) {
      int code = categorical.labels().indexOf(label);
      if (code < 0) {
        throw new IllegalArgumentException(
            "column " + column.name() + ": a grouped label is not in its dictionary");
      }
      codes.add((double) code);
    }
    return codes;
  }

  /**
   * The provenance settings: the training configuration under stable keys ({@code binning.*},
   * {@code selection.*}, {@code fit.l2}, {@code scaling.*}, {@code cv.*}, {@code specialValues.*}),
   * then {@code extra} (which may not reuse a key).
   */
  public static Map<String, String> settings(TrainingConfig config, Map<String, String> extra) {
    Map<String, String> s = new TreeMap<>();
    BinningConstraints bc = config.binning();
    s.put("binning.fineBins", Integer.toString(bc.fineBins()));
    s.put("binning.trend", bc.trend().name());
    s.put("binning.minShare", Double.toString(bc.minShare()));
    s.put("binning.minBads", Integer.toString(bc.minBads()));
    s.put("binning.minGoods", Integer.toString(bc.minGoods()));
    s.put("binning.maxBins", Integer.toString(bc.maxBins()));
    s.put("selection.ivThreshold", Double.toString(config.ivThreshold()));
    s.put("selection.correlationThreshold", Double.toString(config.correlationThreshold()));
    s.put("fit.l2", Double.toString(config.l2()));
    s.put("scaling.basePoints", Double.toString(config.scaling().basePoints()));
    s.put("scaling.baseOdds", Double.toString(config.scaling().baseOdds()));
    s.put("scaling.pointsToDoubleOdds", Double.toString(config.scaling().pointsToDoubleOdds()));
    s.put("cv.folds", Integer.toString(config.folds()));
    if (!config.spec().equals(TrainingSpec.automatic())) {
      SelectionSpec sel = config.spec().selection();
      sel.ivCeiling().ifPresent(v -> s.put("selection.ivCeiling", Double.toString(v)));
      s.put("selection.dropAboveIvCeiling", Boolean.toString(sel.dropAboveIvCeiling()));
      sel.vifCeiling().ifPresent(v -> s.put("selection.vifCeiling", Double.toString(v)));
      sel.maxPValue().ifPresent(v -> s.put("selection.maxPValue", Double.toString(v)));
      s.put("selection.signCheck", Boolean.toString(sel.signCheck()));
      s.put("points.integer", Boolean.toString(config.spec().integerPoints()));
      if (!config.spec().protectedAttributes().isEmpty()) {
        s.put("protectedAttributes", String.join(",", config.spec().protectedAttributes()));
      }
      config.spec().characteristics().forEach((name, c) -> {
        if (c.role() != CharacteristicSpec.Role.INCLUDE) {
          s.put("role." + name, c.role().name().toLowerCase(Locale.ROOT));
        }
      });
    }
    s.put("cv.challengers", String.join(",",
        config.challengers().stream().map(Challenger::code).toList()));
    config.specialValues().forEach((name, values) -> s.put("specialValues." + name,
        String.join(",", values.stream().map(v -> v.name() + "=" + v.value()).toList())));
    extra.forEach((k, v) -> {
      if (s.putIfAbsent(k, v) != null) {
        throw new IllegalArgumentException("setting " + k + " is set by the training itself");
      }
    });
    return s;
  }

  /**
   * A scorecard needs a characteristic: when the selection on the whole data (or the fit's own
   * drops) left none, assembling is a training failure that counts the drops by reason, not an
   * empty scorecard blamed on a definition file. (The training result itself stays valid: its
   * cross-validation, where a fold that selects none scores with the intercept alone, still reads.)
   */
  private static void requireSomeLeft(TrainingResult result) {
    if (!result.selection().selected().isEmpty()) {
      return;
    }
    Map<SelectionReport.Reason, Integer> byReason = new java.util.EnumMap<>(SelectionReport.Reason.class);
    result.selection().dropped().forEach(d -> byReason.merge(d.reason(), 1, Integer::sum));
    throw new TrainingFailedException("no characteristic is left to fit: every one was dropped ("
        + byReason.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
            .collect(java.util.stream.Collectors.joining(", "))
        + "); lower the IV floor or relax the training spec's selection, or force a characteristic in");
  }}
