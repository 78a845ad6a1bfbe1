package dev.northbound.scoring.models.pmml;

import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.CategoricalBin;
import dev.northbound.scoring.models.scorecard.IntervalBin;
import dev.northbound.scoring.models.scorecard.MissingBin;
import dev.northbound.scoring.models.scorecard.SpecialValueBin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * Writes the predicate of one axis bin over its PMML field. A continuous field: {@code isMissing},
 * {@code equal} (or an {@code or} of equals) for special values and category codes, comparisons for
 * intervals. A categorical column of a table model, whose values are labels and whose codes are the
 * labels' positions: the labels whose codes the bin holds, as {@code equal} for one,
 * {@code isIn} for several (an {@code or} of equals if a label holds a double quote or a backslash,
 * which a PMML string array cannot carry unambiguously) and {@code False} for none (a code without a
 * label never occurs); an interval, such as the catch-all {@code (-inf, +inf)} of a trained card,
 * holds the labels whose codes lie in it. Its missing bin is {@code isMissing}, or {@code True} if
 * the column has no labels at all: then every value is unseen and scores as missing.
 */
final class BinPredicates {

  private final PmmlFields fields;

  BinPredicates(PmmlFields fields) {
    this.fields = fields;
  }

  void write(Xml x, String feature, Bin bin) throws XMLStreamException {
    String field = fields.name(feature);
    Optional<List<String>> labels = fields.labels(feature);
    if (labels.isPresent()) {
      labelled(x, field, labels.get(), bin);
    } else if (bin instanceof MissingBin) {
      simple(x, field, "isMissing", null);
    } else if (bin instanceof SpecialValueBin s) {
      simple(x, field, "equal", PmmlExporter.number(s.value()));
    } else if (bin instanceof CategoricalBin c) {
      if (c.codes().size() == 1) {
        simple(x, field, "equal", PmmlExporter.number(c.codes().get(0)));
      } else {
        x.start("CompoundPredicate").attr("booleanOperator", "or");
        for (double code : c.codes()) {
          simple(x, field, "equal", PmmlExporter.number(code));
        }
        x.end();
      }
    } else {
      interval(x, field, (IntervalBin) bin);
    }
  }

  private static void labelled(Xml x, String field, List<String> labels, Bin bin) throws XMLStreamException {
    if (bin instanceof MissingBin) {
      if (labels.isEmpty()) {
        x.empty("True");
      } else {
        simple(x, field, "isMissing", null);
      }
      return;
    }
    List<String> held = new ArrayList<>();
    for (int code = 0; code < labels.size(); code++) {
      if (holds(bin, code)) {
        held.add(labels.get(code));
      }
    }
    if (held.isEmpty()) {
      x.empty("False");
    } else if (held.size() == 1) {
      simple(x, field, "equal", held.get(0));
    } else if (held.stream().anyMatch(l -> l.indexOf('"') >= 0 || l.indexOf('\\') >= 0)) {
      x.start("CompoundPredicate").attr("booleanOperator", "or");
      for (String label : held) {
        simple(x, field, "equal", label);
      }
      x.end();
    } else {
      x.start("SimpleSetPredicate").attr("field", field).attr("booleanOperator", "isIn");
      x.start("Array").attr("n", Integer.toString(held.size())).attr("type", "string");
      x.text("\"" + String.join("\" \"", held) + "\"");
      x.end();
      x.end();
    }
  }

  /** Whether {@code bin} (not the missing bin) holds category code {@code code}. */
  private static boolean holds(Bin bin, double code) {
    if (bin instanceof SpecialValueBin s) {
      return s.value() == code;
    } else if (bin instanceof CategoricalBin c) {
      return c.codes().stream().anyMatch(v -> v == code);
    }
    return ((IntervalBin) bin).contains(code);
  }

  private static void interval(Xml x, String field, IntervalBin i) throws XMLStreamException {
    boolean hasLower = i.lower() != Double.NEGATIVE_INFINITY;
    boolean hasUpper = i.upper() != Double.POSITIVE_INFINITY;
    if (!hasLower && !hasUpper) {
      x.empty("True");
      return;
    }
    if (hasLower && hasUpper) {
      if (i.lower() == i.upper()) {
        simple(x, field, "equal", PmmlExporter.number(i.lower()));
        return;
      }
      x.start("CompoundPredicate").attr("booleanOperator", "and");
    }
    if (hasLower) {
      simple(x, field, i.lowerClosed() ? "greaterOrEqual" : "greaterThan", PmmlExporter.number(i.lower()));
    }
    if (hasUpper) {
      simple(x, field, i.upperClosed() ? "lessOrEqual" : "lessThan", PmmlExporter.number(i.upper()));
    }
    if (hasLower && hasUpper) {
      x.end();
    }
  }

  private static void simple(Xml x, String field, String operator, String value) throws XMLStreamException {
    x.empty("SimplePredicate").attr("field", field).attr("operator", operator);
    if (value != null) {
      x.attr("value", value);
    }
  }
}
