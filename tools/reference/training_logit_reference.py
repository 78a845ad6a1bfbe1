#!/usr/bin/python3
"""Independent reference for the logistic fit of dev.northbound.scoring.toolkit.training.

Model: logit P(bad) = b0 + sum_i b_i x_i, target 1 = bad.

L2 = 0: minimise the negative log-likelihood with scipy.optimize BFGS (analytic gradient,
gtol 1e-12), then standard errors = sqrt(diag(inv(H))) with the analytic Hessian
H = X' diag(p (1 - p)) X computed in numpy at the optimum.

L2 = lambda > 0: the objective is NLL(b) + (lambda / 2) * sum_{i >= 1} b_i^2 (intercept not
penalised). scikit-learn's LogisticRegression minimises C * NLL(b) + (1 / 2) * ||w||^2 without
penalising the intercept, which is the same objective divided by lambda when C = 1 / lambda. The
coefficients come from sklearn (newton-cholesky, tol 1e-12; lbfgs, which stops earlier on its
function tolerance, is checked to agree to 1e-4); the
standard errors from inv(X' W X + lambda D), D = diag(0, 1, ..., 1), in numpy.

Data: German credit numeric columns (scipy.io.arff) and a seeded synthetic set; both written into
the fixture. Usage: /usr/bin/python3 training_logit_reference.py <shared-dir> <output.json>
"""
import json
import sys
import warnings

import numpy as np
from scipy.io import arff
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression


def design(x):
    return np.column_stack([np.ones(len(x)), x])


def nll(beta, X, y, lam):
    eta = X @ beta
    return float(np.sum(np.logaddexp(0, eta) - y * eta) + lam / 2 * np.sum(beta[1:] ** 2))


def grad(beta, X, y, lam):
    p = 1 / (1 + np.exp(-(X @ beta)))
    g = X.T @ (p - y)
    g[1:] += lam * beta[1:]
    return g


def covariance(beta, X, lam):
    p = 1 / (1 + np.exp(-(X @ beta)))
    H = X.T @ (X * (p * (1 - p))[:, None])
    H[1:, 1:] += lam * np.eye(X.shape[1] - 1)
    return np.linalg.inv(H)


def case(name, x, y, lam):
    X = design(x)
    if lam == 0:
        res = minimize(nll, np.zeros(X.shape[1]), args=(X, y, 0.0), jac=grad, method="BFGS",
                       options={"gtol": 1e-12, "maxiter": 100000})
        beta = res.x
        assert np.max(np.abs(grad(beta, X, y, 0.0))) < 1e-6, res.message
    else:
        fits = []
        for solver in ("newton-cholesky", "lbfgs"):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                m = LogisticRegression(C=1 / lam, penalty="l2", tol=1e-12, solver=solver,
                                       max_iter=100000).fit(x, y)
            fits.append(np.concatenate([m.intercept_, m.coef_[0]]))
        print(name, "newton-cholesky vs lbfgs max difference", np.max(np.abs(fits[0] - fits[1])))
        assert np.max(np.abs(fits[0] - fits[1])) < 1e-4, "sklearn solvers disagree"
        beta = fits[0]
    se = np.sqrt(np.diag(covariance(beta, X, lam)))
    return {"name": name, "l2": lam, "x": x.T.tolist(), "bad": [bool(v) for v in y],
            "coefficients": beta.tolist(), "standardErrors": se.tolist(),
            "logLikelihood": -nll(beta, X, y, 0.0)}


def main(shared, output):
    data, _ = arff.loadarff(f"{shared}/datasets/german-credit/credit-g.arff")
    y = np.array([c.decode() == "bad" for c in data["class"]], dtype=float)
    x = np.column_stack([data["duration"], data["credit_amount"] / 1000,
                         data["installment_commitment"], data["age"] / 10])
    rng = np.random.default_rng(7)
    xs = rng.normal(size=(300, 3))
    ys = (rng.random(300) < 1 / (1 + np.exp(-(0.3 + xs @ [1.0, -0.5, 0.25])))).astype(float)
    cases = [case("german-numeric", x, y, 0.0), case("synthetic", xs, ys, 0.0),
             case("german-numeric-l2", x, y, 5.0), case("synthetic-l2", xs, ys, 10.0)]
    json.dump({"script": "tools/reference/training_logit_reference.py", "cases": cases},
              open(output, "w"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
