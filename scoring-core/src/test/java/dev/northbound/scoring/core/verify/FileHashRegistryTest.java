package dev.northbound.scoring.core.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.ModelDefinitionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHashRegistryTest {

  private static final RegisteredDigest A = new RegisteredDigest("doc-a", "TransUnion HK", "SHA-256",
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Instant.parse("2026-10-12T02:00:00Z"));
  private static final RegisteredDigest B = new RegisteredDigest("doc-b", "Northbound sample issuer", "SHA3-256",
      "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532", Instant.parse("2026-11-02T08:40:00Z"));

  @Test
  void saveLoad_roundTrip_sameEntriesInIdOrder(@TempDir Path dir) {
    Path file = dir.resolve("registry.json");
    FileHashRegistry.create(file).add(B).add(A).save();
    FileHashRegistry loaded = FileHashRegistry.load(file);
    assertThat(loaded.entries()).containsExactly(A, B);
    assertThat(loaded.lookup("doc-b")).contains(B);
    assertThat(loaded.lookup("doc-c")).isEmpty();
  }

  @Test
  void save_canonicalText(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("r.json");
    FileHashRegistry.create(file).add(A).save();
    assertThat(Files.readString(file)).isEqualTo("{\n"
        + "  \"format\": \"northbound.hash-registry\",\n"
        + "  \"version\": 1,\n"
        + "  \"entries\": [\n"
        + "    {\n"
        + "      \"documentId\": \"doc-a\",\n"
        + "      \"issuer\": \"TransUnion HK\",\n"
        + "      \"algorithm\": \"SHA-256\",\n"
        + "      \"digestHex\": \"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\",\n"
        + "      \"registeredAt\": \"2026-10-12T02:00:00Z\"\n"
        + "    }\n"
        + "  ]\n"
        + "}\n");
  }

  @Test
  void save_replacesByAtomicMove_oldInodeUntouchedNoTempLeft(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("registry.json");
    FileHashRegistry registry = FileHashRegistry.create(file).add(A);
    registry.save();
    byte[] before = Files.readAllBytes(file);
    Path link = dir.resolve("old-link");
    Files.createLink(link, file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    registry.add(B).save();
    // Written in place, the hard link would show the new content; moved into place, it keeps the old.
    assertThat(Files.readAllBytes(link)).isEqualTo(before);
    assertThat(FileHashRegistry.load(file).entries()).containsExactly(A, B);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("registry.json", "old-link");
    }
  }

  @Test
  void add_otherDigestUnderSameId_rejected(@TempDir Path dir) {
    FileHashRegistry registry = FileHashRegistry.create(dir.resolve("r.json")).add(A);
    RegisteredDigest other = new RegisteredDigest("doc-a", "x", "SHA-256", "00", A.registeredAt());
    assertThatThrownBy(() -> registry.add(other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document id doc-a is already registered");
    assertThat(registry.add(A).entries()).containsExactly(A);
  }

  @Test
  void load_unknownField_rejectedAtEntry(@TempDir Path dir) throws IOException {
    assertLoadFails(dir, "{\"format\":\"northbound.hash-registry\",\"version\":1,\"entries\":[{\"documentId\":\"d\","
        + "\"issuer\":\"i\",\"algorithm\":\"SHA-256\",\"digestHex\":\"00\",\"registeredAt\":\"2026-10-12T02:00:00Z\","
        + "\"note\":\"x\"}]}", "/entries/0: must not have fields the format does not define; found an unknown field");
  }

  @Test
  void load_duplicateId_rejected(@TempDir Path dir) throws IOException {
    String entry = "{\"documentId\":\"d\",\"issuer\":\"i\",\"algorithm\":\"SHA-256\",\"digestHex\":\"00\","
        + "\"registeredAt\":\"2026-10-12T02:00:00Z\"}";
    assertLoadFails(dir, "{\"format\":\"northbound.hash-registry\",\"version\":1,\"entries\":[" + entry + "," + entry
        + "]}", "/entries/1/documentId: must not register an id twice; found an id registered before");
  }

  @Test
  void load_wrongFormat_rejected(@TempDir Path dir) throws IOException {
    assertLoadFails(dir, "{\"format\":\"other\",\"version\":1,\"entries\":[]}",
        "/format: must be \"northbound.hash-registry\"; found another string");
  }

  @Test
  void load_missingTime_rejected(@TempDir Path dir) throws IOException {
    assertLoadFails(dir, "{\"format\":\"northbound.hash-registry\",\"version\":1,\"entries\":[{\"documentId\":\"d\","
        + "\"issuer\":\"i\",\"algorithm\":\"SHA-256\",\"digestHex\":\"00\"}]}",
        "/entries/0/registeredAt: must be present; found nothing");
  }

  @Test
  void load_byteOrderMarkOrRepeatedKey_rejectedByTheStrictReader(@TempDir Path dir) throws IOException {
    // A BOM was skipped silently and read as the same registry before the shared strict reader.
    assertLoadFails(dir, "\uFEFF{\"format\":\"northbound.hash-registry\",\"version\":1,\"entries\":[]}",
        "/: must be UTF-8 without a byte-order mark; found a UTF-8 byte-order mark");
    assertLoadFails(dir, "{\"format\":\"northbound.hash-registry\",\"version\":1,\"entries\":[{\"documentId\":\"d\","
        + "\"issuer\":\"i\",\"issuer\":\"j\"}]}",
        "/entries/0/issuer: must not repeat a key in one object; found a repeated key");
  }

  private static void assertLoadFails(Path dir, String json, String message) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FileHashRegistry.load(file)).isInstanceOf(ModelDefinitionException.class).hasMessage(message);
  }
}
