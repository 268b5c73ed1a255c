"""Evaluation metrics over plain records: pure functions, no I/O, no printing, no randomness.

Everything here works on dicts and lists so that any producer (the model, a baseline, a file of
suggestions written by ``rightfirst classify``) can be scored the same way:

- a *gold record* is a corpus line: ``{"id", "text", "label", "spans", "elements", "style", ...}``;
- a *prediction* is a dumped Suggestion plus its ``id``: ``{"id", "label", "probabilities",
  "confidence", "spans", "elements", "needs_review"}``. ``spans`` and ``elements`` are optional:
  a producer that does not predict them (the TF-IDF baseline) is reported as "not applicable"
  rather than scored as zero.

Results are JSON-serialisable and never contain narrative text: errors are listed by id only.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from model.taxonomy import ELEMENT_NAMES, LABELS, factors_of

__all__ = [
    "FACTORS",
    "IOU_THRESHOLD",
    "N_BINS",
    "apply_temperature",
    "choose_threshold",
    "choose_threshold_by_part",
    "classification_metrics",
    "compare",
    "confusion_matrix",
    "element_accuracy",
    "evaluate",
    "expected_calibration_error",
    "factor_accuracies",
    "fit_temperature",
    "gate_reasons",
    "join_by_id",
    "logits_from_probabilities",
    "mcnemar",
    "per_voice",
    "recalibrate",
    "reliability_diagram",
    "risk_coverage_curve",
    "span_iou_f1",
    "span_token_f1",
    "word_tokens",
]

FACTORS: tuple[str, ...] = ("behaviour", "severity", "aggravation")
N_BINS = 15
IOU_THRESHOLD = 0.5
_WORD = re.compile(r"\w+")


# ---------------------------------------------------------------------------------------------
# Joining gold and predictions
# ---------------------------------------------------------------------------------------------


def join_by_id(
    gold_records: Iterable[Mapping[str, Any]], predictions: Iterable[Mapping[str, Any]]
) -> list[tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """Pair each gold record with the prediction of the same ``id``, in gold order.

    Refuses (ValueError) duplicate ids on either side and any id present on one side only: a
    silently dropped item would change every figure. The message lists a few ids, never text.
    """
    gold = list(gold_records)
    preds = list(predictions)
    gold_ids = [str(r["id"]) for r in gold]
    pred_ids = [str(p["id"]) for p in preds]
    for side, ids in (("gold records", gold_ids), ("predictions", pred_ids)):
        if len(set(ids)) != len(ids):
            dups = sorted(i for i, k in Counter(ids).items() if k > 1)
            raise ValueError(f"{side} contain duplicate ids ({len(dups)}), e.g. {_preview(dups)}")
    missing = sorted(set(gold_ids) - set(pred_ids))
    extra = sorted(set(pred_ids) - set(gold_ids))
    if missing or extra:
        parts = []
        if missing:
            parts.append(f"{len(missing)} gold id(s) have no prediction, e.g. {_preview(missing)}")
        if extra:
            parts.append(f"{len(extra)} prediction id(s) are not in the gold set, e.g. {_preview(extra)}")
        raise ValueError(
            "gold records and predictions do not cover the same ids: " + "; ".join(parts)
            + ". Predict every gold record exactly once."
        )
    by_id = dict(zip(pred_ids, preds))
    return [(g, by_id[i]) for g, i in zip(gold, gold_ids)]


def _preview(ids: Sequence[str], n: int = 5) -> str:
    shown = ", ".join(repr(i) for i in ids[:n])
    return shown + (", ..." if len(ids) > n else "")


# ---------------------------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------------------------


def _safe_div(num: float, den: float) -> float:
    return float(num) / float(den) if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if (p + r) else 0.0


def confusion_matrix(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str] = LABELS) -> list[list[int]]:
    """Rows are gold labels, columns predicted labels, both in ``labels`` order."""
    index = {label: i for i, label in enumerate(labels)}
    for label in list(gold) + list(pred):
        if label not in index:
            raise ValueError(f"unknown label {label!r}; known labels: {', '.join(labels)}")
    matrix = np.zeros((len(labels), len(labels)), dtype=int)
    for g, p in zip(gold, pred, strict=True):
        matrix[index[g], index[p]] += 1
    return matrix.tolist()


def classification_metrics(
    gold: Sequence[str], pred: Sequence[str], labels: Sequence[str] = LABELS
) -> dict[str, Any]:
    """Per-label precision/recall/F1/support, macro-F1, accuracy and the confusion matrix.

    Macro-F1 averages over the labels that occur in gold or in predictions: a label absent from
    both says nothing about the classifier (its row shows ``None``), but a label predicted and
    never present counts, at F1 0, against the average.
    """
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold labels but {len(pred)} predicted labels")
    matrix = np.array(confusion_matrix(gold, pred, labels), dtype=int)
    per_label: dict[str, dict[str, Any]] = {}
    f1s = []
    for i, label in enumerate(labels):
        tp = int(matrix[i, i])
        support = int(matrix[i, :].sum())
        predicted = int(matrix[:, i].sum())
        if support == 0 and predicted == 0:
            per_label[label] = {"precision": None, "recall": None, "f1": None, "support": 0, "predicted": 0}
            continue
        p = _safe_div(tp, predicted)
        r = _safe_div(tp, support)
        f = _f1(p, r)
        f1s.append(f)
        per_label[label] = {"precision": p, "recall": r, "f1": f, "support": support, "predicted": predicted}
    n = len(gold)
    return {
        "labels": list(labels),
        "per_label": per_label,
        "macro_f1": float(np.mean(f1s)) if f1s else None,
        "accuracy": _safe_div(int(np.trace(matrix)), n) if n else None,
        "confusion_matrix": matrix.tolist(),
        "n": n,
    }


def factor_accuracies(gold: Sequence[str], pred: Sequence[str]) -> dict[str, float | None]:
    """Accuracy of each factor of the label (behaviour none/harassment/stalking, severity, aggravation)."""
    if not gold:
        return {f: None for f in FACTORS}
    out: dict[str, float | None] = {}
    for factor in FACTORS:
        hits = sum(factors_of(g)[factor] == factors_of(p)[factor] for g, p in zip(gold, pred, strict=True))
        out[factor] = hits / len(gold)
    return out


def _element_value(value: Any) -> bool | None:
    """Gold elements are booleans; predicted ones are ``{"status": met|not_met|unclear}``."""
    if isinstance(value, Mapping):
        value = value.get("status")
    if isinstance(value, bool):
        return value
    if value == "met":
        return True
    if value == "not_met":
        return False
    return None  # "unclear" or missing: counted as not correct


def element_accuracy(
    gold_elements: Sequence[Mapping[str, Any]], pred_elements: Sequence[Mapping[str, Any] | None]
) -> dict[str, Any] | None:
    """Per-element accuracy (met vs not met); "unclear" counts as wrong and is also reported as a rate."""
    pairs = [(g, p) for g, p in zip(gold_elements, pred_elements, strict=True) if p is not None]
    if not pairs:
        return None
    per: dict[str, dict[str, float]] = {}
    for name in ELEMENT_NAMES:
        correct = unclear = 0
        for g, p in pairs:
            predicted = _element_value(p.get(name))
            if predicted is None:
                unclear += 1
            elif predicted == bool(g.get(name, False)):
                correct += 1
        per[name] = {"accuracy": correct / len(pairs), "unclear_rate": unclear / len(pairs)}
    return {
        "per_element": per,
        "mean_accuracy": float(np.mean([v["accuracy"] for v in per.values()])),
        "all_correct": sum(
            all(_element_value(p.get(n)) == bool(g.get(n, False)) for n in ELEMENT_NAMES) for g, p in pairs
        )
        / len(pairs),
        "n": len(pairs),
    }


# ---------------------------------------------------------------------------------------------
# Spans
# ---------------------------------------------------------------------------------------------


def word_tokens(text: str) -> list[tuple[int, int]]:
    """Character offsets of the regex word tokens (``\\w+``) of ``text``."""
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    if n_pred == 0 and n_gold == 0:
        # Nothing to find and nothing found: no evidence either way.
        return {"precision": None, "recall": None, "f1": None, "tp": 0, "predicted": 0, "gold": 0}
    p = _safe_div(tp, n_pred)
    r = _safe_div(tp, n_gold)
    return {"precision": p, "recall": r, "f1": _f1(p, r), "tp": tp, "predicted": n_pred, "gold": n_gold}


def _token_labels(text: str, spans: Iterable[Mapping[str, Any]]) -> set[tuple[int, str]]:
    tokens = word_tokens(text)
    starts = [t[0] for t in tokens]
    out: set[tuple[int, str]] = set()
    for span in spans:
        s, e = int(span["start"]), int(span["end"])
        # First token that could overlap: the one starting before s may still cover it.
        i = max(0, int(np.searchsorted(starts, s, side="right")) - 1)
        while i < len(tokens) and tokens[i][0] < e:
            if tokens[i][1] > s:  # overlaps [s, e)
                out.add((i, str(span["type"])))
            i += 1
    return out


def span_token_f1(
    texts: Sequence[str],
    gold_spans: Sequence[Sequence[Mapping[str, Any]]],
    pred_spans: Sequence[Sequence[Mapping[str, Any]]],
) -> dict[str, dict[str, Any]]:
    """Token-level micro P/R/F1 over the dataset.

    A token is labelled with a span's type when it overlaps the span. ``typed`` counts a token
    right only with the same type; ``untyped`` only asks whether it is evidence at all.
    """
    t_tp = t_pred = t_gold = u_tp = u_pred = u_gold = 0
    for text, g, p in zip(texts, gold_spans, pred_spans, strict=True):
        gt, pt = _token_labels(text, g), _token_labels(text, p)
        t_tp += len(gt & pt)
        t_pred += len(pt)
        t_gold += len(gt)
        gu, pu = {i for i, _ in gt}, {i for i, _ in pt}
        u_tp += len(gu & pu)
        u_pred += len(pu)
        u_gold += len(gu)
    return {"typed": _prf(t_tp, t_pred, t_gold), "untyped": _prf(u_tp, u_pred, u_gold)}


def _iou(a: Mapping[str, Any], b: Mapping[str, Any]) -> float:
    a0, a1, b0, b1 = int(a["start"]), int(a["end"]), int(b["start"]), int(b["end"])
    inter = max(0, min(a1, b1) - max(a0, b0))
    union = max(a1, b1) - min(a0, b0) if inter else (a1 - a0) + (b1 - b0)
    return inter / union if union > 0 else 0.0


def _match_count(gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]], typed: bool, threshold: float) -> int:
    """One-to-one matches with IOU >= threshold, greedy from the highest IOU down.

    Greedy by IOU equals the optimal assignment whenever matches are unambiguous, and never lets
    one long predicted span claim several gold spans.
    """
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if typed and g["type"] != p["type"]:
                continue
            iou = _iou(g, p)
            if iou >= threshold:
                pairs.append((iou, gi, pi))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
    return len(used_g)


def span_iou_f1(
    gold_spans: Sequence[Sequence[Mapping[str, Any]]],
    pred_spans: Sequence[Sequence[Mapping[str, Any]]],
    threshold: float = IOU_THRESHOLD,
) -> dict[str, dict[str, Any]]:
    """Span-level micro P/R/F1: a predicted span matches a gold one when character IOU >= threshold."""
    n_gold = sum(len(g) for g in gold_spans)
    n_pred = sum(len(p) for p in pred_spans)
    typed = sum(_match_count(g, p, True, threshold) for g, p in zip(gold_spans, pred_spans, strict=True))
    untyped = sum(_match_count(g, p, False, threshold) for g, p in zip(gold_spans, pred_spans, strict=True))
    return {"typed": _prf(typed, n_pred, n_gold), "untyped": _prf(untyped, n_pred, n_gold), "threshold": threshold}


# ---------------------------------------------------------------------------------------------
# Calibration and selective prediction
# ---------------------------------------------------------------------------------------------


def reliability_diagram(confidences: Sequence[float], correct: Sequence[bool], n_bins: int = N_BINS) -> list[dict[str, Any]]:
    """Equal-width bins over [0, 1]; bin i holds confidences in (i/n, (i+1)/n], bin 0 also holds 0."""
    conf = np.asarray(confidences, dtype=float)
    corr = np.asarray(correct, dtype=float)
    if conf.shape != corr.shape:
        raise ValueError("confidences and correct must have the same length")
    if conf.size and (conf.min() < -1e-6 or conf.max() > 1 + 1e-6):
        raise ValueError("confidences must lie in [0, 1]")
    conf = np.clip(conf, 0.0, 1.0)  # float noise from a softmax may overshoot 1 by an ulp
    idx = np.clip(np.ceil(conf * n_bins).astype(int) - 1, 0, n_bins - 1)
    bins = []
    for b in range(n_bins):
        mask = idx == b
        count = int(mask.sum())
        bins.append(
            {
                "lower": b / n_bins,
                "upper": (b + 1) / n_bins,
                "count": count,
                "accuracy": float(corr[mask].mean()) if count else None,
                "confidence": float(conf[mask].mean()) if count else None,
            }
        )
    return bins


def expected_calibration_error(confidences: Sequence[float], correct: Sequence[bool], n_bins: int = N_BINS) -> float | None:
    """ECE = sum over bins of (bin share) * |bin accuracy - bin mean confidence|."""
    n = len(confidences)
    if n == 0:
        return None
    bins = reliability_diagram(confidences, correct, n_bins)
    return float(sum(b["count"] / n * abs(b["accuracy"] - b["confidence"]) for b in bins if b["count"]))


def risk_coverage_curve(confidences: Sequence[float], correct: Sequence[bool]) -> dict[str, Any]:
    """Accept the suggestions with confidence >= t, for every distinct t from the top down.

    Each point gives the threshold, the coverage (share accepted) and the accuracy of the
    accepted ones (risk = 1 - accuracy). Tied confidences are accepted together, since a
    threshold cannot separate them. ``aurc`` is the area under the risk-coverage curve.
    """
    conf = np.asarray(confidences, dtype=float)
    corr = np.asarray(correct, dtype=float)
    n = conf.size
    if n == 0:
        return {"points": [], "aurc": None}
    order = np.argsort(-conf, kind="stable")
    conf_sorted, corr_sorted = conf[order], corr[order]
    cum_correct = np.cumsum(corr_sorted)
    # Last index of each run of equal confidences.
    ends = np.flatnonzero(np.r_[conf_sorted[1:] != conf_sorted[:-1], True])
    points = []
    for end in ends:
        k = int(end) + 1
        acc = float(cum_correct[end] / k)
        points.append({"threshold": float(conf_sorted[end]), "coverage": k / n, "accuracy": acc, "risk": 1.0 - acc})
    # AURC as the mean selective risk over all n prefix sizes (ties share their group's risk).
    risks = np.empty(n)
    prev = 0
    for end in ends:
        risks[prev : end + 1] = 1.0 - cum_correct[end] / (end + 1)
        prev = end + 1
    return {"points": points, "aurc": float(risks.mean())}


def choose_threshold(confidences: Sequence[float], correct: Sequence[bool], target_accuracy: float) -> dict[str, Any]:
    """The lowest confidence threshold whose accepted suggestions are at least ``target_accuracy`` correct.

    The lowest such threshold gives the largest coverage. Suggestions below the threshold go to
    review. When no threshold reaches the target, the threshold is set just above the highest
    confidence so that everything is reviewed (coverage 0) and ``achievable`` is False.
    """
    if not 0.0 <= target_accuracy <= 1.0:
        raise ValueError("target_accuracy must lie in [0, 1]")
    curve = risk_coverage_curve(confidences, correct)["points"]
    ok = [p for p in curve if p["accuracy"] >= target_accuracy - 1e-12]
    if ok:
        best = min(ok, key=lambda p: p["threshold"])
        return {
            "threshold": best["threshold"],
            "coverage": best["coverage"],
            "accuracy": best["accuracy"],
            "target_accuracy": target_accuracy,
            "achievable": True,
        }
    return _review_everything(confidences, target_accuracy)


def _review_everything(confidences: Sequence[float], target_accuracy: float) -> dict[str, Any]:
    """No threshold reaches the target: one just above the highest confidence sends everything to review."""
    top = float(max(confidences)) if len(confidences) else 1.0
    return {
        "threshold": float(np.nextafter(top, np.inf)),
        "coverage": 0.0,
        "accuracy": None,
        "target_accuracy": target_accuracy,
        "achievable": False,
    }


def choose_threshold_by_part(
    confidences: Sequence[float], correct: Sequence[bool], parts: Sequence[str], target_accuracy: float
) -> dict[str, Any]:
    """The lowest threshold at which the accepted suggestions of *every* part are ``target_accuracy`` correct.

    A pooled threshold lets an easy part carry a hard one: calibrated on templated and hand-written
    records together, the accepted templated records fell to 95 % correct while the pool read 97 %.
    A part with nothing accepted at a threshold does not hold it back. The result has
    ``choose_threshold``'s fields (over all records) plus each part's coverage and accuracy.
    """
    if not (len(confidences) == len(correct) == len(parts)):
        raise ValueError("confidences, correct and parts must have the same length")
    if not 0.0 <= target_accuracy <= 1.0:
        raise ValueError("target_accuracy must lie in [0, 1]")
    conf = np.asarray(confidences, dtype=np.float64)
    ok = np.asarray(correct, dtype=bool)
    labels = np.asarray(parts, dtype=object)
    names = sorted(set(parts))

    def accepted(threshold: float, mask: np.ndarray) -> tuple[float, float | None]:
        chosen = mask & (conf >= threshold)
        n = int(chosen.sum())
        return n / max(int(mask.sum()), 1), (float(ok[chosen].mean()) if n else None)

    everyone = np.ones(len(conf), dtype=bool)
    for threshold in sorted(set(conf.tolist())):
        readings = {name: accepted(threshold, labels == name) for name in names}
        if all(acc is None or acc >= target_accuracy - 1e-12 for _, acc in readings.values()):
            coverage, accuracy = accepted(threshold, everyone)
            return {
                "threshold": threshold,
                "coverage": coverage,
                "accuracy": accuracy,
                "target_accuracy": target_accuracy,
                "achievable": True,
                "parts": {name: {"n": int((labels == name).sum()), "coverage": cov, "accuracy": acc}
                          for name, (cov, acc) in readings.items()},
            }
    unreachable = _review_everything(conf.tolist(), target_accuracy)
    unreachable["parts"] = {name: {"n": int((labels == name).sum()), "coverage": 0.0, "accuracy": None} for name in names}
    return unreachable


def _as_label_index(labels: Sequence[Any], classes: Sequence[str]) -> np.ndarray:
    index = {c: i for i, c in enumerate(classes)}
    return np.asarray([index[y] if isinstance(y, str) else int(y) for y in labels], dtype=int)


def _log_softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def apply_temperature(logits: Any, temperature: float) -> np.ndarray:
    """softmax(logits / T), row-wise."""
    if temperature <= 0:
        raise ValueError("temperature must be positive")
    z = np.asarray(logits, dtype=float) / temperature
    return np.exp(_log_softmax(np.atleast_2d(z)))


def logits_from_probabilities(probabilities: Any, eps: float = 1e-12) -> np.ndarray:
    """log p is a valid logit vector (softmax(log p) = p), so stored probabilities can be recalibrated."""
    return np.log(np.clip(np.asarray(probabilities, dtype=float), eps, 1.0))


def fit_temperature(logits: Any, labels: Sequence[Any], classes: Sequence[str] = LABELS) -> float:
    """The temperature T > 0 that minimises the NLL of softmax(logits / T) on held-out data.

    Searches log T: a coarse grid first (the NLL in log T can be flat far from the optimum), then
    bounded Brent refinement around the best grid point. Labels may be class names or indices.
    """
    from scipy.optimize import minimize_scalar

    z = np.atleast_2d(np.asarray(logits, dtype=float))
    y = _as_label_index(labels, classes)
    if z.shape[0] != y.shape[0]:
        raise ValueError(f"{z.shape[0]} logit rows but {y.shape[0]} labels")
    if z.shape[0] == 0:
        raise ValueError("cannot fit a temperature on no data")

    def nll(log_t: float) -> float:
        lp = _log_softmax(z / math.exp(log_t))
        return float(-lp[np.arange(len(y)), y].mean())

    grid = np.linspace(math.log(0.02), math.log(50.0), 81)
    values = [nll(g) for g in grid]
    i = int(np.argmin(values))
    lo, hi = grid[max(i - 1, 0)], grid[min(i + 1, len(grid) - 1)]
    if lo == hi:
        return float(math.exp(grid[i]))
    res = minimize_scalar(nll, bounds=(lo, hi), method="bounded", options={"xatol": 1e-6})
    best = res.x if res.fun <= values[i] else grid[i]
    return float(math.exp(best))


def recalibrate(predictions: Iterable[Mapping[str, Any]], temperature: float, classes: Sequence[str] = LABELS) -> list[dict[str, Any]]:
    """Copies of ``predictions`` with probabilities and confidence rescaled by ``temperature``.

    Uses log p as the logits, so a stored suggestion can be recalibrated without the model: score
    before and after with ``evaluate`` to get the ECE either side of temperature scaling. The
    label keeps its argmax (temperature never changes the ranking).
    """
    out = []
    for pred in predictions:
        probs = pred.get("probabilities") or {}
        row = logits_from_probabilities([[float(probs.get(c, 0.0)) for c in classes]])
        scaled = apply_temperature(row, temperature)[0]
        new = {c: float(v) for c, v in zip(classes, scaled)}
        out.append(dict(pred, probabilities=new, confidence=new.get(pred["label"], 0.0)))
    return out


# ---------------------------------------------------------------------------------------------
# Paired comparison
# ---------------------------------------------------------------------------------------------


def mcnemar(correct_a: Sequence[bool], correct_b: Sequence[bool], method: str = "auto") -> dict[str, Any]:
    """McNemar's test on paired correctness.

    ``b`` = items A got right and B wrong, ``c`` = items A got wrong and B right. ``exact`` is the
    two-sided binomial test on the discordant pairs; ``continuity`` is the chi-squared statistic
    (|b - c| - 1)^2 / (b + c) with one degree of freedom. ``auto`` uses the exact test when
    b + c < 25, where the chi-squared approximation is poor.
    """
    from scipy.stats import binom, chi2

    a = np.asarray(correct_a, dtype=bool)
    b_ = np.asarray(correct_b, dtype=bool)
    if a.shape != b_.shape:
        raise ValueError("paired correctness vectors must have the same length")
    b = int((a & ~b_).sum())
    c = int((~a & b_).sum())
    n = b + c
    if method == "auto":
        method = "exact" if n < 25 else "continuity"
    if method not in ("exact", "continuity"):
        raise ValueError("method must be 'auto', 'exact' or 'continuity'")
    if n == 0:
        return {"b": 0, "c": 0, "statistic": 0.0, "p_value": 1.0, "method": method}
    if method == "exact":
        stat = float(min(b, c))
        p = float(min(1.0, 2.0 * binom.cdf(min(b, c), n, 0.5)))
    else:
        stat = float((abs(b - c) - 1) ** 2 / n) if abs(b - c) >= 1 else 0.0
        p = float(chi2.sf(stat, 1))
    return {"b": b, "c": c, "statistic": stat, "p_value": p, "method": method}


# ---------------------------------------------------------------------------------------------
# Per-voice breakdown
# ---------------------------------------------------------------------------------------------


def per_voice(voices: Sequence[str | None], gold: Sequence[str], pred: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Accuracy, macro-F1 and behaviour accuracy for each narrative voice (``style.voice``).

    Works for any grouping of the items (``evaluate`` also uses it for ``style.length_band``).
    """
    groups: dict[str, list[int]] = defaultdict(list)
    for i, v in enumerate(voices):
        groups[v or "unknown"].append(i)
    out = {}
    for voice in sorted(groups):
        idx = groups[voice]
        g = [gold[i] for i in idx]
        p = [pred[i] for i in idx]
        cm = classification_metrics(g, p)
        out[voice] = {
            "n": len(idx),
            "accuracy": cm["accuracy"],
            "macro_f1": cm["macro_f1"],
            "behaviour_accuracy": factor_accuracies(g, p)["behaviour"],
        }
    return out


# ---------------------------------------------------------------------------------------------
# The whole evaluation
# ---------------------------------------------------------------------------------------------


def _confidence(pred: Mapping[str, Any]) -> float:
    if pred.get("confidence") is not None:
        return float(pred["confidence"])
    probs = pred.get("probabilities") or {}
    return float(probs.get(pred["label"], 0.0))


def _macro_f1_rows(gold: np.ndarray, predicted: np.ndarray, n_labels: int) -> np.ndarray:
    """Macro-F1 of each row of ``predicted`` (rows x items, label indices), as ``classification_metrics``
    defines it: a label absent from both gold and a row's predictions does not count in that row."""
    rows = predicted.shape[0]
    f1_sum = np.zeros(rows)
    present = np.zeros(rows)
    for k in range(n_labels):
        is_gold = gold == k
        is_pred = predicted == k
        tp = (is_pred & is_gold).sum(axis=1)
        denominator = is_pred.sum(axis=1) + int(is_gold.sum())
        # F1 = 2PR / (P + R) = 2tp / (predicted + support), and 0 when tp is 0.
        f1_sum += np.where(denominator > 0, 2 * tp / np.maximum(denominator, 1), 0.0)
        present += denominator > 0
    return f1_sum / np.maximum(present, 1)


def macro_f1_permutation_test(
    gold: Sequence[str], pred_a: Sequence[str], pred_b: Sequence[str], labels: Sequence[str] = LABELS,
    n_permutations: int = 2000, seed: int = 0,
) -> dict[str, Any]:
    """Paired approximate-randomisation test of a macro-F1 difference (B - A) on the same items.

    Macro-F1 is not a sum over items, so McNemar's test does not apply to it. Under the null
    hypothesis the two models are exchangeable on every item: each permutation swaps A's and B's
    predictions on a random half of the items and recomputes the difference. ``p_value`` is the
    two-sided share of permutations, the observed one included, whose difference is at least as
    large in size as the observed one. Seeded, so a gate decision is reproducible.
    """
    if not len(gold) == len(pred_a) == len(pred_b):
        raise ValueError("gold and both predictions must cover the same items")
    if n_permutations < 1:
        raise ValueError("n_permutations must be at least 1")
    index = {label: i for i, label in enumerate(labels)}
    unknown = {x for x in (*gold, *pred_a, *pred_b) if x not in index}
    if unknown:
        raise ValueError(f"labels outside the label set: {', '.join(sorted(unknown))}")
    g = np.array([index[x] for x in gold], dtype=np.int16)
    a = np.array([index[x] for x in pred_a], dtype=np.int16)
    b = np.array([index[x] for x in pred_b], dtype=np.int16)
    observed = float(np.diff(_macro_f1_rows(g, np.stack([a, b]), len(labels)))[0])
    swap = np.random.default_rng(seed).random((n_permutations, len(g))) < 0.5
    deltas = _macro_f1_rows(g, np.where(swap, b, a), len(labels)) - _macro_f1_rows(g, np.where(swap, a, b), len(labels))
    # The tolerance keeps permutations equal to the observed difference (up to float rounding) counted as "as large".
    extreme = int((np.abs(deltas) >= abs(observed) - 1e-12).sum())
    return {"delta": observed, "p_value": (extreme + 1) / (n_permutations + 1), "n_permutations": n_permutations,
            "seed": seed}


def evaluate(
    gold_records: Iterable[Mapping[str, Any]],
    predictions: Iterable[Mapping[str, Any]],
    *,
    n_bins: int = N_BINS,
    target_accuracy: float = 0.97,
    n_errors: int = 20,
) -> dict[str, Any]:
    """Score predictions against gold records joined by ``id``; returns a JSON-serialisable dict.

    Sections: ``classification`` (per label, macro-F1, accuracy, confusion matrix), ``factors``,
    ``elements`` and ``spans`` (None when the producer predicts none), ``calibration`` (ECE and
    the reliability bins), ``risk_coverage`` with the threshold for ``target_accuracy``,
    ``review`` (how the producer's own ``needs_review`` flags did), ``per_voice``, ``errors``
    (the most confident mistakes, by id only) and ``correct`` (per-id correctness, for paired
    tests such as McNemar's).
    """
    pairs = join_by_id(gold_records, predictions)
    unlabelled = [str(p["id"]) for _, p in pairs if not p.get("label")]
    if unlabelled:
        raise ValueError(f"{len(unlabelled)} prediction(s) carry no label, e.g. {_preview(unlabelled)}")
    ids = [str(g["id"]) for g, _ in pairs]
    gold = [g["label"] for g, _ in pairs]
    pred = [p["label"] for _, p in pairs]
    correct = [g == p for g, p in zip(gold, pred)]
    conf = [_confidence(p) for _, p in pairs]

    elements = None
    if any(p.get("elements") for _, p in pairs):
        elements = element_accuracy([g.get("elements") or {} for g, _ in pairs], [p.get("elements") for _, p in pairs])

    spans = None
    if any("spans" in p for _, p in pairs):
        texts = [g["text"] for g, _ in pairs]
        gs = [g.get("spans") or [] for g, _ in pairs]
        ps = [p.get("spans") or [] for _, p in pairs]
        spans = {"token": span_token_f1(texts, gs, ps), "iou": span_iou_f1(gs, ps)}

    review = None
    flags = [p.get("needs_review") for _, p in pairs]
    if any(f is not None for f in flags):
        accepted = [c for c, f in zip(correct, flags) if not f]
        review = {
            "coverage": len(accepted) / len(pairs) if pairs else None,
            "accuracy_not_flagged": (sum(accepted) / len(accepted)) if accepted else None,
            "flagged": sum(bool(f) for f in flags),
        }

    errors = sorted(
        (
            {"id": i, "gold": g, "predicted": p, "confidence": c}
            for i, g, p, c, ok in zip(ids, gold, pred, conf, correct)
            if not ok
        ),
        key=lambda e: (-e["confidence"], e["id"]),
    )

    return {
        "n": len(pairs),
        "classification": classification_metrics(gold, pred),
        "factors": factor_accuracies(gold, pred),
        "elements": elements,
        "spans": spans,
        "calibration": {
            "ece": expected_calibration_error(conf, correct, n_bins),
            "n_bins": n_bins,
            "reliability": reliability_diagram(conf, correct, n_bins),
        },
        "risk_coverage": {
            **risk_coverage_curve(conf, correct),
            "chosen": choose_threshold(conf, correct, target_accuracy) if pairs else None,
        },
        "review": review,
        "per_voice": per_voice([(g.get("style") or {}).get("voice") for g, _ in pairs], gold, pred),
        "per_length_band": per_voice([(g.get("style") or {}).get("length_band") for g, _ in pairs], gold, pred),
        "errors": errors[:n_errors],
        "n_errors": len(errors),
        "correct": dict(zip(ids, correct)),
        "gold": dict(zip(ids, gold)),  # labels only: lets ``compare`` test each label's items on their own
        "predicted": dict(zip(ids, pred)),  # labels only: lets ``compare`` test the macro-F1 difference
    }


def compare(champion: Mapping[str, Any], challenger: Mapping[str, Any]) -> dict[str, Any]:
    """Champion against challenger from two ``evaluate`` reports on the same gold set.

    Per-label deltas (challenger - champion) of precision, recall and F1, deltas of macro-F1,
    accuracy and ECE, and McNemar's test on the items either got right: on the whole set, and per
    label on that label's items (a paired test of the recall change; None for reports without gold).
    The macro-F1 difference gets a paired permutation test (``macro_f1_permutation_test``; None for
    reports without gold and predicted labels).
    """
    ca, cb = champion["correct"], challenger["correct"]
    if set(ca) != set(cb):
        raise ValueError("champion and challenger were evaluated on different ids; compare on the same frozen set")
    ids = sorted(ca)
    gold = champion.get("gold")
    per_label = {}
    for label in champion["classification"]["labels"]:
        a = champion["classification"]["per_label"][label]
        b = challenger["classification"]["per_label"][label]
        own = [i for i in ids if gold[i] == label] if gold is not None else None
        per_label[label] = {
            k: (None if a[k] is None or b[k] is None else b[k] - a[k]) for k in ("precision", "recall", "f1")
        } | {
            "support": a["support"],
            "mcnemar": mcnemar([ca[i] for i in own], [cb[i] for i in own]) if own is not None else None,
        }

    def delta(x: float | None, y: float | None) -> float | None:
        return None if x is None or y is None else y - x

    permutation = None
    if gold is not None and "predicted" in champion and "predicted" in challenger:
        pa, pb = champion["predicted"], challenger["predicted"]
        permutation = macro_f1_permutation_test([gold[i] for i in ids], [pa[i] for i in ids], [pb[i] for i in ids],
                                                champion["classification"]["labels"])
    return {
        "macro_f1": {
            "champion": champion["classification"]["macro_f1"],
            "challenger": challenger["classification"]["macro_f1"],
            "delta": delta(champion["classification"]["macro_f1"], challenger["classification"]["macro_f1"]),
            "permutation": permutation,
        },
        "accuracy": {
            "champion": champion["classification"]["accuracy"],
            "challenger": challenger["classification"]["accuracy"],
            "delta": delta(champion["classification"]["accuracy"], challenger["classification"]["accuracy"]),
        },
        "ece": {
            "champion": champion["calibration"]["ece"],
            "challenger": challenger["calibration"]["ece"],
            "delta": delta(champion["calibration"]["ece"], challenger["calibration"]["ece"]),
        },
        "per_label": per_label,
        "mcnemar": mcnemar([ca[i] for i in ids], [cb[i] for i in ids]),
    }


def _past_chance(test: Mapping[str, Any] | None, alpha: float) -> bool:
    """Whether a drop counts: always without a paired test or with ``alpha`` 1, else when p < ``alpha``."""
    return test is None or alpha >= 1 or test["p_value"] < alpha


def gate_reasons(
    comparison: Mapping[str, Any],
    *,
    recall_tolerance: float = 0.02,
    recall_alpha: float = 0.05,
    max_ece: float = 0.05,
    ece_tolerance: float = 0.01,
    macro_f1_alpha: float = 0.05,
) -> list[str]:
    """Reasons to refuse promoting the challenger; an empty list means the gate passes.

    Refuses when macro-F1 drops and its paired permutation test gives p < ``macro_f1_alpha``;
    when a label's recall drops by more than ``recall_tolerance`` and McNemar's test on that
    label's items gives p < ``recall_alpha`` (so that one narrative of a small label does not
    refuse a model on its own); or when the challenger's ECE is above ``max_ece`` and worse than
    the champion's by more than ``ece_tolerance``. An alpha of 1, or a comparison without the
    paired test (reports that lack gold or predicted labels), refuses every drop.
    """
    reasons = []
    mf = comparison["macro_f1"]
    test = mf.get("permutation")
    if mf["delta"] is not None and mf["delta"] < 0 and _past_chance(test, macro_f1_alpha):
        detail = f" (paired permutation test, p = {test['p_value']:.3g})" if test else ""
        reasons.append(f"macro-F1 drops from {mf['champion']:.4f} to {mf['challenger']:.4f}{detail}")
    for label, d in comparison["per_label"].items():
        test = d.get("mcnemar")
        if d["recall"] is None or d["recall"] >= -recall_tolerance or not _past_chance(test, recall_alpha):
            continue
        detail = f"; McNemar on its items b/c = {test['b']}/{test['c']}, p = {test['p_value']:.3g}" if test else ""
        reasons.append(f"recall of {label} drops by {-d['recall']:.4f} (tolerance {recall_tolerance:.4f}{detail})")
    ece = comparison["ece"]
    if ece["challenger"] is not None and ece["challenger"] > max_ece and (ece["delta"] or 0.0) > ece_tolerance:
        reasons.append(
            f"calibration worse: ECE {ece['challenger']:.4f} above the bound {max_ece:.4f} "
            f"and {ece['delta']:.4f} worse than the champion"
        )
    return reasons
