package dev.northbound.scoring.toolkit.report.shape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON form of a {@link ShapeTable}, as nested maps and lists (see {@link ShapeSection#json}). */
final class ShapeJson {

  private ShapeJson() {}

  static Map<String, Object> of(ShapeTable table) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("rows", table.rows());
    root.put("bads", table.bads());
    List<Object> characteristics = new ArrayList<>();
    for (CharacteristicShape c : table.characteristics()) {
      characteristics.add(characteristic(c));
    }
    root.put("characteristics", characteristics);
    return root;
  }

  private static Map<String, Object> characteristic(CharacteristicShape c) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("name", c.name());
    node.put("feature", c.feature());
    c.partner().ifPresent(p -> node.put("partner", p));
    node.put("interaction", c.isInteraction());
    if (c.isInteraction()) {
      node.put("firstAxis", c.firstAxis());
      node.put("secondAxis", c.secondAxis());
    }
    List<Object> bins = new ArrayList<>();
    for (int b = 0; b < c.bins().size(); b++) {
      BinShape bin = c.bins().get(b);
      Map<String, Object> binNode = new LinkedHashMap<>();
      binNode.put("bin", bin.label());
      binNode.put("kind", bin.kind().name().toLowerCase(Locale.ROOT));
      if (c.isInteraction()) {
        int row = b / c.secondAxis().size();
        int column = b % c.secondAxis().size();
        binNode.put("row", row);
        binNode.put("column", column);
        binNode.put("first", c.firstAxis().get(row));
        binNode.put("second", c.secondAxis().get(column));
      }
      binNode.put("count", bin.rows());
      binNode.put("share", bin.share(c.rows()));
      binNode.put("bads", bin.bads());
      bin.badRate().ifPresent(rate -> binNode.put("badRate", rate));
      binNode.put("points", bin.points());
      bins.add(binNode);
    }
    node.put("bins", bins);
    return node;
  }
}
