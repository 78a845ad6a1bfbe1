package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.northbound.scoring.models.io.InputColumn;
import dev.northbound.scoring.models.io.ModelFile;
import dev.northbound.scoring.models.io.ModelInputs;
import dev.northbound.scoring.models.io.ScorecardFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code export-pmml} of models trained on a table: the PMML's fields are the table's raw columns,
 * a categorical one a string field whose values are the column's labels, and every predicate names
 * such a field and, on a categorical one, only its labels. JPMML checks the scores in scoring-models
 * ({@code PmmlTableExportTest}); the CLI has no PMML engine.
 */
class ExportPmmlTabularTest {

  private static final String NS = "http://www.dmg.org/PMML-4_4";

  @Test
  void exportPmml_germanCreditWoeAndBoostedCards(@TempDir Path dir) throws Exception {
    String shared = System.getProperty("northbound.shared.dir");
    assumeTrue(shared != null, "northbound.shared.dir is not set; skipping");
    Path arff = Path.of(shared, "datasets", "german-credit", "credit-g.arff");
    assumeTrue(Files.isRegularFile(arff), arff + " is absent; skipping");
    for (String method : new String[] {"woe", "boosted"}) {
      Path model = dir.resolve(method + ".model.json");
      List<String> train = new ArrayList<>(List.of("train", "--data", arff.toString(), "--target", "class",
          "--bad-value", "bad", "--cv", "2", "--seed", "42", "--method", method, "--out", model.toString()));
      if (method.equals("boosted")) {
        train.addAll(List.of("--interactions", "3"));
      }
      CliTestSupport.Run trained = CliTestSupport.run(train.toArray(String[]::new));
      assertThat(trained.exitCode()).as(trained.err()).isZero();
      ModelFile file = ScorecardFiles.readModel(model);
      Document pmml = export(model, dir.resolve(method + ".pmml"));
      Map<String, List<String>> fields = checkFields(pmml, file.inputs().orElseThrow());
      // Categorical columns of the ARFF, with their labels as the data spells them.
      assertThat(fields).containsEntry("checking_status", List.of("<0", "0<=X<200", ">=200", "no checking"));
      assertThat(fields).containsKey("duration").doesNotContainKey("class");
      assertThat(fields.get("duration")).isNull();
      NodeList characteristics = pmml.getElementsByTagNameNS(NS, "Characteristic");
      assertThat(characteristics.getLength()).isEqualTo(file.scorecard().characteristics().size());
      long interactions = file.scorecard().characteristics().stream().filter(c -> c.isInteraction()).count();
      if (method.equals("boosted")) {
        assertThat(interactions).isEqualTo(3);
        assertThat(((Element) characteristics.item(characteristics.getLength() - 1)).getAttribute("name"))
            .contains(" × ");
      } else {
        assertThat(interactions).isZero();
      }
    }
  }

  @Test
  void exportPmml_csvModelNamesRawColumnsAndHonoursTrust(@TempDir Path dir) throws Exception {
    Path csv = TrainCommandTest.smallCsv(dir);
    Path model = dir.resolve("small.model.json");
    CliTestSupport.Run trained = CliTestSupport.run("train", "--data", csv.toString(), "--target", "outcome",
        "--bad-value", "default", "--ignore", "noise", "--cv", "2", "--method", "boosted", "--interactions", "1",
        "--out", model.toString());
    assertThat(trained.exitCode()).as(trained.err()).isZero();
    Document pmml = export(model, dir.resolve("small.pmml"));
    Map<String, List<String>> fields = checkFields(pmml, ScorecardFiles.readModel(model).inputs().orElseThrow());
    // The raw header "Debt Ratio" (feature debt_ratio) and the region labels in the CSV's order.
    assertThat(fields).containsOnlyKeys("Debt Ratio", "region");
    assertThat(fields.get("Debt Ratio")).isNull();
    assertThat(fields.get("region")).containsExactlyInAnyOrder("north", "south", "east", "west");

    Path priv = dir.resolve("bank.key");
    Path pub = dir.resolve("bank.pub");
    assertThat(CliTestSupport.run("keygen", "--out-private", priv.toString(), "--out-public", pub.toString())
        .exitCode()).isZero();
    Path unsigned = dir.resolve("unsigned.pmml");
    CliTestSupport.Run refused = CliTestSupport.run("export-pmml", "--model", model.toString(), "--trust",
        pub.toString(), "--out", unsigned.toString());
    assertThat(refused.exitCode()).as(refused.err()).isEqualTo(4);
    assertThat(refused.err()).contains("UNSIGNED (the model file is not signed");
    assertThat(unsigned).doesNotExist();
    assertThat(CliTestSupport.run("sign", "--key", priv.toString(), model.toString()).exitCode()).isZero();
    Path signed = dir.resolve("signed.pmml");
    CliTestSupport.Run ok = CliTestSupport.run("export-pmml", "--model", model.toString(), "--trust",
        pub.toString(), "--out", signed.toString());
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(Files.readAllBytes(signed)).isEqualTo(Files.readAllBytes(dir.resolve("small.pmml")));
  }

  private static Document export(Path model, Path out) throws Exception {
    CliTestSupport.Run run = CliTestSupport.run("export-pmml", "--model", model.toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("wrote " + out);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(out.toFile());
  }

  /**
   * The data fields (name to labels, null for a continuous one), checked against the model's inputs:
   * each a raw column of the same type and labels, each mining field one of them, and every predicate
   * over a field of the dictionary, with a categorical field's labels only.
   */
  private static Map<String, List<String>> checkFields(Document pmml, ModelInputs inputs) throws IOException {
    Map<String, InputColumn> columns = new LinkedHashMap<>();
    inputs.columns().forEach(c -> columns.put(c.name(), c));
    Map<String, List<String>> fields = new LinkedHashMap<>();
    NodeList dataFields = pmml.getElementsByTagNameNS(NS, "DataField");
    for (int i = 0; i < dataFields.getLength(); i++) {
      Element e = (Element) dataFields.item(i);
      InputColumn column = columns.get(e.getAttribute("name"));
      assertThat(column).as("data field %s is a raw column", e.getAttribute("name")).isNotNull();
      List<String> values = new ArrayList<>();
      NodeList valueNodes = e.getElementsByTagNameNS(NS, "Value");
      for (int k = 0; k < valueNodes.getLength(); k++) {
        values.add(((Element) valueNodes.item(k)).getAttribute("value"));
      }
      assertThat(e.getAttribute("optype")).isEqualTo(column.categorical() ? "categorical" : "continuous");
      assertThat(e.getAttribute("dataType")).isEqualTo(column.categorical() ? "string" : "double");
      assertThat(values).isEqualTo(column.labels().orElse(List.of()));
      fields.put(column.name(), column.labels().orElse(null));
    }
    NodeList miningFields = pmml.getElementsByTagNameNS(NS, "MiningField");
    Set<String> mined = new HashSet<>();
    for (int i = 0; i < miningFields.getLength(); i++) {
      mined.add(((Element) miningFields.item(i)).getAttribute("name"));
    }
    assertThat(mined).isEqualTo(fields.keySet());
    int categoricalPredicates = 0;
    for (String tag : new String[] {"SimplePredicate", "SimpleSetPredicate"}) {
      NodeList predicates = pmml.getElementsByTagNameNS(NS, tag);
      for (int i = 0; i < predicates.getLength(); i++) {
        Element p = (Element) predicates.item(i);
        String field = p.getAttribute("field");
        assertThat(fields).containsKey(field);
        List<String> labels = fields.get(field);
        if (labels != null && p.hasAttribute("value")) {
          assertThat(labels).contains(p.getAttribute("value"));
          categoricalPredicates++;
        } else if (labels != null && tag.equals("SimpleSetPredicate")) {
          categoricalPredicates++;
        }
      }
    }
    if (fields.values().stream().anyMatch(l -> l != null)) {
      assertThat(categoricalPredicates).isPositive();
    }
    return fields;
  }
}
