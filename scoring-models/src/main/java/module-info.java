/**
 * The scoring runtime's models: scorecards, points scaling and grades, capacity x willingness
 * grades, decision policies, strict and signed model and policy files, PMML export. Depends on
 * Jackson and the JDK only; the offline toolkit ({@code scoring-toolkit}) builds on it.
 */
module dev.northbound.scoring.models {
  requires transitive dev.northbound.scoring.features;
  // PMML export writes with StAX.
  requires java.xml;

  exports dev.northbound.scoring.models.decision;
  exports dev.northbound.scoring.models.decision.change;
  exports dev.northbound.scoring.models.grade;
  exports dev.northbound.scoring.models.io;
  exports dev.northbound.scoring.models.pmml;
  exports dev.northbound.scoring.models.scaling;
  exports dev.northbound.scoring.models.scorecard;

  // The strict reader binds policy and grade-matrix files to package-private records.
  opens dev.northbound.scoring.models.decision to com.fasterxml.jackson.databind;
  opens dev.northbound.scoring.models.grade to com.fasterxml.jackson.databind;
}
