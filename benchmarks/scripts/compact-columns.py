#!/usr/bin/env python3
"""Rewrites a format-2 credit file's column groups (bills, rent, mpf, socialInsurance) as one
space-separated string per column (null as '~', a set of schemes joined by '+'), keeping every value, for the token-count experiment
in docs/benchmarks.md ("What the targets need"). Not a format the reader reads.

Usage: compact-columns.py IN.json OUT.json
"""
import json
import sys

with open(sys.argv[1]) as f:
    doc = json.load(f)
alternative = doc.get("alternativeData", {})
for group in ("bills", "rent", "mpf", "socialInsurance"):
    for column, values in alternative.get(group, {}).items():
        alternative[group][column] = " ".join(
            "~" if v is None else "+".join(v) if isinstance(v, list) else str(v) for v in values)
with open(sys.argv[2], "w") as f:
    f.write(json.dumps(doc, separators=(",", ":")))
