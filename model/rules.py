"""Rules that feed the legal elements, as a registered spaCy component on a blank English pipeline.

The transformer finds evidence; these rules read what a tagger is poor at: the scope of negation
and hypotheticals ("no threats were made", "if he comes back"), hedges, how many occasions a
narrative describes ("on 14 occasions", "3rd time this wk", "every night since January") and the
context cues of offences.md 4.3 (former partner, mutual rows, lawful purpose, a one-off).
Patterns are data (``rule_patterns.json``) and are saved with each model version.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

COMPONENT_NAME = "rightfirst_rules_v1"
DEFAULT_PATTERNS_PATH = Path(__file__).with_name("rule_patterns.json")

_DATE = re.compile(
    r"\b(\d{1,2}[/.]\d{1,2}([/.]\d{2,4})?"
    r"|\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
    r"|(mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(day)?\b"
    r"|(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{1,2}(st|nd|rd|th)?)",
    re.IGNORECASE,
)

_WORD = re.compile(r"\S+")


@dataclass
class RuleFindings:
    """What the rules read in one narrative. Character ranges are half-open [start, end)."""

    negated: list[tuple[int, int]] = field(default_factory=list)
    hedged: list[tuple[int, int]] = field(default_factory=list)
    occasions: int = 0
    occasion_reasons: list[str] = field(default_factory=list)
    former_partner: bool = False
    live_relationship: bool = False
    mutuality: bool = False
    lawful_purpose: bool = False
    issue_based: bool = False  # the conduct is about an issue (a debt, a boundary), not the person (offences.md 4.3 3b)
    single_incident: bool = False

    def is_negated(self, start: int, end: int) -> bool:
        """A span is cancelled when most of it lies inside a negation or hypothetical scope opened before
        it. A cue inside the span is part of what it says ("said no to meeting him", "you'll never get away")."""
        return _covered([(s, e) for s, e in self.negated if s <= start], start, end) >= 0.5

    def is_hedged(self, start: int, end: int) -> bool:
        return _covered(self.hedged, start, end) >= 0.5


def _covered(ranges: list[tuple[int, int]], start: int, end: int) -> float:
    if end <= start:
        return 0.0
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in ranges)
    return min(1.0, inside / (end - start))


class RuleReader:
    def __init__(self, patterns: dict):
        self.patterns = patterns
        flags = re.IGNORECASE
        self._negation = [re.compile(p, flags) for p in patterns["negation_cues"]]
        self._hypothetical = [re.compile(p, flags) for p in patterns["hypothetical_cues"]]
        self._hedge = [re.compile(p, flags) for p in patterns["hedge_cues"]]
        self._break = re.compile("|".join(patterns["scope_breaks"]), flags)
        # Versions saved before the cap read scopes up to the next break only.
        self._scope_words = patterns.get("scope_max_words")
        self._repetition = [re.compile(p, flags) for p in patterns["repetition_cues"]]
        # Patterns saved with older versions lack the later cue sets; those read as never found.
        self._cue_sets = {
            name: [re.compile(p, flags) for p in patterns.get(f"{name}_cues", [])]
            for name in ("single_incident", "mutuality", "lawful_purpose", "issue_based", "former_partner",
                         "live_relationship")
        }
        words = sorted(patterns["number_words"], key=len, reverse=True)
        number = r"(\d{1,4}|" + "|".join(re.escape(w) for w in words) + r")"
        self._count = re.compile(
            r"\b(approx\.?\s+|about\s+|around\s+|over\s+|at least\s+|x)?" + number + r"\+?\s+(\w+\s+){0,2}?"
            + patterns["count_nouns"] + r"\b",
            flags,
        )
        self._times = re.compile(r"\bx\s?(\d{1,3})\b|\b(\d{1,3})\s?x\b", flags)
        ordinals = "|".join(re.escape(o) for o in sorted(patterns["ordinals"], key=len, reverse=True))
        self._ordinal = re.compile(r"\b(" + ordinals + r")\s+(\w+\s+)?" + patterns["ordinal_nouns"] + r"\b", flags)

    def _scopes(self, text: str, cues: list[re.Pattern]) -> list[tuple[int, int]]:
        scopes = []
        for cue in cues:
            for m in cue.finditer(text):
                stop = self._break.search(text, m.end())
                end = stop.start() if stop else len(text)
                if self._scope_words is not None:
                    # Records often lack full stops: without a cap, one "no" would cancel the rest of the log.
                    words = list(_WORD.finditer(text, m.end(), end))
                    if len(words) > self._scope_words:
                        end = words[self._scope_words - 1].end()
                scopes.append((m.start(), end))
        return scopes

    def _number(self, token: str) -> int:
        token = token.lower()
        if token.isdigit():
            return int(token)
        return int(self.patterns["number_words"].get(token, 0))

    def read(self, text: str) -> RuleFindings:
        findings = RuleFindings()
        findings.negated = self._scopes(text, self._negation + self._hypothetical)
        findings.hedged = self._scopes(text, self._hedge)
        for name, cues in self._cue_sets.items():
            hit = any(
                not findings.is_negated(m.start(), m.end()) or name == "former_partner"
                for cue in cues
                for m in cue.finditer(text)
            )
            setattr(findings, name, hit)
        findings.occasions, findings.occasion_reasons = self._count_occasions(text, findings)
        return findings

    def _count_occasions(self, text: str, findings: RuleFindings) -> tuple[int, list[str]]:
        """A conservative count of distinct occasions; reasons are pattern names, never narrative text."""
        best, reasons = 0, []

        def consider(n: int, reason: str) -> None:
            nonlocal best
            if n > best:
                best = n
            reasons.append(reason)

        for m in self._count.finditer(text):
            if findings.is_negated(m.start(), m.end()):
                continue
            n = self._number(m.group(2))
            if n >= 2:
                consider(min(n, 500), "count of occasions or messages")
        for m in self._times.finditer(text):
            n = int(m.group(1) or m.group(2))
            if 2 <= n <= 200:
                consider(n, "multiplier (x3)")
        for m in self._ordinal.finditer(text):
            if not findings.is_negated(m.start(), m.end()):
                consider(int(self.patterns["ordinals"][m.group(1).lower()]), "ordinal occasion (3rd time)")
        for cue in self._repetition:
            for m in cue.finditer(text):
                if not findings.is_negated(m.start(), m.end()):
                    consider(2, "repetition word")
                    break
        dates = {m.group(0).lower() for m in _DATE.finditer(text)}
        if len(dates) >= 2:
            consider(len(dates), "distinct dates")
        return best, sorted(set(reasons))


@lru_cache(maxsize=4)
def load_patterns(path: str = str(DEFAULT_PATTERNS_PATH)) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


if not Doc.has_extension("rightfirst"):
    Doc.set_extension("rightfirst", default=None)


@Language.factory(COMPONENT_NAME, default_config={"patterns_path": None})
def make_rules(nlp: Language, name: str, patterns_path: str | None):
    reader = RuleReader(load_patterns(patterns_path or str(DEFAULT_PATTERNS_PATH)))

    def rules(doc: Doc) -> Doc:
        doc._.rightfirst = reader.read(doc.text)
        return doc

    return rules


def build_pipeline(patterns_path: Path | None = None) -> Language:
    """A blank English pipeline (no downloaded model) with the rules component."""
    nlp = spacy.blank("en")
    nlp.add_pipe(COMPONENT_NAME, config={"patterns_path": str(patterns_path) if patterns_path else None})
    return nlp
