package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import java.util.List;
import java.util.Objects;

/**
 * One characteristic of a draft scorecard: its bins with points, its IV and its coefficient.
 *
 * @param name the characteristic (column) name
 * @param numeric whether its bins are intervals (else category groups); both kinds end with the
 *     special bins, if any, and one missing bin
 * @param iv the characteristic's Information Value on the training data
 * @param coefficient the logistic coefficient of its WoE, with standard error and p-value
 * @param attributes the bins with their points; every value falls in exactly one
 */
public record DraftCharacteristic(String name, boolean numeric, double iv,
    Coefficient coefficient, List<DraftAttribute> attributes) {

  /** Validates and copies. */
  public DraftCharacteristic {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(coefficient, "coefficient");
    attributes = List.copyOf(attributes);
    AttributeMatcher.missing(attributes.stream().map(DraftAttribute::attribute).toList());
  }

  /**
   * The attribute that holds row {@code row} of {@code column}: NaN or a missing code goes to the
   * missing bin, a declared special value to its bin, a label in no group to the missing bin.
   */
  public DraftAttribute attributeOf(Column column, int row) {
    List<Attribute> list = attributes.stream().map(DraftAttribute::attribute).toList();
    int index;
    if (column instanceof NumericColumn n) {
      index = AttributeMatcher.numeric(list, n.value(row));
    } else {
      CategoricalColumn c = (CategoricalColumn) column;
      index = c.isMissing(row)
          ? AttributeMatcher.missing(list)
          : AttributeMatcher.label(list, c.labels().get(c.code(row)));
    }
    return attributes.get(index);
  }
}
