/**
 * The Northbound domain, document format, verification and the contracts every model implements.
 * Part of the scoring runtime a bank embeds: it needs Jackson and the JDK only. Every package is API
 * but {@code dev.northbound.scoring.core.internal}, which is not exported.
 */
module dev.northbound.scoring.core {
  // DefinitionJson and the document reader hand Jackson types (ObjectNode, JsonParser) to callers.
  requires transitive com.fasterxml.jackson.databind;

  exports dev.northbound.scoring.core;
  exports dev.northbound.scoring.core.consent;
  exports dev.northbound.scoring.core.credit;
  exports dev.northbound.scoring.core.definition;
  exports dev.northbound.scoring.core.document;
  exports dev.northbound.scoring.core.feature;
  exports dev.northbound.scoring.core.io;
  exports dev.northbound.scoring.core.model;
  exports dev.northbound.scoring.core.money;
  exports dev.northbound.scoring.core.verify;
}
