#!/usr/bin/python3
"""Independent reference for WEIGHTED rows in dev.northbound.scoring.toolkit.training: weighted
Weight of Evidence / Information Value on fixed bins, and the weighted logistic fit.

Weights are frequency weights: a row of weight w counts as w rows (reject inference's fuzzy
augmentation gives each reject a bad row of weight p and a good row of weight 1 - p).

WoE / IV (numpy, by hand; the same convention as WoeBin):
  G = sum of the weights of the good rows, B = the same for the bad rows;
  per bin g_b, b_b = the weight sums of its good and bad rows;
  WoE_b = ln((g_b / G) / (b_b / B)), IV_b = (g_b / G - b_b / B) * WoE_b, IV = sum IV_b.
  Smoothing: an empty bin has WoE 0 and IV 0; a bin with g_b = 0 or b_b = 0 (not both) has 0.5
  added to both sums before the shares are taken (G and B unchanged).
  Numeric bins (-inf, c0), [c0, c1), ..., [ck, +inf), then the missing bin (NaN); categorical
  bins: the given label groups, then the missing bin (missing labels and labels in no group).

Logistic fit, logit P(bad) = b0 + sum_i b_i x_i, weighted log-likelihood
  l(b) = sum_r w_r (y_r eta_r - log(1 + exp(eta_r))):
  L2 = 0: statsmodels GLM(Binomial, freq_weights=w). freq_weights is the one that maximises
    exactly this weighted likelihood AND reports it (llf) and standard errors sqrt(diag(inv(X'WX))),
    W = diag(w p (1 - p)), i.e. a row of weight k is k rows. var_weights gives the same estimates
    and, for the binomial family (scale fixed at 1), the same standard errors, but statsmodels'
    llf then is not sum w_r l_r for non-integer weights; the script checks the estimates agree and
    uses freq_weights. scikit-learn LogisticRegression(penalty=None, sample_weight=w) is checked to
    agree on the estimates to 1e-6.
  L2 = lambda > 0: objective -l(b) + (lambda / 2) sum_{i >= 1} b_i^2 (the penalty does not scale
    with the weights; intercept unpenalised) = scikit-learn's C * sum w_r loss_r + ||b||^2 / 2 with
    C = 1 / lambda, solver newton-cholesky (lbfgs checked to 1e-4); standard errors from
    inv(X'WX + lambda D), D = diag(0, 1, ..., 1), in numpy.

The data set is drawn here with numpy (seed 20261219) and written whole into the fixture, so that
Java reads exactly the same rows. Run from the repository root:

    /usr/bin/python3 tools/reference/weighted_reference.py

It rewrites scoring-toolkit/src/test/resources/dev/northbound/scoring/toolkit/training/
WeightedReferenceTest.json; rerunning it rewrites the same bytes.
"""
import json
import math
import os
import warnings

import numpy as np
import statsmodels.api as sm
from sklearn.linear_model import LogisticRegression

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scoring-toolkit", "src",
                   "test", "resources", "dev", "northbound", "scoring", "toolkit", "training",
                   "WeightedReferenceTest.json")

CUTS = [-0.5, 0.0, 0.7]
LABELS = ["A", "B", "C", "D", "E", "F"]
# E is in no group: it falls in the missing bin; F holds goods only: its bin is smoothed
GROUPS = [["A", "B"], ["C"], ["D"], ["F"]]


def dataset():
    rng = np.random.default_rng(20261219)
    n = 400
    x1 = rng.normal(size=n)
    x2 = rng.uniform(-1, 2, size=n)
    x3 = rng.normal(size=n)
    cat = rng.integers(0, 5, size=n)  # A..E
    eta = -0.8 + 0.9 * x1 - 0.6 * x2 + 0.3 * x3 + np.array([0.0, 0.3, -0.4, 0.8, 0.1])[cat]
    bad = rng.random(n) < 1 / (1 + np.exp(-eta))
    # Weights as reject inference makes them: most rows 1, some fractional (a fuzzy reject's bad
    # or good part), a few integers above 1.
    kind = rng.random(n)
    weights = np.where(kind < 0.55, 1.0,
                       np.where(kind < 0.9, np.round(rng.uniform(0.02, 0.98, size=n), 6),
                                rng.integers(2, 4, size=n).astype(float)))
    # Missing values of x1, missing labels, and a label F with goods only (smoothing).
    x1_missing = rng.random(n) < 0.06
    cat_labels = [LABELS[c] for c in cat]
    for r in range(n):
        if rng.random() < 0.05:
            cat_labels[r] = None
    f_rows = [r for r in range(n) if not bad[r]][:7]
    for r in f_rows:
        cat_labels[r] = "F"
    x1 = np.round(x1, 6)
    x2 = np.round(x2, 6)
    x3 = np.round(x3, 6)
    x1_woe = np.where(x1_missing, np.nan, x1)
    return x1_woe, x1, x2, x3, cat_labels, bad.astype(float), weights


def woe_iv(g, b, total_g, total_b):
    if g == 0 and b == 0:
        return 0.0, 0.0
    if g == 0 or b == 0:
        g, b = g + 0.5, b + 0.5
    pg, pb = g / total_g, b / total_b
    woe = math.log(pg / pb)
    return woe, (pg - pb) * woe


def table(bin_of_row, n_bins, y, w):
    total_g = float(np.sum(w[y == 0]))
    total_b = float(np.sum(w[y == 1]))
    bins = []
    for k in range(n_bins):
        mask = bin_of_row == k
        g = float(np.sum(w[mask & (y == 0)]))
        b = float(np.sum(w[mask & (y == 1)]))
        woe, iv = woe_iv(g, b, total_g, total_b)
        bins.append({"goods": int(np.sum(mask & (y == 0))), "bads": int(np.sum(mask & (y == 1))),
                     "goodWeight": g, "badWeight": b, "woe": woe, "iv": iv})
    return {"bins": bins, "iv": sum(x["iv"] for x in bins)}


def numeric_bins(x):
    out = np.searchsorted(np.array(CUTS), x, side="right")  # (-inf, c0) -> 0, [c0, c1) -> 1 ...
    return np.where(np.isnan(x), len(CUTS) + 1, out)


def categorical_bins(labels):
    index = {label: g for g, group in enumerate(GROUPS) for label in group}
    return np.array([index.get(label, len(GROUPS)) if label is not None else len(GROUPS)
                     for label in labels])


def logit(x, y, w, lam):
    X = np.column_stack([np.ones(len(y)), x])
    if lam == 0:
        freq = sm.GLM(y, X, family=sm.families.Binomial(), freq_weights=w).fit(tol=1e-14)
        var = sm.GLM(y, X, family=sm.families.Binomial(), var_weights=w).fit(tol=1e-14)
        assert np.max(np.abs(freq.params - var.params)) < 1e-9, "freq and var weights disagree"
        assert np.max(np.abs(freq.bse - var.bse)) < 1e-9, "freq and var weights' errors disagree"
        beta = np.asarray(freq.params)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            m = LogisticRegression(penalty=None, tol=1e-12, solver="newton-cholesky",
                                   max_iter=1000).fit(x, y, sample_weight=w)
        sk = np.concatenate([m.intercept_, m.coef_[0]])
        print("statsmodels vs sklearn max difference", np.max(np.abs(sk - beta)))
        assert np.max(np.abs(sk - beta)) < 1e-6, "statsmodels and sklearn disagree"
        se = np.asarray(freq.bse)
        llf = float(freq.llf)
    else:
        fits = []
        for solver in ("newton-cholesky", "lbfgs"):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                m = LogisticRegression(C=1 / lam, penalty="l2", tol=1e-12, solver=solver,
                                       max_iter=100000).fit(x, y, sample_weight=w)
            fits.append(np.concatenate([m.intercept_, m.coef_[0]]))
        print("newton-cholesky vs lbfgs max difference", np.max(np.abs(fits[0] - fits[1])))
        assert np.max(np.abs(fits[0] - fits[1])) < 1e-4, "sklearn solvers disagree"
        beta = fits[0]
        se = None
        llf = None
    eta = X @ beta
    p = 1 / (1 + np.exp(-eta))
    H = X.T @ (X * (w * p * (1 - p))[:, None])
    H[1:, 1:] += lam * np.eye(X.shape[1] - 1)
    se_numpy = np.sqrt(np.diag(np.linalg.inv(H)))
    gradient = X.T @ (w * (y - p))
    gradient[1:] -= lam * beta[1:]
    print("l2", lam, "largest gradient entry at the estimate", np.max(np.abs(gradient)))
    assert np.max(np.abs(gradient)) < 1e-8, "not converged"
    if se is not None:
        assert np.max(np.abs(se - se_numpy)) < 1e-8, "statsmodels' errors are not inv(X'WX)"
    ll = float(np.sum(w * (y * eta - np.logaddexp(0, eta))))
    if llf is not None:
        assert abs(llf - ll) < 1e-8, "statsmodels' freq-weighted llf is not sum w l"
    return {"l2": lam, "coefficients": beta.tolist(), "standardErrors": se_numpy.tolist(),
            "logLikelihood": ll}


def main():
    x1_woe, x1, x2, x3, cat, y, w = dataset()
    fixture = {
        "script": "tools/reference/weighted_reference.py",
        "rows": {
            "x1": [None if math.isnan(v) else float(v) for v in x1_woe],
            "x1Complete": x1.tolist(), "x2": x2.tolist(), "x3": x3.tolist(),
            "cat": cat, "bad": [bool(v) for v in y], "weight": w.tolist()},
        "labels": LABELS,
        "woe": {
            "x1": {"cuts": CUTS, **table(numeric_bins(x1_woe), len(CUTS) + 2, y, w)},
            "cat": {"groups": GROUPS, **table(categorical_bins(cat), len(GROUPS) + 1, y, w)}},
        "logit": [logit(np.column_stack([x1, x2, x3]), y, w, 0.0),
                  logit(np.column_stack([x1, x2, x3]), y, w, 2.0)],
    }
    with open(OUT, "w") as f:
        json.dump(fixture, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
