"""The evaluation report: one self-contained HTML page, and the same figures as JSON.

``render_html`` takes a report from ``evaluation.metrics.evaluate`` (optionally a champion-vs-
challenger comparison from ``evaluation.metrics.compare``) and writes a page with every figure
embedded as a base64 PNG, so it can be mailed or archived as one file. Errors are listed by id
only; narrative text appears only when the caller passes the texts and asks for them.
"""

from __future__ import annotations

import base64
import html
import io
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from model.taxonomy import ELEMENT_NAMES

__all__ = ["figure_data", "render_html"]


def figure_data(report: Mapping[str, Any]) -> dict[str, Any]:
    """The data behind each figure, in plain JSON (what the PNGs show)."""
    cls = report["classification"]
    return {
        "confusion_matrix": {"labels": cls["labels"], "matrix": cls["confusion_matrix"], "rows": "gold", "columns": "predicted"},
        "reliability_diagram": {
            "ece": report["calibration"]["ece"],
            "n_bins": report["calibration"]["n_bins"],
            "bins": report["calibration"]["reliability"],
        },
        "risk_coverage": {
            "aurc": report["risk_coverage"]["aurc"],
            "points": report["risk_coverage"]["points"],
            "chosen": report["risk_coverage"].get("chosen"),
        },
    }


# ---------------------------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------------------------


def _new_figure(width: float, height: float):
    # Figure + the Agg canvas directly: no pyplot global state, no display needed.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    return fig


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", bbox_inches="tight", metadata={"Software": None})
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _confusion_png(data: Mapping[str, Any]) -> str:
    import numpy as np

    labels = data["labels"]
    matrix = np.asarray(data["matrix"], dtype=float)
    row_sums = matrix.sum(axis=1, keepdims=True)
    share = np.divide(matrix, row_sums, out=np.zeros_like(matrix), where=row_sums > 0)
    fig = _new_figure(8.5, 7.5)
    ax = fig.add_subplot()
    im = ax.imshow(share, cmap="Blues", vmin=0.0, vmax=1.0)
    ax.set_xticks(range(len(labels)), labels=labels, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(labels)), labels=labels, fontsize=8)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    for i in range(len(labels)):
        for j in range(len(labels)):
            if matrix[i, j]:
                ax.text(j, i, f"{int(matrix[i, j])}", ha="center", va="center", fontsize=8,
                        color="white" if share[i, j] > 0.6 else "black")
    fig.colorbar(im, ax=ax, fraction=0.046, pad=0.04, label="share of gold row")
    ax.set_title("Confusion matrix (counts; colour = share of the gold label)")
    return _png(fig)


def _reliability_png(data: Mapping[str, Any]) -> str:
    bins = data["bins"]
    fig = _new_figure(5.5, 5.0)
    ax = fig.add_subplot()
    width = bins[0]["upper"] - bins[0]["lower"] if bins else 1.0
    filled = [b for b in bins if b["count"]]
    ax.bar([b["lower"] for b in filled], [b["accuracy"] for b in filled], width=width, align="edge",
           edgecolor="black", color="#4a7ab5", alpha=0.8, label="accuracy in bin")
    ax.plot([b["confidence"] for b in filled], [b["accuracy"] for b in filled], "o", color="#c0392b",
            label="mean confidence vs accuracy")
    ax.plot([0, 1], [0, 1], "--", color="grey", label="perfect calibration")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("confidence")
    ax.set_ylabel("accuracy")
    ece = data["ece"]
    ax.set_title(f"Reliability diagram (ECE {ece:.3f}, {data['n_bins']} bins)" if ece is not None else "Reliability diagram")
    ax.legend(loc="upper left", fontsize=8)
    return _png(fig)


def _risk_coverage_png(data: Mapping[str, Any], champion: Mapping[str, Any] | None = None) -> str:
    fig = _new_figure(5.5, 5.0)
    ax = fig.add_subplot()
    lowest = 1.0

    def curve(points, **style):
        nonlocal lowest
        if not points:
            return
        # Each point holds from the previous coverage up to its own: a step drawn from coverage 0.
        xs = [0.0] + [p["coverage"] for p in points]
        ys = [points[0]["accuracy"]] + [p["accuracy"] for p in points]
        ax.plot(xs, ys, drawstyle="steps-pre", marker="." if len(points) < 40 else None, **style)
        lowest = min(lowest, *ys)

    curve(data["points"], label="this model")
    if champion is not None:
        curve(champion["points"], linestyle="--", label="champion")
    chosen = data.get("chosen")
    if chosen and chosen.get("achievable"):
        ax.axhline(chosen["target_accuracy"], color="grey", linestyle=":", label=f"target {chosen['target_accuracy']:.2f}")
        ax.plot([chosen["coverage"]], [chosen["accuracy"]], "o", color="#c0392b",
                label=f"threshold {chosen['threshold']:.3f}: coverage {chosen['coverage']:.2f}")
    ax.set_xlim(0, 1.02)
    ax.set_ylim(max(0.0, lowest - 0.05), 1.01)
    ax.set_xlabel("coverage (share not sent to review)")
    ax.set_ylabel("accuracy of accepted suggestions")
    aurc = data.get("aurc")
    ax.set_title(f"Risk-coverage curve (AURC {aurc:.3f})" if aurc is not None else "Risk-coverage curve")
    ax.legend(loc="lower left", fontsize=8)
    return _png(fig)


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------


def _fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "&ndash;"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return html.escape(str(value))


def _signed(value: float | None) -> str:
    if value is None:
        return "&ndash;"
    cls = "up" if value > 1e-12 else "down" if value < -1e-12 else ""
    return f'<span class="{cls}">{value:+.3f}</span>'


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], caption: str | None = None, cls: str = "") -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    cap = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    return f'<table class="{cls}">{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _img(b64: str, alt: str) -> str:
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{b64}">'


_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1100px;color:#222;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}th,td{border:1px solid #ddd;padding:.25rem .55rem;text-align:right}
th:first-child,td:first-child{text-align:left}thead th{background:#f3f5f8}caption{text-align:left;font-weight:600;padding:.3rem 0}
.headline td{font-size:1rem}.figs{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}.figs img{max-width:100%;border:1px solid #eee}
.up{color:#1e7d32}.down{color:#b71c1c}.muted{color:#666;font-size:.85rem}.reasons li{color:#b71c1c}.ok{color:#1e7d32}
"""


def _headline(report: Mapping[str, Any]) -> str:
    cls, spans = report["classification"], report.get("spans")
    token_f1 = spans["token"]["typed"]["f1"] if spans else None
    rows = [
        ["items", _fmt(report["n"])],
        ["macro-F1", _fmt(cls["macro_f1"])],
        ["accuracy", _fmt(cls["accuracy"])],
        ["behaviour accuracy (none / harassment / stalking)", _fmt(report["factors"]["behaviour"])],
        ["severity accuracy", _fmt(report["factors"]["severity"])],
        ["aggravation accuracy", _fmt(report["factors"]["aggravation"])],
        ["span token-F1 (typed)", _fmt(token_f1)],
        ["ECE", _fmt(report["calibration"]["ece"])],
    ]
    chosen = report["risk_coverage"].get("chosen")
    if chosen:
        rows.append([
            f"threshold for {chosen['target_accuracy']:.0%} accuracy of accepted",
            _fmt(chosen["threshold"]) + (f" (coverage {chosen['coverage']:.3f})" if chosen["achievable"] else " (not reachable)"),
        ])
    review = report.get("review")
    if review:
        rows.append(["model's own review flags: coverage / accuracy not flagged",
                     f"{_fmt(review['coverage'])} / {_fmt(review['accuracy_not_flagged'])}"])
    return _table(["measure", "value"], rows, cls="headline")


def _per_label(report: Mapping[str, Any]) -> str:
    cls = report["classification"]
    rows = [
        [html.escape(label), _fmt(m["precision"]), _fmt(m["recall"]), _fmt(m["f1"]), _fmt(m["support"]), _fmt(m["predicted"])]
        for label, m in cls["per_label"].items()
    ]
    return _table(["label", "precision", "recall", "F1", "support", "predicted"], rows)


def _per_group(report: Mapping[str, Any], key: str, name: str) -> str:
    groups = report.get(key) or {}
    if not groups:
        return ""
    rows = [
        [html.escape(v), _fmt(m["n"]), _fmt(m["accuracy"]), _fmt(m["macro_f1"]), _fmt(m["behaviour_accuracy"])]
        for v, m in groups.items()
    ]
    return _table([name, "items", "accuracy", "macro-F1", "behaviour accuracy"], rows)


def _span_section(report: Mapping[str, Any]) -> str:
    spans = report.get("spans")
    if not spans:
        return '<p class="muted">This model predicts no evidence spans.</p>'
    rows = []
    for kind, name in (("token", "token-level"), ("iou", f"span IOU &ge; {spans['iou']['threshold']}")):
        for typed in ("typed", "untyped"):
            m = spans[kind][typed]
            rows.append([f"{name}, {typed}", _fmt(m["precision"]), _fmt(m["recall"]), _fmt(m["f1"]),
                         _fmt(m["tp"]), _fmt(m["predicted"]), _fmt(m["gold"])])
    return _table(["measure", "precision", "recall", "F1", "matched", "predicted", "gold"], rows,
                  caption="Micro-averaged over the whole set; tokens are regex word tokens")


def _element_section(report: Mapping[str, Any]) -> str:
    el = report.get("elements")
    if not el:
        return '<p class="muted">This model predicts no legal elements.</p>'
    rows = [[html.escape(n), _fmt(el["per_element"][n]["accuracy"]), _fmt(el["per_element"][n]["unclear_rate"])]
            for n in ELEMENT_NAMES if n in el["per_element"]]
    rows.append(["all five right", _fmt(el["all_correct"]), ""])
    return _table(["element", "accuracy", "unclear"], rows)


def _paired(test: Mapping[str, Any] | None) -> str:
    return "" if test is None else f"{test['b']}/{test['c']}, {test['p_value']:.3g}"


def _comparison_section(comparison: Mapping[str, Any], reasons: Sequence[str] | None) -> str:
    parts = ["<h2>Champion against challenger</h2>"]
    head = [[name, _fmt(comparison[key]["champion"]), _fmt(comparison[key]["challenger"]), _signed(comparison[key]["delta"])]
            for key, name in (("macro_f1", "macro-F1"), ("accuracy", "accuracy"), ("ece", "ECE (lower is better)"))]
    parts.append(_table(["measure", "champion", "challenger", "change"], head))
    rows = [[html.escape(label), _signed(d["precision"]), _signed(d["recall"]), _signed(d["f1"]), _fmt(d["support"]),
             _paired(d.get("mcnemar"))]
            for label, d in comparison["per_label"].items()]
    parts.append(_table(["label", "&Delta; precision", "&Delta; recall", "&Delta; F1", "support",
                         "McNemar on its items b/c, p"], rows,
                        caption="Per-label change (challenger minus champion)"))
    mc = comparison["mcnemar"]
    parts.append(
        f"<p>McNemar's test ({html.escape(mc['method'])}) on paired correctness: champion right and challenger wrong "
        f"on {mc['b']} items, challenger right and champion wrong on {mc['c']}; p = {mc['p_value']:.4g}.</p>"
    )
    permutation = comparison["macro_f1"].get("permutation")
    if permutation:
        parts.append(
            f"<p>Paired permutation test of the macro-F1 change ({permutation['n_permutations']} permutations): "
            f"p = {permutation['p_value']:.4g}.</p>"
        )
    if reasons is not None:
        if reasons:
            items = "".join(f"<li>{html.escape(r)}</li>" for r in reasons)
            parts.append(f'<p>Promotion gate: <strong class="down">refused</strong></p><ul class="reasons">{items}</ul>')
        else:
            parts.append('<p>Promotion gate: <strong class="ok">passed</strong></p>')
    return "\n".join(parts)


def _errors_section(report: Mapping[str, Any], texts: Mapping[str, str] | None, show_text: bool) -> str:
    errors = report.get("errors") or []
    if not errors:
        return "<p>No errors.</p>"
    with_text = bool(show_text and texts)
    headers = ["id", "gold", "predicted", "confidence"] + (["narrative"] if with_text else [])
    rows = []
    for e in errors:
        row = [html.escape(str(e["id"])), html.escape(e["gold"]), html.escape(e["predicted"]), _fmt(e["confidence"])]
        if with_text:
            row.append(f'<div style="text-align:left;white-space:pre-wrap">{html.escape(texts.get(str(e["id"]), ""))}</div>')
        rows.append(row)
    note = (f"The {len(errors)} most confident of {report.get('n_errors', len(errors))} errors. "
            + ("Narrative text shown on request." if with_text else "By reference only; look the ids up in the source set."))
    return f'<p class="muted">{html.escape(note)}</p>' + _table(headers, rows)


def render_html(
    report: Mapping[str, Any],
    path: str | Path,
    *,
    title: str = "rightfirst evaluation report",
    subtitle: str | None = None,
    comparison: Mapping[str, Any] | None = None,
    champion: Mapping[str, Any] | None = None,
    gate_reasons: Sequence[str] | None = None,
    texts: Mapping[str, str] | None = None,
    show_text: bool = False,
) -> dict[str, Path]:
    """Write the report page to ``path`` and its figure data to ``<path stem>.figures.json``.

    ``comparison`` (from ``metrics.compare``) adds the champion-vs-challenger section, with
    ``gate_reasons`` (from ``metrics.gate_reasons``) when given and ``champion``'s risk-coverage
    curve drawn for reference. Narrative text is shown for the listed errors only when both
    ``texts`` (id -> text) and ``show_text=True`` are given. Returns the two paths written.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = figure_data(report)
    if comparison is not None:
        data["comparison"] = dict(comparison) | ({"gate_reasons": list(gate_reasons)} if gate_reasons is not None else {})
    cm_png = _confusion_png(data["confusion_matrix"])
    rel_png = _reliability_png(data["reliability_diagram"])
    rc_png = _risk_coverage_png(data["risk_coverage"], champion["risk_coverage"] if champion else None)

    sections = [
        f"<h1>{html.escape(title)}</h1>",
        f'<p class="muted">{html.escape(subtitle)}</p>' if subtitle else "",
        "<h2>Headline</h2>", _headline(report),
        "<h2>Per label</h2>", _per_label(report),
        '<h2>Confusion matrix</h2><div class="figs">', _img(cm_png, "confusion matrix"), "</div>",
        "<h2>Calibration and selective prediction</h2>",
        '<div class="figs">', _img(rel_png, "reliability diagram"), _img(rc_png, "risk-coverage curve"), "</div>",
        "<h2>Per voice</h2>", _per_group(report, "per_voice", "voice"),
        _per_group(report, "per_length_band", "length band"),
        "<h2>Evidence spans</h2>", _span_section(report),
        "<h2>Legal elements</h2>", _element_section(report),
        _comparison_section(comparison, gate_reasons) if comparison is not None else "",
        "<h2>Biggest errors</h2>", _errors_section(report, texts, show_text),
    ]
    page = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>\n"
        + "\n".join(s for s in sections if s)
        + "\n</body></html>\n"
    )
    path.write_text(page, encoding="utf-8")
    json_path = path.with_name(path.stem + ".figures.json")
    json_path.write_text(json.dumps(data, indent=2, sort_keys=True), encoding="utf-8")
    return {"html": path, "figures": json_path}
