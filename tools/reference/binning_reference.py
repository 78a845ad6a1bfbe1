#!/usr/bin/python3
"""Independent reference for Weight of Evidence and Information Value on FIXED bins.

Convention (same as dev.northbound.scoring.toolkit.training.WoeBin):
  WoE = ln(%good / %bad), %good = goods_in_bin / total_goods, %bad = bads_in_bin / total_bads;
  IV_bin = (%good - %bad) * WoE, IV = sum of IV_bin.
  Smoothing: an empty bin has WoE 0 and IV 0; a bin with zero goods or zero bads (not both) has
  0.5 added to both its counts before the shares are taken (totals unchanged).
Numeric bins: (-inf, c0), [c0, c1), ..., [ck, +inf), then declared special values (exact match,
taken out of the intervals), then the missing bin (NaN). Categorical: given label groups, then
missing.

German credit is read with scipy.io.arff (an independent ARFF parser). The synthetic set is drawn
with numpy (seed 20240601) and written into the fixture so that Java bins exactly the same rows.

Usage: /usr/bin/python3 tools/reference/binning_reference.py <shared-dir> <output.json>
"""
import json
import sys

import numpy as np
from scipy.io import arff


def woe_iv(goods, bads, total_goods, total_bads):
    if goods == 0 and bads == 0:
        return 0.0, 0.0
    if goods == 0 or bads == 0:
        goods, bads = goods + 0.5, bads + 0.5
    pg, pb = goods / total_goods, bads / total_bads
    woe = float(np.log(pg / pb))
    return woe, float((pg - pb) * woe)


def table(masks, bad):
    total_goods = int(np.sum(~bad))
    total_bads = int(np.sum(bad))
    bins = []
    for mask in masks:
        g = int(np.sum(mask & ~bad))
        b = int(np.sum(mask & bad))
        woe, iv = woe_iv(g, b, total_goods, total_bads)
        bins.append({"goods": g, "bads": b, "woe": woe, "iv": iv})
    assert sum(int(np.sum(m)) for m in masks) == len(bad), "bins must partition the rows"
    return {"bins": bins, "iv": float(sum(x["iv"] for x in bins))}


def numeric_case(name, values, bad, cuts, specials):
    values = np.asarray(values, dtype=float)
    missing = np.isnan(values)
    special = np.zeros(len(values), dtype=bool)
    special_masks = []
    for _, v in specials:
        m = values == v
        special_masks.append(m)
        special |= m
    regular = ~missing & ~special
    edges = [-np.inf] + list(cuts) + [np.inf]
    masks = [regular & (values >= lo) & (values < hi) for lo, hi in zip(edges[:-1], edges[1:])]
    out = {"column": name, "kind": "numeric", "cuts": list(cuts),
           "specials": [{"name": n, "value": v} for n, v in specials]}
    out.update(table(masks + special_masks + [missing], bad))
    return out


def categorical_case(name, labels, bad, groups):
    labels = np.asarray(labels, dtype=object)
    masks = [np.isin(labels, g) for g in groups]
    covered = np.zeros(len(labels), dtype=bool)
    for m in masks:
        covered |= m
    out = {"column": name, "kind": "categorical", "groups": groups}
    out.update(table(masks + [~covered], bad))
    return out


def main(shared, output):
    data, _ = arff.loadarff(f"{shared}/datasets/german-credit/credit-g.arff")
    bad = np.array([c.decode() == "bad" for c in data["class"]])
    text = lambda col: [v.decode() for v in data[col]]
    german = [
        numeric_case("duration", data["duration"], bad, [12, 18, 24, 36], []),
        numeric_case("credit_amount", data["credit_amount"], bad, [1500, 4000, 8000], []),
        numeric_case("age", data["age"], bad, [25, 30, 35, 50], [("sixty-seven", 67.0)]),
        categorical_case("checking_status", text("checking_status"), bad,
                         [["no checking"], [">=200", "0<=X<200"], ["<0"]]),
        categorical_case("purpose", text("purpose"), bad,
                         [["used car", "radio/tv"], ["furniture/equipment", "new car"],
                          ["education", "business"]]),
    ]
    rng = np.random.default_rng(20240601)
    n = 400
    x = np.round(rng.normal(50, 15, n), 1)
    x[rng.random(n) < 0.08] = np.nan
    x[rng.random(n) < 0.05] = -99.0
    p = 1 / (1 + np.exp(-(-1.0 + 0.04 * (np.nan_to_num(x, nan=70) - 50))))
    y = rng.random(n) < p
    y[x > 90] = False  # a tail bin with no bads: exercises the smoothing
    synthetic_values = [None if np.isnan(v) else float(v) for v in x]
    synthetic = numeric_case("x", x, y, [30, 45, 60, 90], [("not-asked", -99.0)])
    json.dump({
        "script": "tools/reference/binning_reference.py",
        "german": german,
        "synthetic": {"values": synthetic_values, "bad": [bool(v) for v in y], "case": synthetic},
    }, open(output, "w"), indent=1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
