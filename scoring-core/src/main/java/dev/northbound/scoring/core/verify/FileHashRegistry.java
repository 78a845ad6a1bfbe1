package dev.northbound.scoring.core.verify;

import dev.northbound.scoring.core.definition.DefinitionJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A hash registry kept in a JSON file (format {@code northbound.hash-registry}, version 1; see
 * {@code docs/registry-format.md}). Load it, look digests up, add entries and save it; saving writes
 * a temporary file in the same directory and moves it into place atomically, so a reader never sees
 * a half-written registry.
 *
 * <p>Thread-safe: lookups see a consistent snapshot; {@link #add} and {@link #save} are
 * synchronized.
 */
public final class FileHashRegistry implements HashRegistry {

  private final Path path;
  private volatile Map<String, RegisteredDigest> entries;

  private FileHashRegistry(Path path, Map<String, RegisteredDigest> entries) {
    this.path = path;
    this.entries = entries;
  }

  /**
   * Loads the registry file at {@code path}.
   *
   * @throws dev.northbound.scoring.core.ModelDefinitionException if the file breaks the format or
   *     registers an id twice
   * @throws UncheckedIOException if it cannot be read
   */
  public static FileHashRegistry load(Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the registry file", e);
    }
    Map<String, RegisteredDigest> map = new TreeMap<>();
    List<RegisteredDigest> list = RegistryCodec.read(bytes);
    for (int i = 0; i < list.size(); i++) {
      RegisteredDigest e = list.get(i);
      if (map.putIfAbsent(e.documentId(), e) != null) {
        throw DefinitionJson.fail("/entries/" + i + "/documentId",
            "must not register an id twice", "an id registered before");
      }
    }
    return new FileHashRegistry(path, Map.copyOf(map));
  }

  /** A new, empty registry that {@link #save()} will write to {@code path}. Nothing is written yet. */
  public static FileHashRegistry create(Path path) {
    return new FileHashRegistry(Objects.requireNonNull(path, "path"), Map.of());
  }

  /** The file this registry loads from and saves to. */
  public Path path() {
    return path;
  }

  @Override
  public Optional<RegisteredDigest> lookup(String documentId) {
    return Optional.ofNullable(entries.get(Objects.requireNonNull(documentId, "documentId")));
  }

  /** The entries, ordered by document id. */
  public List<RegisteredDigest> entries() {
    return List.copyOf(new TreeMap<>(entries).values());
  }

  /**
   * Adds an entry in memory; {@link #save()} writes it. Adding an entry equal to a registered one
   * changes nothing.
   *
   * @throws IllegalArgumentException if another digest is registered under the same id
   */
  public synchronized FileHashRegistry add(RegisteredDigest entry) {
    return addAll(java.util.List.of(Objects.requireNonNull(entry, "entry")));
  }

  /**
   * Adds entries in memory in one step (linear in their number); {@link #save()} writes them. All
   * or nothing: if one conflicts, none is added.
   *
   * @throws IllegalArgumentException if another digest is registered under one of the ids, or two
   *     of the given entries share an id with different digests
   */
  public synchronized FileHashRegistry addAll(java.util.Collection<RegisteredDigest> added) {
    Map<String, RegisteredDigest> next = new java.util.HashMap<>(entries);
    for (RegisteredDigest entry : added) {
      Objects.requireNonNull(entry, "entry");
      RegisteredDigest existing = next.get(entry.documentId());
      if (existing != null && !existing.equals(entry)) {
        throw new IllegalArgumentException("document id " + entry.documentId() + " is already registered");
      }
      next.put(entry.documentId(), entry);
    }
    entries = Map.copyOf(next);
    return this;
  }

  /** Gives the temporary file the permissions of the file it replaces, or rw-r--r-- for a new one. */
  private void keepPermissions(Path temp) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.exists(path)
        ? Files.getPosixFilePermissions(path)
        : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }

  /**
   * Writes the registry to {@link #path()} atomically: a temporary file in the same directory,
   * forced to disk, then moved over the old file with {@link StandardCopyOption#ATOMIC_MOVE}.
   *
   * @throws UncheckedIOException if it cannot be written or the file system cannot move atomically
   */
  public synchronized void save() {
    byte[] bytes = RegistryCodec.write(entries());
    Path dir = path.toAbsolutePath().getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + path.getFileName(), ".tmp");
      keepPermissions(temp);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        out.write(bytes);
        out.flush();
        channel.force(true);
      }
      Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("could not save the registry file", e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The save already failed; its exception is the one to report.
        }
      }
    }
  }
}
