package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.definition.Ed25519Keys;
import dev.northbound.scoring.core.definition.TrustedKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the {@code --trust KEY.pem} option: a missing or malformed key file is a usage error. */
final class TrustOption {
  private TrustOption() {}

  /** The trusted keys, or empty when no {@code --trust} was given. */
  static Optional<TrustedKeys> load(List<Path> files) {
    if (files.isEmpty()) {
      return Optional.empty();
    }
    List<PublicKey> keys = new ArrayList<>();
    for (Path f : files) {
      InputFiles.requireFile(f);
      try {
        keys.add(Ed25519Keys.readPublic(f));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--trust " + TerminalText.escape(f.toString()) + ": " + e.getMessage()
            + " (an Ed25519 public key, as written by 'northbound keygen')");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the --trust key file " + f, e);
      }
    }
    return Optional.of(TrustedKeys.of(keys));
  }
}
