package dev.northbound.scoring.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code --name value} arguments of {@link SparkJob}; {@code --fx} may repeat. */
final class JobArguments {

  private static final Set<String> KNOWN = Set.of("--model", "--data", "--features", "--format", "--as-of", "--fx",
      "--currency", "--outcome", "--out", "--scored", "--master", "--policy", "--as-of-column", "--segment-by",
      "--bootstrap", "--seed", "--cutoff", "--fail-fast", "--skip-invalid", "--replace-report", "--target",
      "--bad-value");

  private final Map<String, String> single = new HashMap<>();
  private final List<String> fx = new ArrayList<>();

  private JobArguments() {}

  static JobArguments parse(String... args) {
    JobArguments a = new JobArguments();
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i];
      if (!KNOWN.contains(name)) {
        throw new IllegalArgumentException("unknown option " + name + "; expected one of " + new java.util.TreeSet<>(KNOWN));
      }
      if (i + 1 == args.length) {
        throw new IllegalArgumentException("option " + name + " needs a value");
      }
      if (name.equals("--fx")) {
        a.fx.add(args[i + 1]);
      } else if (a.single.put(name, args[i + 1]) != null) {
        throw new IllegalArgumentException("option " + name + " was given twice");
      }
    }
    return a;
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(single.get(name));
  }

  String required(String name) {
    return get(name).orElseThrow(() -> new IllegalArgumentException("option " + name + " is required"));
  }

  List<String> fx() {
    return List.copyOf(fx);
  }
}
