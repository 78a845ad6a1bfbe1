package dev.northbound.scoring.models.pmml;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.dmg.pmml.Application;
import org.dmg.pmml.Array;
import org.dmg.pmml.CompoundPredicate;
import org.dmg.pmml.DataDictionary;
import org.dmg.pmml.DataField;
import org.dmg.pmml.DataType;
import org.dmg.pmml.False;
import org.dmg.pmml.Header;
import org.dmg.pmml.InvalidValueTreatmentMethod;
import org.dmg.pmml.MiningField;
import org.dmg.pmml.MiningFunction;
import org.dmg.pmml.MiningSchema;
import org.dmg.pmml.MissingValueTreatmentMethod;
import org.dmg.pmml.OpType;
import org.dmg.pmml.Output;
import org.dmg.pmml.OutputField;
import org.dmg.pmml.PMML;
import org.dmg.pmml.Predicate;
import org.dmg.pmml.ResultFeature;
import org.dmg.pmml.SimplePredicate;
import org.dmg.pmml.SimpleSetPredicate;
import org.dmg.pmml.True;
import org.dmg.pmml.Value;
import org.dmg.pmml.scorecard.Attribute;
import org.dmg.pmml.scorecard.Characteristic;
import org.dmg.pmml.scorecard.Characteristics;
import org.dmg.pmml.scorecard.Scorecard;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Test-only reader of exported PMML into JPMML's object model. The usual route,
 * {@code LoadingModelEvaluatorBuilder.load(InputStream)}, needs a JAXB runtime that is not in the
 * offline repository, so this reads the document with the JDK's DOM parser, after validating it
 * against the PMML 4.4 XSD shipped in pmml-model, and maps it element by element. It is strict: an
 * element or attribute it does not know fails the test, so nothing in the document is silently
 * ignored and JPMML evaluates exactly what was exported. Public for the toolkit's oracle test of
 * trained boosted cards (BoostedPmmlOracleTest), which reads it from this module's test-jar.
 */
public final class PmmlDom {

  private PmmlDom() {}

  /** Validates {@code bytes} against the PMML 4.4 schema. */
  public static void validate(byte[] bytes) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.newSchema(PMML.class.getResource("/pmml.xsd")).newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(bytes)));
  }

  /** JPMML's object model of {@code bytes}; fails on anything the exporter does not write. */
  @SuppressWarnings("exports") // test code: JPMML's types are for the tests, never exported
  public static PMML read(byte[] bytes) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
    expect(root, "PMML", "version");
    List<Element> parts = children(root);
    Element h = parts.get(0);
    expect(h, "Header", "description", "modelVersion");
    Header header = new Header().setDescription(h.getAttribute("description"))
        .setModelVersion(h.getAttribute("modelVersion"));
    Element app = children(h).get(0);
    expect(app, "Application", "name");
    header.setApplication(new Application(app.getAttribute("name")));
    Element dd = parts.get(1);
    expect(dd, "DataDictionary", "numberOfFields");
    DataDictionary dictionary = new DataDictionary();
    for (Element e : children(dd)) {
      expect(e, "DataField", "name", "optype", "dataType");
      DataField field = new DataField(e.getAttribute("name"), OpType.fromValue(e.getAttribute("optype")),
          DataType.fromValue(e.getAttribute("dataType")));
      for (Element v : children(e)) {
        expect(v, "Value", "value");
        field.addValues(new Value(v.getAttribute("value")));
      }
      dictionary.addDataFields(field);
    }
    dictionary.setNumberOfFields(Integer.valueOf(dd.getAttribute("numberOfFields")));
    PMML pmml = new PMML(root.getAttribute("version"), header, dictionary);
    pmml.addModels(scorecard(parts.get(2)));
    if (parts.size() != 3) {
      throw new AssertionError("unexpected elements after the model");
    }
    return pmml;
  }

  private static Scorecard scorecard(Element s) {
    expect(s, "Scorecard", "modelName", "functionName", "initialScore", "useReasonCodes", "reasonCodeAlgorithm",
        "baselineMethod");
    List<Element> parts = children(s);
    MiningSchema schema = new MiningSchema();
    expect(parts.get(0), "MiningSchema");
    for (Element e : children(parts.get(0))) {
      expect(e, "MiningField", "name", "usageType", "missingValueTreatment", "invalidValueTreatment");
      schema.addMiningFields(new MiningField(e.getAttribute("name"))
          .setUsageType(MiningField.UsageType.fromValue(e.getAttribute("usageType")))
          .setMissingValueTreatment(MissingValueTreatmentMethod.fromValue(e.getAttribute("missingValueTreatment")))
          .setInvalidValueTreatment(InvalidValueTreatmentMethod.fromValue(e.getAttribute("invalidValueTreatment"))));
    }
    Output output = new Output();
    expect(parts.get(1), "Output");
    for (Element e : children(parts.get(1))) {
      expect(e, "OutputField", "name", "optype", "dataType", "feature", "rank");
      OutputField field = new OutputField(e.getAttribute("name"), OpType.fromValue(e.getAttribute("optype")),
          DataType.fromValue(e.getAttribute("dataType"))).setResultFeature(ResultFeature.fromValue(e.getAttribute("feature")));
      if (e.hasAttribute("rank")) {
        field.setRank(Integer.valueOf(e.getAttribute("rank")));
      }
      output.addOutputFields(field);
    }
    Characteristics characteristics = new Characteristics();
    expect(parts.get(2), "Characteristics");
    for (Element c : children(parts.get(2))) {
      expect(c, "Characteristic", "name", "reasonCode", "baselineScore");
      List<Attribute> attributes = new ArrayList<>();
      for (Element a : children(c)) {
        expect(a, "Attribute", "partialScore");
        List<Element> predicate = children(a);
        if (predicate.size() != 1) {
          throw new AssertionError("an Attribute needs exactly one predicate");
        }
        attributes.add(new Attribute(predicate(predicate.get(0)))
            .setPartialScore(Double.valueOf(a.getAttribute("partialScore"))));
      }
      characteristics.addCharacteristics(new Characteristic(attributes).setName(c.getAttribute("name"))
          .setReasonCode(c.getAttribute("reasonCode")).setBaselineScore(Double.valueOf(c.getAttribute("baselineScore"))));
    }
    return new Scorecard(MiningFunction.fromValue(s.getAttribute("functionName")), schema, characteristics)
        .setModelName(s.getAttribute("modelName"))
        .setInitialScore(Double.valueOf(s.getAttribute("initialScore")))
        .setUseReasonCodes(Boolean.valueOf(s.getAttribute("useReasonCodes")))
        .setReasonCodeAlgorithm(Scorecard.ReasonCodeAlgorithm.fromValue(s.getAttribute("reasonCodeAlgorithm")))
        .setBaselineMethod(Scorecard.BaselineMethod.fromValue(s.getAttribute("baselineMethod")))
        .setOutput(output);
  }

  private static Predicate predicate(Element e) {
    switch (e.getLocalName()) {
      case "True":
        expect(e, "True");
        return True.INSTANCE;
      case "False":
        expect(e, "False");
        return False.INSTANCE;
      case "SimpleSetPredicate":
        expect(e, "SimpleSetPredicate", "field", "booleanOperator");
        Element array = children(e).get(0);
        expect(array, "Array", "n", "type");
        if (children(e).size() != 1 || array.getElementsByTagNameNS("*", "*").getLength() != 0) {
          throw new AssertionError("a SimpleSetPredicate needs exactly one Array of text");
        }
        return new SimpleSetPredicate(e.getAttribute("field"),
            SimpleSetPredicate.BooleanOperator.fromValue(e.getAttribute("booleanOperator")),
            new Array(Array.Type.fromValue(array.getAttribute("type")), array.getTextContent())
                .setN(Integer.valueOf(array.getAttribute("n"))));
      case "SimplePredicate":
        expect(e, "SimplePredicate", "field", "operator", "value");
        SimplePredicate p = new SimplePredicate(e.getAttribute("field"),
            SimplePredicate.Operator.fromValue(e.getAttribute("operator")), null);
        if (e.hasAttribute("value")) {
          p.setValue(e.getAttribute("value"));
        }
        return p;
      case "CompoundPredicate":
        expect(e, "CompoundPredicate", "booleanOperator");
        List<Predicate> parts = new ArrayList<>();
        for (Element child : children(e)) {
          parts.add(predicate(child));
        }
        return new CompoundPredicate(CompoundPredicate.BooleanOperator.fromValue(e.getAttribute("booleanOperator")),
            parts);
      default:
        throw new AssertionError("unexpected predicate " + e.getLocalName());
    }
  }

  private static void expect(Element e, String name, String... attributes) {
    if (!name.equals(e.getLocalName()) || !PmmlExporter.NAMESPACE.equals(e.getNamespaceURI())) {
      throw new AssertionError("expected PMML element " + name + ", found " + e.getTagName());
    }
    Set<String> allowed = Set.of(attributes);
    NamedNodeMap map = e.getAttributes();
    for (int i = 0; i < map.getLength(); i++) {
      Node a = map.item(i);
      if (!a.getNodeName().startsWith("xmlns") && !allowed.contains(a.getNodeName())) {
        throw new AssertionError(name + " has unexpected attribute " + a.getNodeName());
      }
    }
  }

  private static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        out.add(child);
      } else if (n.getNodeType() == Node.TEXT_NODE && !n.getTextContent().isBlank()) {
        throw new AssertionError("unexpected text in " + e.getTagName());
      }
    }
    return out;
  }
}
