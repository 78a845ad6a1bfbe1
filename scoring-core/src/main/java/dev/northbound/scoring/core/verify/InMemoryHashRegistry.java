package dev.northbound.scoring.core.verify;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** A fixed set of registered digests held in memory. Immutable and thread-safe. */
public final class InMemoryHashRegistry implements HashRegistry {

  private final Map<String, RegisteredDigest> entries;

  private InMemoryHashRegistry(Map<String, RegisteredDigest> entries) {
    this.entries = entries;
  }

  /** A registry with no entries. */
  public static InMemoryHashRegistry empty() {
    return new InMemoryHashRegistry(Map.of());
  }

  /**
   * A registry holding the given entries.
   *
   * @throws IllegalArgumentException if two entries share a document id
   */
  public static InMemoryHashRegistry of(RegisteredDigest... entries) {
    return copyOf(List.of(entries));
  }

  /**
   * A registry holding a copy of the given entries.
   *
   * @throws IllegalArgumentException if two entries share a document id
   */
  public static InMemoryHashRegistry copyOf(Collection<RegisteredDigest> entries) {
    Map<String, RegisteredDigest> map = new TreeMap<>();
    for (RegisteredDigest e : entries) {
      if (map.putIfAbsent(Objects.requireNonNull(e, "entry").documentId(), e) != null) {
        throw new IllegalArgumentException("document id " + e.documentId() + " is registered twice");
      }
    }
    return new InMemoryHashRegistry(Map.copyOf(map));
  }

  @Override
  public Optional<RegisteredDigest> lookup(String documentId) {
    return Optional.ofNullable(entries.get(Objects.requireNonNull(documentId, "documentId")));
  }

  /** The entries, ordered by document id. */
  public List<RegisteredDigest> entries() {
    return List.copyOf(new TreeMap<>(entries).values());
  }
}
