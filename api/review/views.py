"""What the templates show, built from stored records: pure functions, no database, no HTTP.

The narrative's highlighting is built here as markup with every piece of text escaped
(``markupsafe.escape``), because it has to interleave tags with narrative text exactly at the span
offsets; everything else goes to Jinja2 as plain values and is autoescaped there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from model.suggestion import EvidenceSpan
from model.taxonomy import ELEMENT_NAMES, LABELS, load_taxonomy
from storage.review import lowers_stalking

STATUS_WORDS = {"met": "met", "not_met": "not met", "unclear": "unclear"}
STATUS_MARKS = {"met": "✓", "not_met": "✗", "unclear": "?"}
ELEMENT_TITLES = {
    "course_of_conduct": "Course of conduct",
    "stalking_behaviour": "Stalking behaviour",
    "fear_of_violence": "Fear of violence",
    "serious_alarm_distress": "Serious alarm or distress",
    "racial_religious_hostility": "Racial or religious hostility",
}
_SAFE_CLASS = re.compile(r"^[A-Z_]{1,40}$")
_EXCERPT_CHARS = 60


def type_class(evidence_type: str) -> str:
    """CSS class of an evidence type; anything unexpected from storage gets a neutral class."""
    return f"ev-{evidence_type.lower()}" if _SAFE_CLASS.match(evidence_type or "") else "ev-other"


@dataclass(frozen=True)
class SpanView:
    index: int
    start: int
    end: int
    type: str
    subtype: str | None
    score: float
    text: str
    shown: bool  # False when the offsets do not fit the narrative (then it is listed, not highlighted)

    @property
    def title(self) -> str:
        parts = [self.type]
        if self.subtype:
            parts.append(self.subtype)
        parts.append(f"score {self.score:.2f}")
        return " · ".join(parts)

    @property
    def excerpt(self) -> str:
        text = " ".join(self.text.split())
        return text if len(text) <= _EXCERPT_CHARS else text[: _EXCERPT_CHARS - 1] + "…"

    @property
    def css(self) -> str:
        return type_class(self.type)


def span_views(narrative: str | None, spans: list[dict[str, Any]]) -> list[SpanView]:
    views: list[SpanView] = []
    for index, raw in enumerate(spans):
        try:
            span = EvidenceSpan.model_validate(raw)
        except ValueError:
            continue  # a malformed stored span is skipped rather than breaking the page
        fits = narrative is not None and 0 <= span.start < span.end <= len(narrative)
        text = narrative[span.start : span.end] if fits else span.text
        views.append(
            SpanView(index, span.start, span.end, span.type, span.subtype, span.score, text, shown=bool(fits))
        )
    return views


def highlight(narrative: str, spans: list[SpanView]) -> Markup:
    """The narrative as HTML with each evidence span in a <mark> that names its type in visible text.

    Spans may overlap: the text is cut at every span boundary and each piece is marked with the
    innermost (shortest) span covering it; a piece covered by several spans lists them all in its
    title and data attribute. Each span's type name is shown once, where the span starts.
    """
    shown = [s for s in spans if s.shown]
    cuts = sorted({0, len(narrative), *(s.start for s in shown), *(s.end for s in shown)})
    out: list[str] = []
    anchored: set[int] = set()
    for left, right in zip(cuts, cuts[1:], strict=False):
        piece = narrative[left:right]
        covering = [s for s in shown if s.start <= left and right <= s.end]
        if not covering:
            out.append(str(escape(piece)))
            continue
        inner = min(covering, key=lambda s: (s.end - s.start, s.index))
        starting = [s for s in covering if s.start == left and s.index not in anchored]
        attrs = [
            f'class="ev {inner.css}{" ev-overlap" if len(covering) > 1 else ""}"',
            f'data-spans="{escape(" ".join(str(s.index) for s in covering))}"',
            f'title="{escape("; ".join(s.title for s in covering))}"',
        ]
        if starting:
            attrs.insert(0, f'id="span-{starting[0].index}"')
        tags = "".join(
            f'<span class="ev-tag {s.css}" data-span="{s.index}">{escape(s.type)}</span>' for s in starting
        )
        anchored.update(s.index for s in starting)
        out.append(f"<mark {' '.join(attrs)}>{tags}{escape(piece)}</mark>")
    return Markup("".join(out))


@dataclass(frozen=True)
class LegendEntry:
    type: str
    css: str
    subtypes: tuple[str, ...]
    count: int


def legend(spans: list[SpanView]) -> list[LegendEntry]:
    taxonomy = load_taxonomy()
    return [
        LegendEntry(t, type_class(t), subtypes, sum(1 for s in spans if s.type == t))
        for t, subtypes in taxonomy.evidence_types.items()
    ]


@dataclass(frozen=True)
class ElementView:
    name: str
    title: str
    description: str
    status: str
    status_word: str
    mark: str
    note: str
    spans: list[SpanView] = field(default_factory=list)


def element_views(elements: dict[str, Any], spans: list[SpanView]) -> list[ElementView]:
    taxonomy = load_taxonomy()
    by_index = {s.index: s for s in spans}
    views: list[ElementView] = []
    for name in ELEMENT_NAMES:
        raw = elements.get(name) or {}
        status = raw.get("status") if raw.get("status") in STATUS_WORDS else "unclear"
        linked = [by_index[i] for i in raw.get("spans", []) if isinstance(i, int) and i in by_index]
        views.append(
            ElementView(
                name=name,
                title=ELEMENT_TITLES.get(name, name.replace("_", " ").capitalize()),
                description=taxonomy.elements.get(name, ""),
                status=status,
                status_word=STATUS_WORDS[status],
                mark=STATUS_MARKS[status],
                note=str(raw.get("note") or ""),
                spans=linked,
            )
        )
    return views


@dataclass(frozen=True)
class OffenceView:
    label: str
    number: int
    display_name: str
    statute: str | None
    hocr_code: str | None
    limbs: list[tuple[str, str]]  # (limb name, statute)


def offence_view(label: str | None) -> OffenceView | None:
    if label not in LABELS:
        return None
    offence = load_taxonomy().offence(label)
    limbs = [(v.get("display_name", k), v.get("statute", "")) for k, v in (offence.limbs or {}).items()]
    return OffenceView(
        label=label,
        number=LABELS.index(label) + 1,
        display_name=offence.display_name,
        statute=offence.statute,
        hocr_code=offence.hocr_code,
        limbs=limbs,
    )


def label_choices() -> list[OffenceView]:
    """The nine labels in taxonomy order: their position is the 1-9 keyboard shortcut."""
    return [offence_view(label) for label in LABELS]  # type: ignore[misc]


@dataclass(frozen=True)
class Bar:
    label: str
    number: int
    display_name: str
    probability: float
    percent: str
    width: float  # 0-100, the SVG rect's width in a 100-unit viewBox
    suggested: bool
    recorded: bool


def probability_bars(probabilities: dict[str, Any], suggested: str | None, recorded: str | None) -> list[Bar]:
    bars: list[Bar] = []
    taxonomy = load_taxonomy()
    for number, label in enumerate(LABELS, start=1):
        try:
            p = min(max(float(probabilities.get(label, 0.0)), 0.0), 1.0)
        except (TypeError, ValueError):
            p = 0.0
        bars.append(
            Bar(
                label=label,
                number=number,
                display_name=taxonomy.offence(label).display_name,
                probability=p,
                percent=f"{p * 100:.1f}%",
                width=round(p * 100, 2),
                suggested=label == suggested,
                recorded=label == recorded,
            )
        )
    return bars


def second_review_labels(suggested: str | None) -> list[str]:
    """The labels whose choice may be sent for a second review (given to the page's script)."""
    return [label for label in LABELS if lowers_stalking(suggested, label)]


def label_name(label: str | None) -> str:
    if label not in LABELS:
        return label or "—"
    return load_taxonomy().offence(label).display_name
