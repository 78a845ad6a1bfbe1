package dev.northbound.scoring.cli;

import static dev.northbound.scoring.cli.CliFuzzCorpus.CANARY;
import static dev.northbound.scoring.cli.CliFuzzCorpus.CASE;

import dev.northbound.scoring.cli.CliFuzzCorpus.Case;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written {@link CliFuzzTest} cases of {@code convert} and of compressed outputs: every
 * broken file as {@code convert}'s input (both kinds of output), its usage mistakes, and
 * {@code generate} writing {@code .gz}.
 */
final class CliFuzzConvertCases {
  private CliFuzzConvertCases() {}

  static List<Case> of(CliFuzzCorpus c) {
    List<Case> cases = new ArrayList<>();
    java.util.function.BiConsumer<String, List<String>> add =
        (name, args) -> cases.add(new Case("hand-" + name, "hand-written", args));
    String doc = c.valid.get("doc").toString();
    String jsonl = c.valid.get("jsonl").toString();
    for (var e : c.broken.entrySet()) {
      String b = e.getValue().toString();
      add.accept("convert-lines-" + e.getKey(), List.of("convert", "--to", "1", b, CASE + "/out.jsonl"));
      add.accept("convert-lines-gz-" + e.getKey(), List.of("convert", "--to", "2", b, CASE + "/out.jsonl.gz"));
      add.accept("convert-doc-" + e.getKey(), List.of("convert", "--to", "1", b, CASE + "/out.json"));
    }
    add.accept("convert-ok-lines", List.of("convert", "--to", "1", jsonl, CASE + "/out.jsonl"));
    add.accept("convert-ok-lines-gz", List.of("convert", "--to", "1", jsonl, CASE + "/out.jsonl.gz"));
    add.accept("convert-ok-doc", List.of("convert", "--to", "1", doc, CASE + "/out.json"));
    add.accept("convert-ok-doc-compact", List.of("convert", "--to", "1", "--compact", doc, CASE + "/out.json"));
    add.accept("convert-to-2", List.of("convert", "--to", "2", doc, CASE + "/out.json"));
    add.accept("convert-to-3", List.of("convert", "--to", "3", doc, CASE + "/out.json"));
    add.accept("convert-to-canary", List.of("convert", "--to", CANARY, doc, CASE + "/out.json"));
    add.accept("convert-to-huge", List.of("convert", "--to", "99999999999999999999", doc, CASE + "/out.json"));
    add.accept("convert-no-to", List.of("convert", doc, CASE + "/out.json"));
    add.accept("convert-compact-and-pretty", List.of("convert", "--to", "1", "--compact", "--pretty", doc,
        CASE + "/out.json"));
    add.accept("convert-pretty-lines", List.of("convert", "--to", "1", "--pretty", jsonl, CASE + "/out.jsonl"));
    add.accept("convert-over-its-input", List.of("convert", "--to", "1", jsonl, jsonl));
    add.accept("convert-kind-mismatch", List.of("convert", "--to", "1", jsonl, CASE + "/out.json"));
    add.accept("convert-kind-mismatch-doc", List.of("convert", "--to", "1", doc, CASE + "/out.jsonl.gz"));
    add.accept("convert-out-folder", List.of("convert", "--to", "1", jsonl, CASE + "/existing-folder"));
    add.accept("convert-out-under-file", List.of("convert", "--to", "1", jsonl, CASE + "/existing-file.txt/o.jsonl"));
    add.accept("convert-out-existing-file", List.of("convert", "--to", "1", doc, CASE + "/existing-file.txt"));
    add.accept("convert-one-operand", List.of("convert", "--to", "1", doc));
    add.accept("convert-three-operands", List.of("convert", "--to", "1", doc, CASE + "/a.json", CANARY + "-positional"));
    add.accept("convert-in-canary", List.of("convert", "--to", "1", CANARY + "-in.jsonl", CASE + "/out.jsonl"));
    add.accept("generate-gz", List.of("generate", "--size", "3", "--seed", "5", "--out", CASE + "/g.jsonl.gz"));
    add.accept("generate-gz-folder", List.of("generate", "--size", "3", "--out", CASE + "/existing-folder"));
    return cases;
  }
}
