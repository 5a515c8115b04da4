"""Small-area model: learn measured loneliness from CBS figures, predict where it is unknown.

Why this shape (what a GGD epidemiologist checks first):

- **Validation without leakage.** Areas of one gemeente share a GGD survey, a policy and a
  housing market, so they are never split between training and test: folds are made of whole
  groups (gemeenten). Group order is shuffled with the seed, then each group goes to the fold
  with the fewest areas so far (GroupKFold's balancing with a seeded order).
- **Honest intervals.** Split-conformal on the out-of-fold residuals: the half-width is the
  ceil((n + 1)·level)-th smallest absolute out-of-fold residual. The coverage reported for
  held-out gemeenten uses, for each fold, a half-width computed from the *other* folds only.
- **Reasons.** Per area and predictor: prediction minus the prediction with that predictor set
  to its training median ("what if this area were typical on this figure"), in percentage
  points. For a linear model this is exactly coefficient × (value − median); for trees it is a
  one-at-a-time effect and the effects need not add up to the prediction.
- **Care.** Areas with predictors outside the training range are flagged (extrapolation);
  areas under a minimum population get no published estimate; missing predictor values are
  replaced by the training median and flagged (or dropped / refused, as asked).
- **Reuse.** A model is saved as a pickle of the scikit-learn estimator plus a JSON sidecar
  with predictors, medians, ranges, interval width, metrics and library versions.
"""

from __future__ import annotations

import hashlib
import json
import math
import pickle
import platform
import warnings
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from .errors import WijkaanpakInputError
from .figures import parse_figures

MODEL_FORMAT = "wijkaanpak-loneliness-model"
MODEL_FORMAT_VERSION = 1
DEFAULT_GBM_PARAMS: Dict[str, Any] = {
    "max_iter": 600,
    "learning_rate": 0.05,
    "max_leaf_nodes": 15,
    "min_samples_leaf": 20,
    "l2_regularization": 1.0,
}
DEFAULT_RIDGE_ALPHA = 1.0
EXPLANATION_METHOD = (
    "Per predictor: the estimate minus the estimate with that predictor set to its training "
    "median, in percentage points (one-at-a-time effect; for a linear model coefficient × "
    "(value − median))."
)
INTERVAL_METHOD = (
    "Split-conformal interval: estimate ± the ceil((n+1)·level)-th smallest absolute "
    "out-of-fold residual of the grouped cross-validation (n = training areas). Held-out "
    "coverage: per fold, the half-width is computed from the other folds' residuals only."
)


# --------------------------------------------------------------------------------------------
# building blocks


def grouped_folds(groups: Sequence[Any], n_splits: int = 5, seed: int = 0) -> np.ndarray:
    """Fold number (0 … n_splits-1) per row; all rows of one group share a fold.

    Groups are shuffled with ``seed`` and each goes to the fold with the fewest rows so far,
    which keeps folds balanced in size (like GroupKFold) while the seed varies the split.
    """
    labels = pd.Series(np.asarray(groups, dtype=object)).astype(str).to_numpy()
    uniq, inverse, counts = np.unique(labels, return_inverse=True, return_counts=True)
    if len(uniq) < n_splits:
        raise WijkaanpakInputError(
            f"Grouped cross-validation needs at least {n_splits} groups (gemeenten); "
            f"the training table has {len(uniq)}."
        )
    order = np.random.default_rng(seed).permutation(len(uniq))
    fold_of_group = np.empty(len(uniq), dtype=int)
    load = np.zeros(n_splits)
    for g in order:  # one step per group (hundreds), not per area
        target = int(np.argmin(load))
        fold_of_group[g] = target
        load[target] += counts[g]
    return fold_of_group[inverse]


def conformal_halfwidth(abs_residuals: np.ndarray, level: float) -> float:
    """Split-conformal half-width: the ceil((n+1)·level)-th smallest absolute residual."""
    r = np.sort(np.asarray(abs_residuals, dtype=float))
    r = r[~np.isnan(r)]
    n = len(r)
    if n == 0:
        return math.inf
    k = math.ceil((n + 1) * level)
    return math.inf if k > n else float(r[k - 1])


def spearman_rho(a: np.ndarray, b: np.ndarray) -> float:
    """Spearman rank correlation (Pearson on average ranks), independent of scipy's API."""
    ra = pd.Series(np.asarray(a, dtype=float)).rank().to_numpy()
    rb = pd.Series(np.asarray(b, dtype=float)).rank().to_numpy()
    return float(np.corrcoef(ra, rb)[0, 1])


def regression_metrics(observed: np.ndarray, predicted: np.ndarray) -> Dict[str, float]:
    """R², MAE, RMSE (in the target's units: percentage points) and Spearman ρ."""
    y = np.asarray(observed, dtype=float)
    p = np.asarray(predicted, dtype=float)
    res = y - p
    ss_tot = float(np.sum((y - y.mean()) ** 2))
    return {
        "r2": float(1.0 - np.sum(res**2) / ss_tot) if ss_tot > 0 else float("nan"),
        "mae": float(np.mean(np.abs(res))),
        "rmse": float(np.sqrt(np.mean(res**2))),
        "spearman": spearman_rho(y, p),
        "n": int(len(y)),
    }


def make_estimator(method: str, seed: int, params: Optional[Mapping[str, Any]] = None):
    """A fresh, unfitted scikit-learn regressor for ``method`` 'gbm' or 'ridge'."""
    params = dict(params or {})
    if method == "gbm":
        from sklearn.ensemble import HistGradientBoostingRegressor

        merged = {**DEFAULT_GBM_PARAMS, **params}
        # early_stopping off: its internal validation split would depend on data size.
        return HistGradientBoostingRegressor(early_stopping=False, random_state=seed, **merged)
    if method == "ridge":
        from sklearn.linear_model import Ridge
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler

        return make_pipeline(
            StandardScaler(), Ridge(alpha=params.get("alpha", DEFAULT_RIDGE_ALPHA))
        )
    raise WijkaanpakInputError(f"Unknown model method {method!r}; use 'gbm' or 'ridge'.")


def _numeric_predictors(
    frame: pd.DataFrame,
    predictors: Sequence[str],
    what: str,
    suppressed: Optional[Dict[str, int]] = None,
) -> pd.DataFrame:
    """The predictor columns as floats, read by the one parser of CBS/RIVM figures.

    Suppression markers ('.', 'x', -99997, any number <= -99990) and infinite values (a
    division by zero upstream) are missing, never numbers; other text is an error naming the
    predictor. ``suppressed`` (if given) receives per column how many suppressed values it had.
    """
    missing = [p for p in predictors if p not in frame.columns]
    if missing:
        raise WijkaanpakInputError(
            f"The {what} lacks predictor column(s) {missing}; the model needs {list(predictors)}."
        )
    out = pd.DataFrame(index=frame.index)
    for p in predictors:
        col = frame[p]
        if pd.api.types.is_bool_dtype(col.dtype):
            col = col.astype(float)
        try:
            parsed = parse_figures(col, name=p)
        except WijkaanpakInputError as exc:
            raise WijkaanpakInputError(f"Predictor '{p}' in the {what}: {exc}") from None
        out[p] = parsed.values.astype(float)
        if suppressed is not None and parsed.suppressed:
            suppressed[p] = suppressed.get(p, 0) + parsed.suppressed
    return out


def _codes(frame: pd.DataFrame, code_column: Optional[str]) -> pd.Series:
    if code_column is None:
        return pd.Series(frame.index.astype(str), index=frame.index)
    if code_column not in frame.columns:
        raise WijkaanpakInputError(f"Code column '{code_column}' is not in the table.")
    return frame[code_column].astype(str)


# --------------------------------------------------------------------------------------------
# the model


@dataclass
class LonelinessModel:
    """A trained small-area model with everything needed to apply and explain it."""

    estimator: Any
    method: str
    target: str
    predictors: List[str]
    medians: Dict[str, float]
    ranges: Dict[str, Tuple[float, float]]
    halfwidth: float
    level: float
    seed: int
    target_bounds: Optional[Tuple[float, float]] = (0.0, 100.0)
    labels: Dict[str, str] = field(default_factory=dict)
    params: Dict[str, Any] = field(default_factory=dict)
    metrics: Dict[str, Any] = field(default_factory=dict)
    training: Dict[str, Any] = field(default_factory=dict)
    cv_predictions: Optional[pd.DataFrame] = None
    versions: Dict[str, str] = field(default_factory=dict)

    def label(self, predictor: str) -> str:
        return self.labels.get(predictor, predictor)

    def _clip(self, values: np.ndarray) -> np.ndarray:
        if self.target_bounds is None:
            return values
        return np.clip(values, self.target_bounds[0], self.target_bounds[1])

    def predict_values(self, X: pd.DataFrame) -> np.ndarray:
        """Raw estimates for an already imputed predictor frame (columns = predictors)."""
        return self._clip(self.estimator.predict(X[self.predictors].to_numpy(dtype=float)))

    def contributions(self, X: pd.DataFrame) -> pd.DataFrame:
        """Per predictor: estimate − estimate with that predictor at its training median."""
        arr = X[self.predictors].to_numpy(dtype=float)
        base = self.estimator.predict(arr)
        out = np.empty_like(arr)
        for j, p in enumerate(self.predictors):  # one pass per predictor, vectorised over areas
            changed = arr.copy()
            changed[:, j] = self.medians[p]
            out[:, j] = base - self.estimator.predict(changed)
        return pd.DataFrame(out, index=X.index, columns=self.predictors)


def _versions() -> Dict[str, str]:
    import scipy
    import sklearn

    return {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "pandas": pd.__version__,
        "scipy": scipy.__version__,
        "scikit-learn": sklearn.__version__,
    }


def _prepare_training(
    frame: pd.DataFrame,
    target: str,
    predictors: Sequence[str],
    groups: Union[str, Sequence[Any]],
    code_column: Optional[str],
    nan_policy: str,
) -> Tuple[pd.DataFrame, np.ndarray, np.ndarray, pd.Series, Dict[str, Any]]:
    if nan_policy not in ("impute", "drop", "error"):
        raise WijkaanpakInputError("nan_policy must be 'impute', 'drop' or 'error'.")
    predictors = list(predictors)
    if not predictors:
        raise WijkaanpakInputError("Give at least one predictor.")
    if len(set(predictors)) != len(predictors):
        raise WijkaanpakInputError("A predictor is listed twice.")
    if target in predictors:
        raise WijkaanpakInputError(f"The target '{target}' cannot also be a predictor.")
    if target not in frame.columns:
        raise WijkaanpakInputError(f"Target column '{target}' is not in the training table.")
    if isinstance(groups, str):
        if groups not in frame.columns:
            raise WijkaanpakInputError(f"Group column '{groups}' is not in the training table.")
        group_values = frame[groups]
    else:
        group_values = pd.Series(list(groups), index=frame.index)
        if len(group_values) != len(frame):
            raise WijkaanpakInputError("'groups' must have one value per training area.")
    suppressed: Dict[str, int] = {}
    y_all = _numeric_predictors(frame, [target], "training table", suppressed)[target]
    X_all = _numeric_predictors(frame, predictors, "training table", suppressed)
    codes = _codes(frame, code_column)
    info: Dict[str, Any] = {"n_input": int(len(frame)), "nan_policy": nan_policy}
    # suppressed CBS/RIVM values ('.', -99997, ...) per field, target included: missing
    info["suppressed_by_field"] = suppressed

    keep = y_all.notna() & group_values.notna()
    info["n_target_missing"] = int((~y_all.notna()).sum())
    nan_rows = X_all[keep].isna().any(axis=1)
    info["missing_by_predictor"] = {p: int(n) for p, n in X_all[keep].isna().sum().items() if n > 0}
    if nan_rows.any():
        if nan_policy == "error":
            col = X_all[keep].columns[X_all[keep].isna().any()][0]
            rows = codes[keep][X_all[keep][col].isna()].head(5).tolist()
            raise WijkaanpakInputError(
                f"Predictor '{col}' is empty (NULL) for {int(X_all[keep][col].isna().sum())} "
                f"training area(s), e.g. {rows}. Fill them, drop them, or choose "
                "'impute' (training median, flagged)."
            )
        if nan_policy == "drop":
            keep &= ~X_all.isna().any(axis=1)
    info["n_dropped_missing_predictors"] = int(nan_rows.sum()) if nan_policy == "drop" else 0
    info["n_imputed_rows"] = int(nan_rows.sum()) if nan_policy == "impute" else 0

    X = X_all[keep]
    y = y_all[keep].to_numpy(dtype=float)
    g = group_values[keep].astype(str).to_numpy()
    codes = codes[keep]
    info["n_train"] = int(len(y))
    info["n_groups"] = int(len(np.unique(g)))
    return X, y, g, codes, info


def _impute(X: pd.DataFrame, medians: Mapping[str, float]) -> pd.DataFrame:
    return X.fillna(value=dict(medians))


def _cross_validate(
    X: pd.DataFrame,
    y: np.ndarray,
    folds: np.ndarray,
    method: str,
    seed: int,
    params: Optional[Mapping[str, Any]],
    bounds: Optional[Tuple[float, float]],
    after_fold: Optional[Callable[[], None]] = None,
) -> np.ndarray:
    """Out-of-fold predictions; medians for imputation come from the training folds only."""
    pred = np.empty(len(y))
    for k in np.unique(folds):
        train = folds != k
        med = X[train].median()
        est = make_estimator(method, seed, params)
        est.fit(_impute(X[train], med).to_numpy(dtype=float), y[train])
        pred[~train] = est.predict(_impute(X[~train], med).to_numpy(dtype=float))
        if after_fold is not None:
            after_fold()
    return pred if bounds is None else np.clip(pred, bounds[0], bounds[1])


def _interval_summary(
    y: np.ndarray, pred: np.ndarray, folds: np.ndarray, level: float
) -> Tuple[Dict[str, Any], np.ndarray, np.ndarray]:
    """Held-out coverage: each fold's half-width from the other folds' residuals."""
    abs_res = np.abs(y - pred)
    covered = np.zeros(len(y), dtype=bool)
    width = np.empty(len(y))
    per_fold = []
    for k in np.unique(folds):
        test = folds == k
        q = conformal_halfwidth(abs_res[~test], level)
        covered[test] = abs_res[test] <= q
        width[test] = 2 * q
        per_fold.append(
            {
                "fold": int(k),
                "n": int(test.sum()),
                "halfwidth": q,
                "coverage": float(covered[test].mean()),
            }
        )
    summary = {
        "level": level,
        "coverage_heldout": float(covered.mean()),
        "mean_width": float(width.mean()),
        "per_fold": per_fold,
    }
    return summary, covered, width


def train_loneliness_model(
    frame: pd.DataFrame,
    target: str,
    predictors: Sequence[str],
    groups: Union[str, Sequence[Any]],
    seed: int = 0,
    *,
    method: str = "gbm",
    params: Optional[Mapping[str, Any]] = None,
    n_splits: int = 5,
    level: float = 0.9,
    code_column: Optional[str] = None,
    nan_policy: str = "impute",
    min_training_areas: int = 30,
    baselines: Optional[Mapping[str, Sequence[str]]] = None,
    labels: Optional[Mapping[str, str]] = None,
    target_bounds: Optional[Tuple[float, float]] = (0.0, 100.0),
    progress: Optional[Callable[[float, str], None]] = None,
) -> LonelinessModel:
    """Train on areas with measured loneliness; validate by grouped K-fold cross-validation.

    ``groups``: a column name (normally the gemeente code) or one value per row. Rows without
    a target value (suppressed measurements) are left out and counted. ``baselines``: name →
    predictor list, each fitted as a plain ridge regression under the same folds (default:
    ridge on the same predictors). The returned model is refitted on all training areas.
    ``progress(fraction_done, step)`` is called after every fold of every model and after
    the final fit (fractions rise to 1.0); an exception raised in it stops the training
    there, e.g. when the user cancels. Input is checked before the first call.
    """
    if not 0 < level < 1:
        raise WijkaanpakInputError(f"The interval level must be between 0 and 1 (got {level}).")
    if n_splits < 2:
        raise WijkaanpakInputError("Cross-validation needs at least 2 folds.")
    X, y, g, codes, info = _prepare_training(
        frame, target, predictors, groups, code_column, nan_policy
    )
    predictors = list(predictors)
    if len(y) < max(min_training_areas, 2 * n_splits):
        raise WijkaanpakInputError(
            f"Only {len(y)} training area(s) with a measured '{target}' value; at least "
            f"{max(min_training_areas, 2 * n_splits)} are needed to train and validate a model."
        )
    constant = [p for p in predictors if X[p].nunique(dropna=True) <= 1]
    if constant:
        raise WijkaanpakInputError(
            f"Predictor(s) {constant} have the same value in every training area, so they "
            "cannot explain differences; remove them."
        )
    folds = grouped_folds(g, n_splits, seed)
    baselines = dict(baselines) if baselines else {"ridge, same predictors": predictors}
    for name, cols in baselines.items():
        missing = [c for c in cols if c not in frame.columns]
        if missing:
            raise WijkaanpakInputError(f"Baseline '{name}' needs column(s) {missing}.")
    n_steps = n_splits * (1 + len(baselines)) + 1
    done = [0]

    def step(what: str) -> Callable[[], None]:
        def _report() -> None:
            done[0] += 1
            if progress is not None:
                progress(done[0] / n_steps, what)

        return _report

    pred = _cross_validate(
        X, y, folds, method, seed, params, target_bounds, step(f"cross-validation ({method})")
    )
    metrics: Dict[str, Any] = {"model": regression_metrics(y, pred)}
    interval, covered, width = _interval_summary(y, pred, folds, level)
    metrics["model"]["interval"] = interval
    metrics["model"]["per_fold"] = [
        {"fold": int(k), **regression_metrics(y[folds == k], pred[folds == k])}
        for k in np.unique(folds)
    ]
    halfwidth = conformal_halfwidth(np.abs(y - pred), level)

    metrics["baselines"] = {}
    for name, cols in baselines.items():
        Xb = _numeric_predictors(frame.loc[X.index], list(cols), "training table")
        pb = _cross_validate(
            Xb, y, folds, "ridge", seed, None, target_bounds, step(f"baseline '{name}'")
        )
        mb = regression_metrics(y, pb)
        mb["interval"] = _interval_summary(y, pb, folds, level)[0]
        mb["predictors"] = list(cols)
        metrics["baselines"][name] = mb
    metrics["split"] = {
        "n_splits": n_splits,
        "seed": seed,
        "grouping": groups if isinstance(groups, str) else "given per row",
        "areas_per_fold": [int((folds == k).sum()) for k in range(n_splits)],
        "groups_per_fold": [int(len(np.unique(g[folds == k]))) for k in range(n_splits)],
    }

    medians = {p: float(X[p].median()) for p in predictors}
    est = make_estimator(method, seed, params)
    est.fit(_impute(X, medians).to_numpy(dtype=float), y)
    step("final fit on all training areas")()
    ranges = {p: (float(X[p].min()), float(X[p].max())) for p in predictors}
    lower, upper = pred - halfwidth, pred + halfwidth
    if target_bounds is not None:
        lower, upper = np.clip(lower, *target_bounds), np.clip(upper, *target_bounds)
    cv_table = pd.DataFrame(
        {
            "code": codes.to_numpy(),
            "group": g,
            "fold": folds,
            "observed": y,
            "predicted": pred,
            "residual": y - pred,
            "covered_heldout": covered,
            "width_heldout": width,
        },
        index=X.index,  # the training table's row labels, to join back to the areas
    )
    info.update(
        {
            "target_mean": float(np.mean(y)),
            "target_sd": float(np.std(y)),
            "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }
    )
    return LonelinessModel(
        estimator=est,
        method=method,
        target=target,
        predictors=predictors,
        medians=medians,
        ranges=ranges,
        halfwidth=halfwidth,
        level=level,
        seed=seed,
        target_bounds=tuple(target_bounds) if target_bounds is not None else None,
        labels=dict(labels or {}),
        params={**(DEFAULT_GBM_PARAMS if method == "gbm" else {}), **dict(params or {})},
        metrics=metrics,
        training=info,
        cv_predictions=cv_table,
        versions=_versions(),
    )


def _join_names(names: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Per row, the names where ``mask`` is True joined by ', ' (loop over columns only)."""
    out = np.full(mask.shape[0], "", dtype=object)
    for j, name in enumerate(names):
        sep = np.where(out == "", "", ", ").astype(object)
        out = np.where(mask[:, j], out + sep + name, out)
    return out


def _top_text(contrib: np.ndarray, labels: np.ndarray, top_n: int, sign: int) -> np.ndarray:
    """'label (+1.2); label (+0.4)': the top_n contributions of the given sign, biggest first."""
    signed = contrib * sign
    key = np.where(signed > 0.005, signed, -np.inf)
    order = np.argsort(-key, axis=1, kind="stable")[:, :top_n]
    rows = np.arange(contrib.shape[0])[:, None]
    out = np.full(contrib.shape[0], "", dtype=object)
    for i in range(order.shape[1]):
        idx = order[:, i]
        ok = np.isfinite(key[rows[:, 0], idx])
        val = contrib[rows[:, 0], idx]
        text = labels[idx].astype(str).astype(object) + np.char.mod(" (%+.1f)", val).astype(object)
        sep = np.where(out == "", "", "; ").astype(object)
        out = np.where(ok, out + sep + text, out)
    return out


def apply_loneliness_model(
    model: LonelinessModel,
    frame: pd.DataFrame,
    *,
    population_column: Optional[str] = "aantal_inwoners",
    min_population: float = 100,
    explain: Union[bool, str] = True,
    top_n: int = 3,
) -> pd.DataFrame:
    """Estimate, interval, flags and reasons for every area (row) of ``frame``.

    Columns: ``estimate``, ``lower``, ``upper`` (the model's interval level), ``published``
    (False under ``min_population`` residents or unknown population: estimate and interval
    are then empty), ``out_of_range`` and ``out_of_range_predictors`` (outside the training
    range: the model extrapolates), ``imputed_predictors`` (empty values replaced by the
    training median), ``explanation_up`` / ``explanation_down`` (predictors that push the
    estimate up / down, in percentage points). ``explain="full"`` adds one
    ``contribution_<predictor>`` column per predictor. ``population_column=None`` switches
    the minimum-population rule off deliberately. ``attrs["suppressed_by_field"]``: per
    field, how many suppressed CBS/RIVM values ('.', -99997, ...) were read as missing.
    """
    suppressed: Dict[str, int] = {}
    X = _numeric_predictors(frame, model.predictors, "table to estimate", suppressed)
    missing = X.isna().to_numpy()
    Xi = _impute(X, model.medians)
    arr = Xi.to_numpy(dtype=float)
    estimate = model.predict_values(Xi)

    lo = np.array([model.ranges[p][0] for p in model.predictors])
    hi = np.array([model.ranges[p][1] for p in model.predictors])
    outside = ((arr < lo) | (arr > hi)) & ~missing
    names = np.array([model.label(p) for p in model.predictors], dtype=object)

    out = pd.DataFrame(index=frame.index)
    if population_column is None:
        published = np.ones(len(frame), dtype=bool)
        note = np.full(len(frame), "", dtype=object)
    else:
        if population_column not in frame.columns:
            raise WijkaanpakInputError(
                f"Population column '{population_column}' is not in the table; it is needed "
                f"to withhold estimates for areas under {min_population:g} residents."
            )
        pop = _numeric_predictors(frame, [population_column], "table to estimate", suppressed)[
            population_column
        ].to_numpy()
        published = np.nan_to_num(pop, nan=-1.0) >= min_population
        note = np.where(
            published,
            "",
            np.where(
                np.isnan(pop),
                "population unknown: no estimate published",
                f"fewer than {min_population:g} residents: no estimate published",
            ),
        ).astype(object)
    lower = estimate - model.halfwidth
    upper = estimate + model.halfwidth
    if model.target_bounds is not None:
        lower = np.clip(lower, *model.target_bounds)
        upper = np.clip(upper, *model.target_bounds)
    out["estimate"] = np.where(published, estimate, np.nan)
    out["lower"] = np.where(published, lower, np.nan)
    out["upper"] = np.where(published, upper, np.nan)
    out["published"] = published
    out["note"] = note
    out["out_of_range"] = outside.any(axis=1)
    out["out_of_range_predictors"] = _join_names(names, outside)
    out["imputed_predictors"] = _join_names(names, missing)
    if explain:
        contrib = model.contributions(Xi).to_numpy()
        contrib_shown = np.where(published[:, None], contrib, np.nan)
        out["explanation_up"] = np.where(published, _top_text(contrib, names, top_n, +1), None)
        out["explanation_down"] = np.where(published, _top_text(contrib, names, top_n, -1), None)
        if explain == "full":
            for j, p in enumerate(model.predictors):
                out[f"contribution_{p}"] = contrib_shown[:, j]
    out.attrs["suppressed_by_field"] = suppressed
    return out


# --------------------------------------------------------------------------------------------
# save / load


def _json_safe(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {str(k): _json_safe(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_json_safe(v) for v in obj]
    if isinstance(obj, (np.integer,)):
        return int(obj)
    if isinstance(obj, (float, np.floating)):
        f = float(obj)
        return f if math.isfinite(f) else None
    if isinstance(obj, np.bool_):
        return bool(obj)
    return obj


def save_loneliness_model(model: LonelinessModel, path: Union[str, Path]) -> Tuple[Path, Path]:
    """Write ``<path>.pkl`` (the estimator) and ``<path>.json`` (everything else, readable)."""
    base = Path(path)
    if base.suffix in (".pkl", ".json"):
        base = base.with_suffix("")
    base.parent.mkdir(parents=True, exist_ok=True)
    pkl = base.with_suffix(".pkl")
    blob = pickle.dumps(model.estimator, protocol=4)
    pkl.write_bytes(blob)
    sidecar = {
        "format": MODEL_FORMAT,
        "format_version": MODEL_FORMAT_VERSION,
        "estimator_file": pkl.name,
        "estimator_sha256": hashlib.sha256(blob).hexdigest(),
        "method": model.method,
        "params": model.params,
        "target": model.target,
        "predictors": model.predictors,
        "labels": model.labels,
        "medians": model.medians,
        "training_ranges": {p: list(r) for p, r in model.ranges.items()},
        "interval": {"level": model.level, "halfwidth": model.halfwidth, "method": INTERVAL_METHOD},
        "explanation_method": EXPLANATION_METHOD,
        "target_bounds": list(model.target_bounds) if model.target_bounds else None,
        "seed": model.seed,
        "metrics": model.metrics,
        "training": model.training,
        "versions": model.versions,
    }
    js = base.with_suffix(".json")
    js.write_text(json.dumps(_json_safe(sidecar), indent=2, ensure_ascii=False), encoding="utf-8")
    return pkl, js


def load_loneliness_model(path: Union[str, Path]) -> LonelinessModel:
    """Read a model written by ``save_loneliness_model`` (give either file or the base name).

    Only load models you trust: the estimator is a pickle. The sidecar's checksum guards
    against a swapped or damaged estimator file.
    """
    base = Path(path)
    if base.suffix in (".pkl", ".json"):
        base = base.with_suffix("")
    js = base.with_suffix(".json")
    try:
        meta = json.loads(js.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise WijkaanpakInputError(f"Model description {js} not found.") from None
    if meta.get("format") != MODEL_FORMAT:
        raise WijkaanpakInputError(f"{js} is not a Wijkaanpak loneliness model.")
    if meta.get("format_version", 0) > MODEL_FORMAT_VERSION:
        raise WijkaanpakInputError(f"{js} was written by a newer Wijkaanpak; update the plugin.")
    pkl = js.with_name(meta["estimator_file"])
    try:
        blob = pkl.read_bytes()
    except FileNotFoundError:
        raise WijkaanpakInputError(f"Model file {pkl} not found next to {js.name}.") from None
    if hashlib.sha256(blob).hexdigest() != meta["estimator_sha256"]:
        raise WijkaanpakInputError(f"{pkl.name} does not match {js.name} (checksum differs).")
    now = _versions()
    saved = meta.get("versions", {})
    if saved.get("scikit-learn") != now["scikit-learn"]:
        warnings.warn(
            f"Model trained with scikit-learn {saved.get('scikit-learn')}, now "
            f"{now['scikit-learn']}: check the estimates or retrain.",
            stacklevel=2,
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # sklearn's own version warning: reported above
            estimator = pickle.loads(blob)
    except Exception as exc:  # noqa: BLE001 (any unpickling failure means: retrain)
        raise WijkaanpakInputError(
            f"The model in {pkl.name} cannot be read with scikit-learn {now['scikit-learn']} "
            f"({exc}); train it again."
        ) from None
    interval = meta["interval"]
    return LonelinessModel(
        estimator=estimator,
        method=meta["method"],
        target=meta["target"],
        predictors=list(meta["predictors"]),
        medians={k: float(v) for k, v in meta["medians"].items()},
        ranges={k: (float(v[0]), float(v[1])) for k, v in meta["training_ranges"].items()},
        halfwidth=float(interval["halfwidth"]) if interval["halfwidth"] is not None else math.inf,
        level=float(interval["level"]),
        seed=int(meta["seed"]),
        target_bounds=tuple(meta["target_bounds"]) if meta.get("target_bounds") else None,
        labels=dict(meta.get("labels", {})),
        params=dict(meta.get("params", {})),
        metrics=meta.get("metrics", {}),
        training=meta.get("training", {}),
        cv_predictions=None,
        versions=saved,
    )
