package dev.northbound.scoring.models.io;

import static dev.northbound.scoring.core.credit.DataSource.HK_BUREAU;
import static dev.northbound.scoring.core.credit.DataSource.MPF;
import static dev.northbound.scoring.core.credit.DataSource.RENT;
import static dev.northbound.scoring.core.credit.DataSource.SOCIAL_INSURANCE;
import static dev.northbound.scoring.core.credit.DataSource.TAX;
import static dev.northbound.scoring.core.credit.DataSource.UTILITIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.VerificationException;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.definition.Ed25519Keys;
import dev.northbound.scoring.core.definition.TrustedKeys;
import dev.northbound.scoring.core.model.DataUse;
import dev.northbound.scoring.models.scorecard.DataUseFixtures;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.ScorecardFixtures;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The optional {@code dataSources} member: the sources a model declares it reads. */
class ScorecardFilesDataSourcesTest {

  private static final Set<DataSource> NEEDED = EnumSet.of(HK_BUREAU, TAX, MPF, SOCIAL_INSURANCE, RENT);

  /** The derived card's file, edited by {@code edit} and sealed again. */
  private static byte[] resealed(Consumer<ObjectNode> edit) {
    ObjectNode root = ScorecardFiles.parse(ScorecardFiles.toBytes(DataUseFixtures.withRent().build()));
    root.remove("seal");
    edit.accept(root);
    String digest = Canonical.digest(root);
    root.putObject("seal").put("algorithm", "SHA-256").put("digest", digest);
    return Canonical.prettyBytes(root);
  }

  /** Sets {@code dataSources} right after {@code schemaFingerprint}, as the writer places it. */
  private static void setSources(ObjectNode root, Consumer<ArrayNode> fill) {
    ObjectNode copy = root.deepCopy();
    root.removeAll();
    copy.fields().forEachRemaining(e -> {
      root.set(e.getKey(), e.getValue());
      if (e.getKey().equals("schemaFingerprint")) {
        fill.accept(root.putArray("dataSources"));
      }
    });
  }

  private static void assertFails(byte[] bytes, String message) {
    assertThatThrownBy(() -> ScorecardFiles.read(bytes, DataUseFixtures.STANDARD))
        .isInstanceOf(ModelDefinitionException.class).hasMessage(message);
  }

  private static List<String> memberNames(byte[] bytes) {
    List<String> names = new ArrayList<>();
    ScorecardFiles.parse(bytes).fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void write_declaredSources_roundTripAfterSchemaFingerprint() {
    Scorecard card = DataUseFixtures.withRent().dataSources(EnumSet.of(RENT, UTILITIES, HK_BUREAU, TAX, MPF,
        SOCIAL_INSURANCE)).build();
    byte[] bytes = ScorecardFiles.toBytes(card);
    assertThat(memberNames(bytes)).containsExactly("format", "formatVersion", "id", "version", "schemaFingerprint",
        "dataSources", "initialScore", "scaling", "grades", "reasonCodes", "characteristics", "provenance", "seal");
    // written in DataSource order, whatever order they were given in
    assertThat(ScorecardFiles.parse(bytes).get("dataSources").toString())
        .isEqualTo("[\"HK_BUREAU\",\"TAX\",\"MPF\",\"SOCIAL_INSURANCE\",\"UTILITIES\",\"RENT\"]");
    Scorecard back = ScorecardFiles.read(bytes, DataUseFixtures.STANDARD);
    assertThat(back).isEqualTo(card);
    assertThat(back.declaredSources()).contains(EnumSet.allOf(DataSource.class));
    assertThat(back.info().dataUse().orElseThrow().sources()).isEqualTo(EnumSet.allOf(DataSource.class));
    assertThat(ScorecardFiles.toBytes(back)).isEqualTo(bytes);
  }

  @Test
  void write_emptyDeclaredSources_isWrittenAndReadBack() {
    Scorecard card = ScorecardFixtures.bare(ScorecardFixtures.schema()).dataSources(Set.of())
        .addCharacteristic(ScorecardFixtures.dti()).build();
    byte[] bytes = ScorecardFiles.toBytes(card);
    assertThat(ScorecardFiles.parse(bytes).get("dataSources").toString()).isEqualTo("[]");
    Scorecard back = ScorecardFiles.read(bytes, ScorecardFixtures.schema());
    assertThat(back).isEqualTo(card);
    assertThat(back.info().dataUse()).contains(new DataUse(List.of("dti_ratio"), Set.of()));
  }

  @Test
  void read_withoutDataSources_derivesThemAndWritesNone() {
    byte[] bytes = ScorecardFiles.toBytes(DataUseFixtures.withRent().build());
    assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("dataSources");
    Scorecard back = ScorecardFiles.read(bytes, DataUseFixtures.STANDARD);
    assertThat(back.declaredSources()).isEmpty();
    assertThat(back.info().dataUse()).contains(new DataUse(List.of("verified_monthly_income", "worst_status_12m",
        "rent_on_time_ratio", "has_rent"), NEEDED));
  }

  @Test
  void read_dataSourcesInAnotherOrder_areTheSameSet() {
    byte[] bytes = resealed(root -> setSources(root, a -> a.add("RENT").add("SOCIAL_INSURANCE").add("MPF").add("TAX")
        .add("HK_BUREAU")));
    Scorecard back = ScorecardFiles.read(bytes, DataUseFixtures.STANDARD);
    assertThat(back.declaredSources()).contains(NEEDED);
    assertThat(back.info()).isEqualTo(DataUseFixtures.withRent().build().info());
  }

  @Test
  void read_dataSourcesMissingANeededSource_fails() {
    assertFails(resealed(root -> setSources(root, a -> a.add("HK_BUREAU").add("TAX").add("MPF")
            .add("SOCIAL_INSURANCE"))),
        "/dataSources: must cover the sources of every feature the model uses;"
            + " found source RENT, used by /characteristics/2/feature, not listed");
    assertFails(resealed(root -> setSources(root, a -> { })),
        "/dataSources: must cover the sources of every feature the model uses;"
            + " found source HK_BUREAU, used by /characteristics/0/feature, not listed");
  }

  @Test
  void read_malformedDataSources_fails() {
    assertFails(resealed(root -> setSources(root, a -> a.add("HK_BUREAU").add("hk_bureau"))),
        "/dataSources/1: must be one of [HK_BUREAU, TAX, MPF, SOCIAL_INSURANCE, UTILITIES, RENT];"
            + " found another name");
    assertFails(resealed(root -> setSources(root, a -> a.add("RENT").add("TAX").add("RENT"))),
        "/dataSources/2: must not repeat a source; found a source listed before");
    assertFails(resealed(root -> setSources(root, a -> a.add(3))),
        "/dataSources/0: must be a string; found a whole number");
    assertFails(resealed(root -> root.put("dataSources", "RENT")), "/dataSources: must be an array; found a string");
  }

  @Test
  void sign_coversDataSources() {
    KeyPair bank = Ed25519Keys.generate();
    Scorecard card = DataUseFixtures.withRent().dataSources(EnumSet.allOf(DataSource.class)).build();
    byte[] signed = ScorecardFiles.sign(ScorecardFiles.toBytes(card), bank.getPrivate());
    TrustedKeys trusted = TrustedKeys.of(bank.getPublic());
    assertThat(ScorecardFiles.read(signed, DataUseFixtures.STANDARD, trusted)).isEqualTo(card);
    // dropping UTILITIES and resealing with the public recipe keeps the seal but breaks the signature
    ObjectNode root = ScorecardFiles.parse(signed);
    ((ArrayNode) root.get("dataSources")).remove(4);
    ObjectNode content = root.deepCopy();
    content.remove("seal");
    content.remove("signature");
    ((ObjectNode) root.get("seal")).put("digest", Canonical.digest(content));
    byte[] edited = Canonical.prettyBytes(root);
    assertThat(ScorecardFiles.read(edited, DataUseFixtures.STANDARD).declaredSources()).contains(NEEDED);
    assertThatThrownBy(() -> ScorecardFiles.read(edited, DataUseFixtures.STANDARD, trusted))
        .isInstanceOf(VerificationException.class)
        .satisfies(e -> assertThat(((VerificationException) e).reason())
            .isEqualTo(VerificationException.Reason.SIGNATURE_INVALID));
  }
}
