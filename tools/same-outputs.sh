#!/usr/bin/env bash
# Runs a fixed set of CLI commands with two builds of the CLI jar and compares every output, with
# time stamps and timings masked: the check that a refactoring (such as the module split of issue
# #16) changes no output. Needs ../shared/datasets (German credit).
#   tools/same-outputs.sh OLD.jar NEW.jar [WORKDIR]
set -uo pipefail
old=$1; new=$2; work=${3:-$(mktemp -d)}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ex="$root/docs/examples"; german="$root/../shared/datasets/german-credit/credit-g.arff"
run() { # JAR OUTDIR
  local jar=$1 out=$2; rm -rf "$out"; mkdir -p "$out"; cd "$out" || exit 2
  nb() { java -Xmx2g -jar "$jar" "$@"; echo "rc=$?"; }
  {
    nb score --model "$ex/scorecard.json" --policy "$ex/policy.json" --registry "$ex/registry.json" \
      --as-of 2026-11-20 --fx HKD/CNY=0.92 "$ex"/cross-border-trader.json "$ex"/recent-delinquency.json \
      "$ex"/thick-file-professional.json "$ex"/thin-file-graduate.json
    nb features --as-of 2026-11-20 --fx HKD/CNY=0.92 "$ex/thick-file-professional.json"
    nb validate "$ex/thin-file-graduate.json"
    nb verify --registry "$ex/registry.json" "$ex/thin-file-graduate.json"
    nb generate --size 3000 --seed 7 --out gen.jsonl
    nb export-pmml --model "$ex/scorecard.json" --out card.pmml
    nb train --data "$german" --target class --bad-value bad --out german-model.json --cv 5 \
      --challenger xgboost --report train-report
    nb evaluate --model german-model.json --data "$german" --target class --bad-value bad --report eval-german
    nb evaluate --fx HKD/CNY=0.92 --model "$ex/scorecard.json" --data gen.jsonl --report eval-gen
    nb monitor --fx HKD/CNY=0.92 --model "$ex/scorecard.json" --baseline gen.jsonl --current gen.jsonl --report mon
    nb demo --report demo-rep
  } > stdout.txt 2> stderr.txt
}
run "$old" "$work/old"; run "$new" "$work/new"
mask() { sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}Z?( UTC)?/<time>/g;
  s/[0-9.,]+ s \([0-9,]+ rows\/s\)/<timing>/; s/\([0-9]+ s\)/<timing>/'; }
status=0
while IFS= read -r f; do
  rel=${f#"$work/old/"}
  [ "$rel" = stderr.txt ] && continue
  if ! cmp -s "$f" "$work/new/$rel"; then
    if diff -q <(mask < "$f") <(mask < "$work/new/$rel") >/dev/null; then
      echo "same apart from time stamps: $rel"
    else
      echo "DIFFERENT: $rel"; diff <(mask < "$f") <(mask < "$work/new/$rel") | head -20; status=1
    fi
  fi
done < <(find "$work/old" -type f | sort)
echo "outputs in $work"; exit $status
