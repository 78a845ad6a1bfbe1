#!/usr/bin/env python3
"""Prints the measurement table of docs/reject-inference.md from the report.json files of
`northbound reject-inference` runs: python3 tools/reject_inference_table.py r0.3-v1.0/study ...
Each directory name's r<share>-v<visibility> gives the policy columns."""
import json
import re
import sys

print("| reject share | visibility | method | AUC through the door | KS | Brier | bad rate of the approved |"
      " incumbent's bad rate | AUC on accepts | KS on accepts |")
print("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|")
for path in sys.argv[1:]:
    m = re.search(r"r([0-9.]+)-v([0-9.]+)", path)
    share, visibility = m.group(1), m.group(2)
    report = json.load(open(path.rstrip("/") + "/report.json"))
    for c in report["candidates"]:
        t = c["throughTheDoor"]
        a = c["accepts"]
        print(f"| {share} | {visibility} | {c['name']} | {t['auc']:.4f} | {t['ks']:.4f} | {t['brier']:.4f} |"
              f" {100 * t['tradeoff']['badRate']:.2f}% | {100 * t['tradeoff']['incumbentBadRate']:.2f}% |"
              f" {a['auc']:.4f} | {a['ks']:.4f} |")
