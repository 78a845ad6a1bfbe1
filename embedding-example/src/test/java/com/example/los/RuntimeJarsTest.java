package com.example.los;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a bank gets when it adds scoring-models: Jackson's three jars and our three, nothing else,
 * and no native code in any of them (issue #16).
 */
class RuntimeJarsTest {

  @Test
  void scoringModels_resolvesJacksonAndOurJarsOnly() {
    assertThat(RuntimeJars.resolved()).extracting(RuntimeJars.Jar::coordinates).containsExactlyInAnyOrder(
        "com.fasterxml.jackson.core:jackson-annotations",
        "com.fasterxml.jackson.core:jackson-core",
        "com.fasterxml.jackson.core:jackson-databind",
        "dev.northbound:scoring-core",
        "dev.northbound:scoring-features",
        "dev.northbound:scoring-models");
    assertThat(RuntimeJars.resolved()).extracting(RuntimeJars.Jar::scope).containsOnly("compile");
  }

  @Test
  void noResolvedJar_carriesNativeCode() throws IOException {
    List<String> natives = new ArrayList<>();
    for (RuntimeJars.Jar jar : RuntimeJars.resolved()) {
      for (String entry : entries(jar.path())) {
        String name = entry.toLowerCase(Locale.ROOT);
        if (name.endsWith(".so") || name.contains(".so.") || name.endsWith(".dll") || name.endsWith(".dylib")
            || name.endsWith(".jnilib") || name.endsWith(".a") || name.startsWith("meta-inf/native/")) {
          natives.add(jar.coordinates() + "!" + entry);
        }
      }
    }
    assertThat(natives).isEmpty();
  }

  /** The entries of a jar, or the files under a classes folder (a reactor build before packaging). */
  private static List<String> entries(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        return files.filter(Files::isRegularFile).map(p -> path.relativize(p).toString().replace('\\', '/')).toList();
      }
    }
    try (JarFile jar = new JarFile(path.toFile())) {
      return jar.stream().map(e -> e.getName()).toList();
    }
  }
}
