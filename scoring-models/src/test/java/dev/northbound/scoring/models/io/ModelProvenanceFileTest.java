package dev.northbound.scoring.models.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.ScorecardFixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The library version and JVM in a model file's provenance: written and read back when recorded,
 * absent (and the file byte-identical to one written before they were recorded) when not.
 */
class ModelProvenanceFileTest {

  private static Scorecard withRuntime(String library, String jvm) {
    ModelProvenance p = ScorecardFixtures.provenance();
    return Scorecard.builder(ScorecardFixtures.schema()).id("gba-willingness").version("2026.11.1")
        .scaling(Scaling.of(600, 50, 20)).grades(RiskGrades.of(List.of("A", "B"), List.of(560.0)))
        .provenance(new ModelProvenance(p.trainedBy(),
            p.dataFingerprint(), p.trainedAt(), p.settings(), p.seed(), Optional.of(library), Optional.of(jvm)))
        .addCharacteristic(ScorecardFixtures.dti()).build();
  }

  private static byte[] resealed(byte[] bytes, java.util.function.Consumer<ObjectNode> edit) {
    ObjectNode root = (ObjectNode) ScorecardFiles.parse(bytes);
    root.remove("seal");
    edit.accept(root);
    String digest = Canonical.digest(root);
    root.putObject("seal").put("algorithm", "SHA-256").put("digest", digest);
    return Canonical.prettyBytes(root);
  }

  @Test
  void recordedRuntime_isWrittenAndReadBack() {
    Scorecard card = withRuntime("northbound 0.1.0", "Java 17.0.13+11 (Eclipse Adoptium)");
    byte[] bytes = ScorecardFiles.toBytes(card);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains("\"libraryVersion\": \"northbound 0.1.0\"")
        .contains("\"jvm\": \"Java 17.0.13+11 (Eclipse Adoptium)\"");
    Scorecard back = ScorecardFiles.read(bytes, ScorecardFixtures.schema());
    assertThat(back.provenance().libraryVersion()).contains("northbound 0.1.0");
    assertThat(back.provenance().jvm()).contains("Java 17.0.13+11 (Eclipse Adoptium)");
    assertThat(back).isEqualTo(card);
  }

  @Test
  void unrecordedRuntime_isAbsentFromTheFile() {
    byte[] bytes = ScorecardFiles.toBytes(ScorecardFixtures.handBuilt());
    assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("libraryVersion").doesNotContain("\"jvm\"");
    Scorecard back = ScorecardFiles.read(bytes, ScorecardFixtures.schema());
    assertThat(back.provenance().libraryVersion()).isEmpty();
    assertThat(back.provenance().jvm()).isEmpty();
  }

  @Test
  void blankOrNonTextRuntime_isRefusedWithItsPointer() {
    byte[] bytes = ScorecardFiles.toBytes(withRuntime("northbound 0.1.0", "Java 17"));
    byte[] blank = resealed(bytes, root -> ((ObjectNode) root.get("provenance")).put("jvm", " "));
    assertThatThrownBy(() -> ScorecardFiles.read(blank, ScorecardFixtures.schema()))
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessage("/provenance/jvm: must not be blank; found a blank string");
    byte[] number = resealed(bytes, root -> ((ObjectNode) root.get("provenance")).put("libraryVersion", 1));
    assertThatThrownBy(() -> ScorecardFiles.read(number, ScorecardFixtures.schema()))
        .isInstanceOf(ModelDefinitionException.class)
        .hasMessageStartingWith("/provenance/libraryVersion: must be a string; found");
  }

  @Test
  void thisRuntime_namesTheLibraryVersionAndTheRunningJvm() {
    ModelProvenance p = ModelProvenance.ofThisRuntime("t", "d", java.time.Instant.EPOCH, java.util.Map.of(), 1);
    // scoring-core's library.properties, filtered by the build, against the version the POM gives surefire.
    assertThat(System.getProperty("northbound.version")).isNotBlank();
    assertThat(p.libraryVersion()).contains("northbound " + System.getProperty("northbound.version"));
    assertThat(p.jvm()).contains("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
  }
}
