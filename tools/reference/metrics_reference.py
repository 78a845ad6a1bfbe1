#!/usr/bin/python3
"""Independent reference values for dev.northbound.scoring.toolkit.evaluation.

Builds fixed, seeded datasets and computes every metric with code that shares nothing with the
Java implementation: scikit-learn (roc_auc_score, roc_curve, brier_score_loss, log_loss), SciPy
(ks_2samp for KS, chi2 for the Hosmer-Lemeshow p-value, norm for the DeLong interval), an O(n^2)
DeLong written from the paper's definitions, and plain numpy masks for the CAP, gains, calibration,
Hosmer-Lemeshow groups, PSI/CSI and fairness tables. Writes one JSON fixture per dataset into the
test resources of the evaluation package.

Run from the repository root with Debian's Python (python3-sklearn, python3-scipy):

    /usr/bin/python3 tools/reference/metrics_reference.py

The output is deterministic: rerunning it rewrites the same bytes.
"""
import json
import math
import os

import numpy as np
import scipy
import sklearn
from scipy.stats import chi2, ks_2samp, norm
from sklearn.metrics import brier_score_loss, log_loss, roc_auc_score, roc_curve

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scoring-toolkit", "src",
                   "test", "resources", "dev", "northbound", "scoring", "toolkit", "evaluation")

EMPTY_BIN_SHARE = 1e-4    # Stability.EMPTY_BIN_SHARE
LOG_LOSS_EPSILON = 1e-15  # Calibration.LOG_LOSS_EPSILON
MASK64 = (1 << 64) - 1


def risk_of(scores, orientation):
    """Risk grows with risk: the score itself, or its negation for HIGHER_IS_BETTER."""
    return scores if orientation == "HIGHER_IS_RISKIER" else -scores


def score_of(risk, orientation):
    return float(risk if orientation == "HIGHER_IS_RISKIER" else -risk) + 0.0


def approves(scores, cutoff, orientation):
    return scores >= cutoff if orientation == "HIGHER_IS_BETTER" else scores < cutoff


def quantile_cuts(values, count):
    """Equal-count cut points: sorted[floor(j n / count)], deduplicated, above the minimum."""
    s = np.sort(np.asarray(values, dtype=float))
    n = len(s)
    cuts = []
    for j in range(1, count):
        c = float(s[(j * n) // count])
        if c > s[0] and (not cuts or c > cuts[-1]):
            cuts.append(c)
    return cuts


def band_index(values, cuts):
    """Band = number of cut points <= value (left-closed bands)."""
    return np.searchsorted(np.asarray(cuts, dtype=float), values, side="right")


def band_label(cuts, k):
    lo = "-inf" if k == 0 else java_double(cuts[k - 1])
    hi = "+inf" if k == len(cuts) else java_double(cuts[k])
    return "[" + lo + ", " + hi + ")"


def java_double(x):
    """Double.toString for the values used here (plain decimals with at least one fraction digit)."""
    r = repr(float(x))
    assert "e" not in r, r
    return r


# ---------------------------------------------------------------- discrimination

def ks_reference(scores, bad, orientation):
    """KS by brute force over every distinct score as a cutoff; statistic checked with ks_2samp."""
    nb, ng = bad.sum(), (~bad).sum()
    risk = risk_of(scores, orientation)
    best, cutoff = -1.0, None
    for c in sorted(set(scores.tolist()), key=lambda v: risk_of(np.array(v), orientation)):
        a = approves(scores, c, orientation)
        gap = abs(float((a & ~bad).sum()) / ng - float((a & bad).sum()) / nb)
        if gap > best:
            best, cutoff = gap, c
    stat = ks_2samp(risk[bad], risk[~bad]).statistic
    assert abs(stat - best) < 1e-12, (stat, best)
    return float(stat), float(cutoff) + 0.0


def cap_area_ar(scores, bad, orientation):
    """Accuracy ratio from the CAP curve (numpy trapezoids over distinct risk values)."""
    risk = risk_of(scores, orientation)
    values = np.unique(risk)[::-1]
    n, nb = len(scores), bad.sum()
    x = [0.0] + [float((risk >= v).sum()) / n for v in values]
    y = [0.0] + [float((bad & (risk >= v)).sum()) / nb for v in values]
    area = np.trapz(y, x)
    pi = nb / n
    return float((area - 0.5) / ((1 - pi) / 2))


def delong_reference(scores, bad, orientation, confidence):
    """DeLong, DeLong & Clarke-Pearson (1988), straight from the definitions, O(m n)."""
    risk = risk_of(scores, orientation)
    x, y = risk[bad], risk[~bad]          # X: bads (diseased), Y: goods
    psi = (x[:, None] > y[None, :]).astype(float) + 0.5 * (x[:, None] == y[None, :])
    m, n = len(x), len(y)
    auc = psi.mean()
    v10 = psi.mean(axis=1)
    v01 = psi.mean(axis=0)
    s10 = ((v10 - auc) ** 2).sum() / (m - 1)
    s01 = ((v01 - auc) ** 2).sum() / (n - 1)
    var = s10 / m + s01 / n
    se = math.sqrt(var)
    z = norm.ppf(0.5 + confidence / 2)
    return {"auc": float(auc), "variance": float(var), "standardError": se,
            "confidence": confidence, "lower": max(0.0, auc - z * se),
            "upper": min(1.0, auc + z * se)}


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK64

    def next_index(self, bound):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return (z ^ (z >> 31)) % bound


def percentile(sorted_values, q):
    h = q * (len(sorted_values) - 1)
    lo = math.floor(h)
    if lo >= len(sorted_values) - 1:
        return float(sorted_values[-1])
    return float(sorted_values[lo] + (h - lo) * (sorted_values[lo + 1] - sorted_values[lo]))


def bootstrap_reference(scores, bad, orientation, replicates, confidence, seed):
    """Stratified bootstrap replayed with the same SplitMix64 draws as the Java code."""
    rng = SplitMix64(seed)
    sb, sg = scores[bad], scores[~bad]
    labels = np.concatenate([np.ones(len(sb), bool), np.zeros(len(sg), bool)])
    gini, ks, ar = [], [], []
    for _ in range(replicates):
        rb = sb[[rng.next_index(len(sb)) for _ in range(len(sb))]]
        rg = sg[[rng.next_index(len(sg)) for _ in range(len(sg))]]
        s = np.concatenate([rb, rg])
        gini.append(2 * roc_auc_score(labels, risk_of(s, orientation)) - 1)
        ks.append(ks_2samp(risk_of(rb, orientation), risk_of(rg, orientation)).statistic)
        ar.append(cap_area_ar(s, labels, orientation))
    alpha = 1 - confidence
    out = {"replicates": replicates, "confidence": confidence, "seed": seed}
    point = {"gini": 2 * roc_auc_score(bad, risk_of(scores, orientation)) - 1,
             "ks": ks_2samp(risk_of(sb, orientation), risk_of(sg, orientation)).statistic,
             "accuracyRatio": cap_area_ar(scores, bad, orientation)}
    for name, values in (("gini", gini), ("ks", ks), ("accuracyRatio", ar)):
        v = np.sort(np.array(values))
        out[name] = {"estimate": float(point[name]), "lower": percentile(v, alpha / 2),
                     "upper": percentile(v, 1 - alpha / 2)}
    return out


def roc_reference(scores, bad, orientation):
    fpr, tpr, thr = roc_curve(bad, risk_of(scores, orientation), drop_intermediate=False)
    return {"x": fpr.tolist(), "y": tpr.tolist(),
            "score": [None] + [score_of(t, orientation) for t in thr[1:]]}


# ---------------------------------------------------------------- calibration and business view

def band_table(values, bad, pd, cuts):
    idx = band_index(values, cuts)
    rows = []
    for k in range(len(cuts) + 1):
        m = idx == k
        n = int(m.sum())
        if n:
            rows.append({"band": k, "label": band_label(cuts, k), "rows": n,
                         "bads": int(bad[m].sum()), "expectedBads": float(pd[m].sum()),
                         "meanPd": float(pd[m].mean()), "observedBadRate": float(bad[m].mean())})
    return rows


def hosmer_lemeshow_reference(pd, bad, groups):
    rows = band_table(pd, bad, pd, quantile_cuts(pd, groups))
    h = 0.0
    for r in rows:
        o, e, n = r["bads"], r["expectedBads"], r["rows"]
        h += (o - e) ** 2 / e + ((n - o) - (n - e)) ** 2 / (n - e)   # two-class form
    df = len(rows) - 2
    return {"groupsAsked": groups, "statistic": h, "degreesOfFreedom": df,
            "pValue": float(chi2.sf(h, df)), "groups": rows}


def gains_reference(scores, bad, orientation, cuts):
    idx = band_index(scores, cuts)
    order = range(len(cuts), -1, -1) if orientation == "HIGHER_IS_BETTER" else range(len(cuts) + 1)
    overall = bad.mean()
    rows = []
    for k in order:
        m = idx == k
        if m.sum() == 0:
            continue
        approved = (idx >= k) if orientation == "HIGHER_IS_BETTER" else (idx <= k)
        rows.append({"label": band_label(cuts, k), "rows": int(m.sum()), "bads": int(bad[m].sum()),
                     "badRate": float(bad[m].mean()),
                     "cumulativeApprovalRate": float(approved.mean()),
                     "cumulativeBadRate": float(bad[approved].mean()),
                     "lift": float(bad[m].mean() / overall)})
    return {"cuts": cuts, "badRate": float(overall), "rows": rows}


def cutoff_reference(scores, bad, orientation, cutoff):
    a = approves(scores, cutoff, orientation)
    return {"cutoff": cutoff, "approved": int(a.sum()), "approvalRate": float(a.mean()),
            "approvedBadRate": float(bad[a].mean()) if a.any() else None,
            "truePositives": int((~a & bad).sum()), "falsePositives": int((~a & ~bad).sum()),
            "trueNegatives": int((a & ~bad).sum()), "falseNegatives": int((a & bad).sum())}


# ---------------------------------------------------------------- stability and fairness

def psi_from_counts(b_counts, c_counts, labels):
    b_counts, c_counts = np.asarray(b_counts), np.asarray(c_counts)
    b = np.where(b_counts == 0, EMPTY_BIN_SHARE, b_counts / b_counts.sum())
    c = np.where(c_counts == 0, EMPTY_BIN_SHARE, c_counts / c_counts.sum())
    contrib = (c - b) * np.log(c / b)
    value = float(contrib.sum())
    band = "STABLE" if value < 0.10 else "WATCH" if value <= 0.25 else "SHIFTED"
    return {"value": value, "band": band,
            "bins": [{"label": l, "baselineCount": int(x), "currentCount": int(y),
                      "baselineShare": float(p), "currentShare": float(q), "contribution": float(r)}
                     for l, x, y, p, q, r in zip(labels, b_counts, c_counts, b, c, contrib)]}


def psi_reference(baseline, current, cuts):
    k = len(cuts) + 1
    labels = [band_label(cuts, i) for i in range(k)]
    return dict(psi_from_counts(np.bincount(band_index(baseline, cuts), minlength=k),
                                np.bincount(band_index(current, cuts), minlength=k), labels),
                cuts=cuts)


def csi_codes_reference(baseline, current):
    codes = sorted(set(baseline.tolist()) | set(current.tolist()))
    return psi_from_counts([int((baseline == c).sum()) for c in codes],
                           [int((current == c).sum()) for c in codes],
                           ["code " + str(c) for c in codes])


def monthly_reference(baseline, months, scores, cuts):
    return [{"month": "%04d-%02d" % (m // 100, m % 100), "rows": int((months == m).sum()),
             "index": psi_reference(baseline, scores[months == m], cuts)}
            for m in sorted(set(months.tolist()))]


def fairness_reference(groups, scores, bad, orientation, cutoff, reference=None):
    labels = sorted(set(groups.tolist()))
    if reference is None:
        reference = max(labels, key=lambda g: ((groups == g).sum(), -labels.index(g)))
    a = approves(scores, cutoff, orientation)
    ref = groups == reference
    ref_appr, ref_bad = a[ref].mean(), bad[ref].mean()
    out = []
    for g in labels:
        m = groups == g
        out.append({"group": g, "rows": int(m.sum()), "approved": int(a[m].sum()),
                    "bads": int(bad[m].sum()), "approvalRate": float(a[m].mean()),
                    "badRate": float(bad[m].mean()),
                    "approvalRateRatio": float(a[m].mean() / ref_appr) if ref_appr > 0 else None,
                    "badRateRatio": float(bad[m].mean() / ref_bad) if ref_bad > 0 else None})
    return {"referenceGroup": reference, "cutoff": cutoff, "groups": out}


# ---------------------------------------------------------------- datasets

def dataset_hand():
    """Ten rows with ties, small enough to check by hand (see the Java tests)."""
    scores = np.array([700, 680, 680, 650, 650, 650, 620, 600, 600, 580], dtype=float)
    bad = np.array([0, 0, 1, 0, 0, 1, 0, 1, 0, 1], dtype=bool)
    pd = np.array([0.02, 0.04, 0.04, 0.08, 0.08, 0.08, 0.15, 0.25, 0.25, 0.40])
    baseline = np.array([580, 600, 620, 640, 660, 680, 700, 720, 740, 760], dtype=float)
    months = np.array([202401] * 5 + [202402] * 5)
    groups = np.array(["A", "A", "B", "B", "B", "A", "A", "B", "B", "A"])
    codes_b = np.array([1, 1, 2, 2, 2, 3, 3, 3, 3, 3])
    codes_c = np.array([1, 2, 2, 2, 3, 3, 3, 4, 4, 4])
    return dict(name="hand", orientation="HIGHER_IS_BETTER", scores=scores, bad=bad, pd=pd,
                baseline=baseline, months=months, groups=groups, codes_b=codes_b, codes_c=codes_c,
                bands=10, cutoffs=[650.0, 600.0, 701.0], explicit_cuts=[600.0, 650.0, 700.0],
                replicates=50, hl_groups=5)


def dataset_overlap():
    """2,000 applications over six months, bad rate near 8%, realistic overlap (Gini near 0.5)."""
    rng = np.random.default_rng(20260115)
    months = np.repeat(np.arange(202401, 202407), [300, 320, 340, 340, 350, 350])
    latent = rng.normal(600.0 - 4.0 * (months - 202401), 50.0)
    true_pd = 1 / (1 + np.exp((latent - 505.0) / 33.0))
    bad = rng.random(len(latent)) < true_pd
    scores = np.round(latent + rng.normal(0.0, 20.0, len(latent)), 1)
    pd = np.round(1 / (1 + np.exp((scores - 520.0) / 36.0)), 6)
    baseline = np.round(rng.normal(606.0, 52.0, 2000), 1)
    groups = rng.choice(np.array(["HK-Island", "Kowloon", "NT"]), size=len(scores),
                        p=[0.3, 0.45, 0.25])
    codes_b = rng.choice(5, size=2000, p=[0.1, 0.2, 0.4, 0.2, 0.1])
    codes_c = rng.choice(6, size=len(scores), p=[0.08, 0.17, 0.38, 0.22, 0.13, 0.02])
    return dict(name="overlap", orientation="HIGHER_IS_BETTER", scores=scores, bad=bad, pd=pd,
                baseline=baseline, months=months, groups=groups, codes_b=codes_b, codes_c=codes_c,
                bands=10, cutoffs=[560.0, 600.0, 640.0], explicit_cuts=[500.0, 550.0, 600.0, 650.0,
                                                                       700.0],
                replicates=200, hl_groups=10)


def dataset_ties():
    """600 rows graded 1..8 (higher is riskier), so nearly every score is tied."""
    rng = np.random.default_rng(7)
    grade = rng.integers(1, 9, size=600)
    grade_pd = np.array([0.0, 0.01, 0.02, 0.04, 0.06, 0.10, 0.15, 0.22, 0.35])
    bad = rng.random(600) < grade_pd[grade] * 1.1
    scores = grade.astype(float)
    pd = grade_pd[grade]
    baseline = rng.integers(1, 9, size=800).astype(float)
    months = rng.choice(np.array([202311, 202312, 202401]), size=600)
    groups = rng.choice(np.array(["F", "M"]), size=600)
    codes_b = rng.integers(0, 4, size=800)
    codes_c = rng.integers(0, 4, size=600)
    return dict(name="ties", orientation="HIGHER_IS_RISKIER", scores=scores, bad=bad, pd=pd,
                baseline=baseline, months=months, groups=groups, codes_b=codes_b, codes_c=codes_c,
                bands=4, cutoffs=[4.0, 6.0], explicit_cuts=[3.0, 5.0, 7.0], replicates=100,
                hl_groups=8)


def build(d):
    s, bad, pd, o = d["scores"], d["bad"], d["pd"], d["orientation"]
    risk = risk_of(s, o)
    auc = float(roc_auc_score(bad, risk))
    ks, ks_cut = ks_reference(s, bad, o)
    cuts = quantile_cuts(s, d["bands"])
    base_cuts = quantile_cuts(d["baseline"], 10)
    expected = {
        "auc": auc, "gini": 2 * auc - 1, "ks": ks, "ksCutoff": ks_cut,
        "accuracyRatio": cap_area_ar(s, bad, o),
        "roc": roc_reference(s, bad, o),
        "delong": delong_reference(s, bad, o, 0.95),
        "bootstrap": bootstrap_reference(s, bad, o, d["replicates"], 0.95, 20260101),
        "brier": float(brier_score_loss(bad, pd)),
        "logLoss": float(log_loss(bad, pd, eps=LOG_LOSS_EPSILON, labels=[False, True])),
        "scoreCuts": cuts,
        "calibration": band_table(s, bad, pd, cuts),
        "hosmerLemeshow": hosmer_lemeshow_reference(pd, bad, d["hl_groups"]),
        "gains": gains_reference(s, bad, o, cuts),
        "gainsExplicit": gains_reference(s, bad, o, d["explicit_cuts"]),
        "cutoffs": [cutoff_reference(s, bad, o, c) for c in d["cutoffs"]],
        "psiDeciles": psi_reference(d["baseline"], s, base_cuts),
        "psiExplicit": psi_reference(d["baseline"], s, d["explicit_cuts"]),
        "monthly": monthly_reference(d["baseline"], d["months"], s, base_cuts),
        "csiCodes": csi_codes_reference(d["codes_b"], d["codes_c"]),
        "fairness": fairness_reference(d["groups"], s, bad, o, d["cutoffs"][0]),
    }
    return {
        "generator": "tools/reference/metrics_reference.py",
        "versions": {"numpy": np.__version__, "scipy": scipy.__version__,
                     "sklearn": sklearn.__version__},
        "name": d["name"], "orientation": o,
        "scores": s.tolist(), "bad": bad.tolist(), "pd": pd.tolist(),
        "baseline": d["baseline"].tolist(), "months": d["months"].tolist(),
        "groups": d["groups"].tolist(), "baselineCodes": d["codes_b"].tolist(),
        "currentCodes": d["codes_c"].tolist(), "bands": d["bands"],
        "explicitCuts": d["explicit_cuts"], "hlGroups": d["hl_groups"],
        "expected": expected,
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    for d in (dataset_hand(), dataset_overlap(), dataset_ties()):
        path = os.path.join(OUT, "ReferenceValuesTest-" + d["name"] + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(build(d), f, indent=1, sort_keys=True)
            f.write("\n")
        print("wrote", os.path.relpath(path))


if __name__ == "__main__":
    main()
