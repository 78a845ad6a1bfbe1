#!/usr/bin/python3
"""Independent reference for the VIF in the training report (TrainingReportGermanCreditTest).

Reads the bins of the selected characteristics from a training report.json (the "bin" text of
each bin: "(-inf, 9)", "[9, 12)", "[48, +inf)" for numeric bins, labels joined by ", " for
category groups; the WoE of each bin), maps every row of German credit (scipy.io.arff) to its bin
here, independently of the Java matcher, and computes each selected WoE column's VIF with
statsmodels' variance_inflation_factor on the design with a constant (VIF = 1 / (1 - R^2) of the
column regressed by OLS on the other selected WoE columns).

Usage: /usr/bin/python3 vif_reference.py <shared-dir> <report.json>
"""
import json
import math
import sys

import numpy as np
from scipy.io import arff
from statsmodels.stats.outliers_influence import variance_inflation_factor
from statsmodels.tools.tools import add_constant


def numeric_bin(text, value):
    if text == "missing":
        return math.isnan(value)
    if math.isnan(value):
        return False
    lo, hi = text[1:-1].split(", ")
    lo = -math.inf if lo == "-inf" else float(lo)
    hi = math.inf if hi == "+inf" else float(hi)
    above = value >= lo if text[0] == "[" else value > lo
    below = value <= hi if text[-1] == "]" else value < hi
    return above and below


def woe_column(node, raw):
    out = np.empty(len(raw))
    for r, value in enumerate(raw):
        for b in node["bins"]:
            if node["numeric"]:
                hit = numeric_bin(b["bin"], float(value))
            else:
                label = value.decode() if isinstance(value, bytes) else str(value)
                hit = b["bin"] != "missing" and label in b["bin"].split(", ")
            if hit:
                out[r] = b["woe"]
                break
        else:
            raise ValueError("row %d of %s falls in no bin" % (r, node["name"]))
    return out


def main(shared, report_path):
    data, _ = arff.loadarff(shared + "/datasets/german-credit/credit-g.arff")
    report = json.load(open(report_path))
    selected = [c for c in report["characteristics"] if c["selected"]]
    order = report["selection"]["selected"]
    selected.sort(key=lambda c: order.index(c["name"]))
    X = np.column_stack([woe_column(c, data[c["name"]]) for c in selected])
    design = add_constant(X)
    for j, c in enumerate(selected):
        print("%s %.15g" % (c["name"], variance_inflation_factor(design, j + 1)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
