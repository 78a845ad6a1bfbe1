package dev.northbound.scoring.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The fixtures and the cases of {@link CliFuzzTest}: valid files built once (a credit file, a
 * registry, a policy, a model over the standard features, a small generated portfolio, a table and
 * a model trained on it), broken files with a canary in their content, and the cases: valid
 * invocations of every command mutated by a seeded generator, plus hand-written ones.
 */
final class CliFuzzCorpus {

  /** Planted in file content and in option values that are not paths; no message may echo it. */
  static final String CANARY = "ZQXCANARY";
  /** Stands for the case's own empty working folder in arguments. */
  static final String CASE = "@CASE@";

  /** One command line; {@code kind} says how it was made (for the figures). */
  record Case(String id, String kind, List<String> args) {
    String command() {
      return args.isEmpty() ? "(none)" : args.get(0).startsWith("-") ? "(main)"
          : args.get(0).equals("registry") && args.size() > 1 && args.get(1).equals("add")
              ? "registry add" : args.get(0);
    }
  }

  final Path dir;
  final Map<String, Path> valid = new LinkedHashMap<>();
  final Map<String, Path> broken = new LinkedHashMap<>();

  private CliFuzzCorpus(Path dir) {
    this.dir = dir;
  }

  /** Builds the fixtures in {@code dir} (generating the portfolio and training the table model). */
  static CliFuzzCorpus create(Path dir, Path repo) throws IOException {
    CliFuzzCorpus c = new CliFuzzCorpus(dir);
    Path examples = repo.resolve("docs").resolve("examples");
    c.valid.put("doc", CliFuzzFiles.copy(examples.resolve("thin-file-graduate.json"), dir.resolve("doc.json")));
    c.valid.put("registry", CliFuzzFiles.copy(examples.resolve("registry.json"), dir.resolve("registry.json")));
    c.valid.put("policy", CliFuzzFiles.copy(examples.resolve("policy.json"), dir.resolve("policy.json")));
    c.valid.put("model", CliFuzzFiles.copy(examples.resolve("scorecard.json"), dir.resolve("model.json")));
    Path portfolio = dir.resolve("portfolio.jsonl");
    expectOk(CliTestSupport.run("generate", "--size", "40", "--seed", "7", "--out",
        portfolio.toString()));
    c.valid.put("jsonl", portfolio);
    c.valid.put("table", CliFuzzFiles.table(dir.resolve("table.csv")));
    Path tableModel = dir.resolve("table-model.json");
    expectOk(CliTestSupport.run("train", "--data", c.valid.get("table").toString(), "--target",
        "outcome", "--bad-value", "default", "--cv", "2", "--out", tableModel.toString()));
    c.valid.put("tableModel", tableModel);
    Path spec = dir.resolve("spec.json");
    expectOk(CliTestSupport.run("bin", "--data", c.valid.get("table").toString(), "--target", "outcome",
        "--bad-value", "default", "--out-spec", spec.toString()));
    c.valid.put("spec", spec);
    Path privateKey = dir.resolve("private.pem");
    Path publicKey = dir.resolve("public.pem");
    expectOk(CliTestSupport.run("keygen", "--out-private", privateKey.toString(), "--out-public",
        publicKey.toString()));
    c.valid.put("privateKey", privateKey);
    c.valid.put("publicKey", publicKey);
    c.valid.put("unsignedModel",
        CliFuzzFiles.copy(examples.resolve("scorecard.json"), dir.resolve("unsigned-model.json")));
    c.valid.put("signedModel", CliFuzzFiles.copy(examples.resolve("scorecard.json"), dir.resolve("signed-model.json")));
    c.valid.put("signedPolicy", CliFuzzFiles.copy(examples.resolve("policy.json"), dir.resolve("signed-policy.json")));
    expectOk(CliTestSupport.run("sign", "--key", privateKey.toString(), c.valid.get("signedModel").toString(),
        c.valid.get("signedPolicy").toString()));
    CliFuzzFiles.writeBroken(dir, c.valid, c.broken);
    return c;
  }

  private static void expectOk(CliTestSupport.Run run) {
    if (run.exitCode() != 0) {
      throw new IllegalStateException("fixture command failed: " + run.err());
    }
  }

  private String v(String name) {
    return valid.get(name).toString();
  }

  /**
   * Valid invocations, one or more per command; {@value #CASE} stands for the case's folder. They
   * are kept small (tiny data, 2 folds, 2 bootstrap replicates) so mutations that stay valid run
   * fast. {@code demo} has no valid base: its smallest run (2,000 applicants) takes too long.
   */
  List<List<String>> bases() {
    String fx = "HKD/CNY=0.92";
    return List.of(
        List.of("validate", v("doc")),
        List.of("verify", "--registry", v("registry"), v("doc")),
        List.of("registry", "add", "--issuer", CANARY + "-issuer", "--registry",
            CASE + "/registry.json", v("doc")),
        List.of("features", "--as-of", "2026-11-20", "--fx", fx, v("doc")),
        List.of("score", "--model", v("model"), "--as-of", "2026-11-20", "--fx", fx, v("doc")),
        List.of("score", "--model", v("model"), "--policy", v("policy"), "--registry",
            v("registry"), "--as-of", "2026-11-20", "--fx", fx, v("doc")),
        List.of("export-pmml", "--model", v("model"), "--out", CASE + "/model.pmml"),
        List.of("generate", "--size", "3", "--seed", "5", "--out", CASE + "/g.jsonl"),
        List.of("train", "--data", v("table"), "--target", "outcome", "--bad-value", "default",
            "--cv", "2", "--id", CANARY + "-id", "--out", CASE + "/m.json"),
        List.of("train", "--data", v("jsonl"), "--fx", fx, "--cv", "2", "--l2", "1", "--out",
            CASE + "/m.json", "--report", CASE + "/report"),
        List.of("train", "--data", v("table"), "--target", "outcome", "--bad-value", "default",
            "--cv", "2", "--spec", v("spec"), "--write-spec", CASE + "/used-spec.json", "--out", CASE + "/m.json"),
        List.of("bin", "--data", v("table"), "--target", "outcome", "--bad-value", "default",
            "--spec", v("spec"), "--out-spec", CASE + "/bins.json"),
        List.of("train", "--method", "boosted", "--interactions", "1", "--data", v("table"), "--target", "outcome",
            "--bad-value", "default", "--cv", "2", "--out", CASE + "/m.json", "--report", CASE + "/report"),
        List.of("train", "--method", "boosted", "--data", v("jsonl"), "--fx", fx, "--cv", "2", "--out",
            CASE + "/m.json"),
        List.of("compare", "--data", v("table"), "--target", "outcome", "--bad-value", "default",
            "--models", "woe,boosted-additive", "--cv", "2", "--out", CASE + "/comparison.json"),
        List.of("export-pmml", "--model", v("tableModel"), "--out", CASE + "/table.pmml"),
        List.of("evaluate", "--model", v("model"), "--data", v("jsonl"), "--fx", fx,
            "--bootstrap", "2", "--report", CASE + "/report"),
        List.of("evaluate", "--model", v("tableModel"), "--data", v("table"), "--bootstrap", "2",
            "--report", CASE + "/report"),
        List.of("monitor", "--model", v("model"), "--baseline", v("jsonl"), "--current",
            v("jsonl"), "--fx", fx, "--report", CASE + "/report"),
        List.of("demo", "--size", "5", "--report", CASE + "/demo"),
        List.of("keygen", "--out-private", CASE + "/k.pem", "--out-public", CASE + "/k.pub"),
        List.of("sign", "--key", v("privateKey"), v("unsignedModel")),
        List.of("score", "--model", v("signedModel"), "--policy", v("signedPolicy"), "--trust",
            v("publicKey"), "--registry", v("registry"), "--as-of", "2026-11-20", "--fx", fx, v("doc")));
  }

  /** Bad values for any option: empty, blank, signs, huge, non-finite, a canary, control characters. */
  static final List<String> BAD_VALUES = List.of("", " ", "-1", "0", "NaN", "1e999",
      "99999999999999999999", "-0.5", CANARY + "-value", CANARY + "\u0000\u001b[31m", "2026-13-45",
      "HKD/CNY=" + CANARY, "xgboost,xgboost", "\uFEFF" + CANARY);

  /** The seeded generated cases: {@code count} mutations of the bases. */
  List<Case> generated(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<List<String>> bases = bases();
    List<String> brokenNames = new ArrayList<>(broken.keySet());
    List<Case> cases = new ArrayList<>();
    String[] kinds = {"drop option", "duplicate option", "swap values", "bad value",
        "broken file", "unknown option", "truncate", "folder as output", "output under a file",
        "extra positional"};
    for (int i = 0; i < count; i++) {
      List<String> args = new ArrayList<>(bases.get(random.nextInt(bases.size())));
      int first = args.get(0).equals("registry") ? 2 : 1;
      String kind = kinds[random.nextInt(kinds.length)];
      int at = first + random.nextInt(Math.max(1, args.size() - first));
      at = Math.min(at, args.size() - 1);
      switch (kind) {
        case "drop option" -> {
          if (args.get(at).startsWith("--") && at + 1 < args.size()) {
            args.remove(at + 1);
          }
          args.remove(at);
        }
        case "duplicate option" -> {
          int opt = optionAt(args, at);
          if (opt >= 0 && opt + 1 < args.size()) {
            args.add(args.get(opt));
            args.add(args.get(opt + 1));
          } else {
            args.add(args.get(at));
          }
        }
        case "swap values" -> {
          int a = valueAt(args, first, random);
          int b = valueAt(args, first, random);
          String t = args.get(a);
          args.set(a, args.get(b));
          args.set(b, t);
        }
        case "bad value" -> args.set(valueAt(args, first, random),
            BAD_VALUES.get(random.nextInt(BAD_VALUES.size())));
        case "broken file" -> args.set(fileAt(args, first, random),
            broken.get(brokenNames.get(random.nextInt(brokenNames.size()))).toString());
        case "unknown option" -> args.add(at, random.nextBoolean() ? "--no-such-option"
            : "-Z");
        case "truncate" -> args.subList(Math.max(1, at), args.size()).clear();
        case "folder as output" -> args.set(fileAt(args, first, random), CASE + "/existing-folder");
        case "output under a file" -> args.set(fileAt(args, first, random),
            CASE + "/existing-file.txt/x.json");
        case "extra positional" -> args.add(random.nextBoolean()
            ? broken.get(brokenNames.get(random.nextInt(brokenNames.size()))).toString()
            : CANARY + "-positional");
        default -> throw new AssertionError(kind);
      }
      keepOutputsInTheCaseFolder(args);
      if (args.get(0).equals("demo") && !args.contains("--size")) {
        // demo's default size (50,000 applicants) would run for minutes: keep every demo case small
        args.addAll(List.of("--size", "7"));
      }
      cases.add(new Case(String.format(Locale.ROOT, "gen-%03d", i), kind, args));
    }
    return cases;
  }

  /**
   * The tests run in-process, in the module's folder: a relative path given to an option that
   * writes ({@code --out}, {@code --report}, {@code --registry}) is moved under the case's folder,
   * so a run that succeeds writes nothing outside it.
   */
  static void keepOutputsInTheCaseFolder(List<String> args) {
    for (int i = 1; i < args.size(); i++) {
      String option = args.get(i - 1);
      String value = args.get(i);
      if ((option.equals("--out") || option.equals("--report") || option.equals("--registry")
          || option.equals("--out-private") || option.equals("--out-public"))
          && !value.startsWith("/") && !value.startsWith(CASE)) {
        args.set(i, CASE + "/" + value.replace("\0", ""));
      }
    }
  }

  private static int optionAt(List<String> args, int at) {
    for (int i = at; i >= 0; i--) {
      if (args.get(i).startsWith("--")) {
        return i;
      }
    }
    return -1;
  }

  /** A random index of a value (an argument that is not an option name), or the last argument. */
  private static int valueAt(List<String> args, int first, SplittableRandom random) {
    List<Integer> values = new ArrayList<>();
    for (int i = first; i < args.size(); i++) {
      if (!args.get(i).startsWith("--")) {
        values.add(i);
      }
    }
    return values.isEmpty() ? args.size() - 1 : values.get(random.nextInt(values.size()));
  }

  /** A random index of a path argument, or of any value when there is none. */
  private static int fileAt(List<String> args, int first, SplittableRandom random) {
    List<Integer> files = new ArrayList<>();
    for (int i = first; i < args.size(); i++) {
      if (args.get(i).startsWith("/") || args.get(i).startsWith(CASE)) {
        files.add(i);
      }
    }
    return files.isEmpty() ? valueAt(args, first, random)
        : files.get(random.nextInt(files.size()));
  }

  /** Hand-written cases: the faults the issue names, and each command's commonest mistakes. */
  List<Case> handWritten() {
    List<Case> cases = new ArrayList<>();
    String fx = "HKD/CNY=0.92";
    java.util.function.BiConsumer<String, List<String>> add =
        (name, args) -> cases.add(new Case("hand-" + name, "hand-written", args));
    add.accept("no-args", List.of());
    add.accept("unknown-command", List.of("frobnicate"));
    add.accept("main-unknown-option", List.of("--no-such-option"));
    add.accept("help-unknown", List.of("help", "frobnicate"));
    for (String name : broken.keySet()) {
      String b = broken.get(name).toString();
      add.accept("validate-" + name, List.of("validate", b));
      add.accept("verify-" + name, List.of("verify", "--registry", v("registry"), b));
      add.accept("verify-registry-" + name, List.of("verify", "--registry", b, v("doc")));
      add.accept("features-" + name, List.of("features", "--as-of", "2026-11-20", "--fx", fx, b));
      add.accept("score-doc-" + name, List.of("score", "--model", v("model"), "--as-of",
          "2026-11-20", "--fx", fx, b));
      add.accept("score-model-" + name, List.of("score", "--model", b, "--as-of", "2026-11-20",
          "--fx", fx, v("doc")));
      add.accept("score-policy-" + name, List.of("score", "--model", v("model"), "--policy", b,
          "--as-of", "2026-11-20", "--fx", fx, v("doc")));
      add.accept("export-pmml-" + name, List.of("export-pmml", "--model", b, "--out",
          CASE + "/m.pmml"));
      add.accept("train-" + name, List.of("train", "--data", b, "--target", "outcome",
          "--bad-value", "default", "--cv", "2", "--out", CASE + "/m.json"));
      add.accept("train-spec-" + name, List.of("train", "--data", v("table"), "--target", "outcome",
          "--bad-value", "default", "--cv", "2", "--spec", b, "--out", CASE + "/m.json"));
      add.accept("bin-" + name, List.of("bin", "--data", b, "--target", "outcome",
          "--bad-value", "default", "--out-spec", CASE + "/bins.json"));
      add.accept("train-boosted-" + name, List.of("train", "--method", "boosted", "--data", b, "--target",
          "outcome", "--bad-value", "default", "--cv", "2", "--out", CASE + "/m.json"));
      add.accept("compare-" + name, List.of("compare", "--data", b, "--target", "outcome",
          "--bad-value", "default", "--models", "woe", "--cv", "2"));
      add.accept("compare-spec-" + name, List.of("compare", "--data", v("table"), "--target", "outcome",
          "--bad-value", "default", "--models", "boosted", "--cv", "2", "--spec", b));
      add.accept("evaluate-data-" + name, List.of("evaluate", "--model", v("model"), "--data", b,
          "--fx", fx, "--bootstrap", "2", "--report", CASE + "/report"));
      add.accept("evaluate-model-" + name, List.of("evaluate", "--model", b, "--data",
          v("jsonl"), "--fx", fx, "--bootstrap", "2", "--report", CASE + "/report"));
      add.accept("monitor-current-" + name, List.of("monitor", "--model", v("model"),
          "--baseline", v("jsonl"), "--current", b, "--fx", fx, "--report", CASE + "/report"));
      add.accept("registry-add-" + name, List.of("registry", "add", "--issuer", "x",
          "--registry", CASE + "/r.json", b));
      add.accept("sign-key-" + name, List.of("sign", "--key", b, v("unsignedModel")));
      add.accept("sign-file-" + name, List.of("sign", "--key", v("privateKey"), b));
      add.accept("score-trust-" + name, List.of("score", "--model", v("signedModel"), "--trust", b,
          "--as-of", "2026-11-20", "--fx", fx, v("doc")));
    }
    add.accept("train-non-numeric-cell", List.of("train", "--data", broken.get("canary-cell.csv")
        .toString(), "--target", "outcome", "--bad-value", "default", "--cv", "2", "--out",
        CASE + "/m.json"));
    add.accept("train-wrong-target", List.of("train", "--data", v("table"), "--target",
        CANARY + "-target", "--out", CASE + "/m.json"));
    add.accept("train-bad-value-matches-none", List.of("train", "--data", v("table"), "--target",
        "outcome", "--bad-value", CANARY + "-bad", "--out", CASE + "/m.json"));
    add.accept("train-out-folder", List.of("train", "--data", v("table"), "--target", "outcome",
        "--bad-value", "default", "--cv", "2", "--out", CASE + "/existing-folder"));
    add.accept("train-report-is-file", List.of("train", "--data", v("table"), "--target",
        "outcome", "--bad-value", "default", "--cv", "2", "--out", CASE + "/m.json", "--report",
        CASE + "/existing-file.txt"));
    add.accept("train-cv-1", List.of("train", "--data", v("table"), "--target", "outcome",
        "--cv", "1", "--out", CASE + "/m.json"));
    add.accept("train-l2-negative", List.of("train", "--data", v("table"), "--target", "outcome",
        "--l2", "-1", "--out", CASE + "/m.json"));
    add.accept("train-challenger-unknown", List.of("train", "--data", v("table"), "--target",
        "outcome", "--challenger", CANARY, "--out", CASE + "/m.json"));
    add.accept("train-gz", List.of("train", "--data", broken.get("corrupt.jsonl.gz").toString(),
        "--out", CASE + "/m.json"));
    add.accept("train-txt", List.of("train", "--data", v("doc").replace(".json", ".txt"),
        "--out", CASE + "/m.json"));
    add.accept("train-method-unknown", List.of("train", "--method", CANARY, "--data", v("table"), "--target",
        "outcome", "--bad-value", "default", "--out", CASE + "/m.json"));
    add.accept("train-boosted-interactions-huge", List.of("train", "--method", "boosted", "--interactions",
        "2147483647", "--data", v("table"), "--target", "outcome", "--bad-value", "default", "--out",
        CASE + "/m.json"));
    add.accept("compare-holdout-table", List.of("compare", "--data", v("table"), "--target", "outcome",
        "--bad-value", "default", "--holdout", v("table")));
    add.accept("compare-out-is-data", List.of("compare", "--data", v("table"), "--target", "outcome",
        "--bad-value", "default", "--out", v("table")));
    add.accept("compare-holdout-broken", List.of("compare", "--data", v("jsonl"), "--fx", fx, "--holdout",
        broken.get("corrupt.jsonl.gz").toString()));
    add.accept("train-jsonl-without-fx", List.of("train", "--data", v("jsonl"), "--cv", "2",
        "--out", CASE + "/m.json"));
    add.accept("evaluate-table-model-on-credit-files", List.of("evaluate", "--model",
        v("tableModel"), "--data", v("jsonl"), "--fx", fx, "--report", CASE + "/report"));
    add.accept("evaluate-credit-model-on-table", List.of("evaluate", "--model", v("model"),
        "--data", v("table"), "--report", CASE + "/report"));
    add.accept("score-table-model", List.of("score", "--model", v("tableModel"), "--as-of",
        "2026-11-20", "--fx", fx, v("doc")));
    add.accept("monitor-table-model-on-credit-files", List.of("monitor", "--model",
        v("tableModel"), "--baseline", v("jsonl"), "--current", v("jsonl"), "--fx", fx,
        "--report", CASE + "/report"));
    add.accept("export-pmml-out-folder", List.of("export-pmml", "--model", v("model"), "--out",
        CASE + "/existing-folder"));
    add.accept("generate-size-0", List.of("generate", "--size", "0", "--out", CASE + "/g.jsonl"));
    add.accept("generate-out-folder", List.of("generate", "--size", "2", "--out",
        CASE + "/existing-folder"));
    add.accept("demo-size-small", List.of("demo", "--size", "10", "--report", CASE + "/d"));
    add.accept("demo-fraction", List.of("demo", "--test-fraction", "0.9", "--report",
        CASE + "/d"));
    add.accept("demo-seed-canary", List.of("demo", "--seed", CANARY, "--report", CASE + "/d"));
    add.accept("features-no-as-of", List.of("features", v("doc")));
    add.accept("score-no-files", List.of("score", "--model", v("model"), "--as-of",
        "2026-11-20"));
    add.accept("verify-no-registry", List.of("verify", v("doc")));
    add.accept("score-trust-unsigned-model", List.of("score", "--model", v("unsignedModel"), "--trust",
        v("publicKey"), "--as-of", "2026-11-20", "--fx", fx, v("doc")));
    add.accept("score-trust-unsigned-policy", List.of("score", "--model", v("signedModel"), "--policy",
        v("policy"), "--trust", v("publicKey"), "--as-of", "2026-11-20", "--fx", fx, v("doc")));
    add.accept("score-trust-private-key", List.of("score", "--model", v("signedModel"), "--trust",
        v("privateKey"), "--as-of", "2026-11-20", "--fx", fx, v("doc")));
    add.accept("sign-with-public-key", List.of("sign", "--key", v("publicKey"), v("unsignedModel")));
    add.accept("sign-a-credit-file", List.of("sign", "--key", v("privateKey"), v("doc")));
    add.accept("keygen-over-existing", List.of("keygen", "--out-private", CASE + "/existing-file.txt",
        "--out-public", CASE + "/k.pub"));
    add.accept("keygen-into-folder", List.of("keygen", "--out-private", CASE + "/existing-folder",
        "--out-public", CASE + "/k.pub"));
    add.accept("keygen-same-file", List.of("keygen", "--out-private", CASE + "/k.pem",
        "--out-public", CASE + "/k.pem"));
    // part "arith" (FX and dates): exercised here, fixed there
    for (String rate : List.of("hkd/cny=0.92", "XXX/CNY=0.92", "HKD/CNY=1e-400", "HKD/CNY=-1",
        "HKD/CNY=" + CANARY, CANARY + "/CNY=0.92", "HKD-CNY-0.92")) {
      add.accept("features-fx-" + rate.replace('/', '_'), List.of("features", "--as-of",
          "2026-11-20", "--fx", rate, v("doc")));
      add.accept("evaluate-fx-" + rate.replace('/', '_'), List.of("evaluate", "--model",
          v("model"), "--data", v("jsonl"), "--fx", rate, "--report", CASE + "/report"));
    }
    for (String date : List.of("2026/11/20", "20-11-2026", "2026-02-30", CANARY, "2020-01-01")) {
      add.accept("score-as-of-" + date.replace('/', '_'), List.of("score", "--model", v("model"),
          "--as-of", date, "--fx", fx, v("doc")));
    }
    add.accept("features-currency-canary", List.of("features", "--as-of", "2026-11-20",
        "--currency", CANARY, v("doc")));
    return cases;
  }
}
