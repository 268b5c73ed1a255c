"""Audited labels out of the decisions table, and how far registrars agree with the model and each other.

``audited_labels`` gives one row per decided case (its final decision) or one per decision; the
rows are what ``rightfirst export-audits`` writes, ready for ``datasets``. ``agreement`` measures:

- registrar vs model: the final decision against the suggestion the registrar was shown;
- registrar vs registrar: the first decision against the second, on cases sent for a second review.

Both as raw agreement and Cohen's kappa, kappa = (p_o - p_e) / (1 - p_e), where p_e is the chance
agreement from each rater's own label frequencies.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Case, Decision, SuggestionRecord

# Column -> Arrow type alias, in export order. Parquet gets this schema explicitly, so an empty
# export or an all-null column (e.g. model_version) still has the right types.
EXPORT_COLUMNS: dict[str, str] = {
    "id": "int64",  # the decision's id
    "case_id": "int64",
    "text": "string",
    "label": "string",  # the registrar's label: the one to train on
    "decided_by": "string",
    "decided_at": "string",  # ISO 8601, UTC
    "model_version": "string",
    "suggested_label": "string",  # the suggestion the registrar was shown
    "recorded_label": "string",
    "recorded": "string",  # the classification as the force sent it (label or code)
    "reason": "string",
    "second_review": "bool",  # the case went to a second registrar
    "decisions": "int64",  # decisions on the case
}
EXPORT_FIELDS: tuple[str, ...] = tuple(EXPORT_COLUMNS)


def cohen_kappa(a: list[str], b: list[str]) -> float | None:
    """Cohen's kappa of two raters over the same items; None when it is undefined.

    Undefined with no items, or when chance agreement is 1 (both raters always used one and the
    same label): there is then nothing beyond chance to measure.
    """
    if len(a) != len(b):
        raise ValueError("both raters must label the same items")
    n = len(a)
    if n == 0:
        return None
    observed = sum(1 for x, y in zip(a, b, strict=True) if x == y) / n
    count_a, count_b = Counter(a), Counter(b)
    expected = sum(count_a[label] * count_b[label] for label in count_a.keys() | count_b.keys()) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


@dataclass(frozen=True)
class Agreement:
    n: int
    agreement: float | None
    kappa: float | None

    def as_dict(self) -> dict[str, Any]:
        return {"n": self.n, "agreement": self.agreement, "kappa": self.kappa}


def _agreement(a: list[str], b: list[str]) -> Agreement:
    if not a:
        return Agreement(0, None, None)
    same = sum(1 for x, y in zip(a, b, strict=True) if x == y)
    return Agreement(len(a), same / len(a), cohen_kappa(a, b))


def _decisions_by_case(session: Session) -> dict[int, list[Decision]]:
    grouped: dict[int, list[Decision]] = {}
    for decision in session.scalars(select(Decision).order_by(Decision.case_id, Decision.id)):
        grouped.setdefault(decision.case_id, []).append(decision)
    return grouped


def audited_labels(session: Session, *, all_decisions: bool = False) -> tuple[list[dict[str, Any]], int]:
    """Rows for the export and how many decided cases were left out because their narrative was purged.

    By default one row per decided case: its final decision (the second registrar's, where there
    was one), which is the label to train on. ``all_decisions`` gives one row per decision instead.
    A case sent for a second review and not yet reviewed again is left out of the default rows.
    """
    grouped = _decisions_by_case(session)
    if not grouped:
        return [], 0
    cases = {c.id: c for c in session.scalars(select(Case).where(Case.id.in_(list(grouped))))}
    suggestion_ids = {d.suggestion_id for ds in grouped.values() for d in ds if d.suggestion_id is not None}
    suggestions: dict[int, SuggestionRecord] = {}
    if suggestion_ids:
        query = select(SuggestionRecord).where(SuggestionRecord.id.in_(suggestion_ids))
        suggestions = {record.id: record for record in session.scalars(query)}

    rows: list[dict[str, Any]] = []
    purged = 0
    for case_id, decisions in sorted(grouped.items()):
        case = cases[case_id]
        if not all_decisions and decisions[-1].second_review and case.status == "open":
            continue  # waiting for the second registrar: not final yet
        if case.narrative is None:
            purged += 1
            continue
        chosen = decisions if all_decisions else [decisions[-1]]
        for decision in chosen:
            shown = suggestions.get(decision.suggestion_id) if decision.suggestion_id is not None else None
            rows.append(
                {
                    "id": decision.id,
                    "case_id": case_id,
                    "text": case.narrative,
                    "label": decision.label,
                    "decided_by": decision.decided_by,
                    "decided_at": decision.decided_at.isoformat(),
                    "model_version": decision.model_version,
                    "suggested_label": shown.label if shown is not None else None,
                    "recorded_label": case.recorded_label,
                    "recorded": case.recorded,
                    "reason": decision.reason,
                    "second_review": len(decisions) > 1 or decision.second_review,
                    "decisions": len(decisions),
                }
            )
    return rows, purged


def agreement(session: Session) -> dict[str, Agreement]:
    """Registrar vs model and registrar vs registrar, over every decided case (purged or not)."""
    grouped = _decisions_by_case(session)
    suggestion_ids = {d.suggestion_id for ds in grouped.values() for d in ds if d.suggestion_id is not None}
    shown_label: dict[int, str] = {}
    if suggestion_ids:
        query = select(SuggestionRecord.id, SuggestionRecord.label).where(SuggestionRecord.id.in_(suggestion_ids))
        shown_label = {row.id: row.label for row in session.execute(query)}
    statuses: dict[int, str] = {}
    if grouped:
        statuses = {row.id: row.status for row in session.execute(select(Case.id, Case.status).where(Case.id.in_(list(grouped))))}

    registrar: list[str] = []
    model: list[str] = []
    first: list[str] = []
    second: list[str] = []
    for case_id, decisions in grouped.items():
        final = decisions[-1]
        if not (final.second_review and statuses.get(case_id) == "open") and final.suggestion_id in shown_label:
            registrar.append(final.label)
            model.append(shown_label[final.suggestion_id])
        if decisions[0].second_review and len(decisions) >= 2:
            first.append(decisions[0].label)
            second.append(decisions[1].label)
    return {
        "registrar_vs_model": _agreement(registrar, model),
        "registrar_vs_registrar": _agreement(first, second),
    }


__all__ = ["EXPORT_COLUMNS", "EXPORT_FIELDS", "Agreement", "agreement", "audited_labels", "cohen_kappa"]
