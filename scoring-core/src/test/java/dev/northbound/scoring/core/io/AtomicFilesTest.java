package dev.northbound.scoring.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private long entries() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }

  @Test
  void write_createsThenReplaces_leavingNoTemporaryFile() throws IOException {
    Path file = dir.resolve("model.json");
    AtomicFiles.write(file, utf8("first"));
    AtomicFiles.write(file, utf8("second"));
    assertThat(Files.readString(file)).isEqualTo("second");
    assertThat(entries()).isEqualTo(1);
  }

  @Test
  void write_ontoAFolder_failsAndLeavesTheFolderAndNoTemporaryFile() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("out"));
    Files.writeString(folder.resolve("keep.txt"), "keep me");
    assertThatThrownBy(() -> AtomicFiles.write(folder, utf8("x"))).isInstanceOf(IOException.class);
    assertThat(Files.readString(folder.resolve("keep.txt"))).isEqualTo("keep me");
    assertThat(entries()).isEqualTo(1); // only the folder: the temporary file was removed
  }

  @Test
  void write_intoAMissingFolder_failsWithoutCreatingIt() {
    Path file = dir.resolve("missing").resolve("spec.json");
    assertThatThrownBy(() -> AtomicFiles.write(file, utf8("x"))).isInstanceOf(IOException.class);
    assertThat(Files.exists(file.getParent())).isFalse();
  }
}
