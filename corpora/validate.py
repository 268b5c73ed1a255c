"""Checks every corpus record must pass; run at the end of every build and by `rightfirst corpus validate`.

- the row has the fields, types and keys every other row has (so `datasets` loads it);
- spans are exact (``text[start:end] == span["text"]``), typed and subtyped by the taxonomy;
- ``label == label_from_elements(elements)`` under the precedence rules;
- the elements are supported by the spans (a met element needs its evidence);
- ids are unique, no text appears in two splits, train uses bank half A and dev/test half B.

Messages name record ids and the rule broken, never narrative text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from model.errors import RightfirstError
from model.taxonomy import ELEMENT_NAMES, LABELS, label_from_elements, load_taxonomy

STYLE_KEYS = {"voice": str, "length_band": str, "words": int, "case": str, "noise": str, "typo_rate": float, "redacted": bool}
META_KEYS = {"split": str, "frame": str, "bank": str, "pattern": str, "relationship": str, "occasions": int, "seed": int,
             "alt_offence": str, "hostility": str, "blocker": str}
SPAN_KEYS = {"start": int, "end": int, "type": str, "subtype": str, "text": str}
CONDUCT_TYPES = {"SURVEILLANCE", "CONTACT", "INTERFERENCE", "THREAT", "HOSTILITY"}
NON_CONTACT_TYPES = {"SURVEILLANCE", "INTERFERENCE"}
S2A_TYPES = {"SURVEILLANCE", "CONTACT", "INTERFERENCE"}
HALF_OF_SPLIT = {"train": "A", "dev": "B", "test": "B"}


class CorpusInvalid(RightfirstError):
    status_code = 422
    code = "corpus_invalid"


@dataclass
class Report:
    records: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def raise_if_invalid(self) -> None:
        if self.errors:
            shown = "; ".join(self.errors[:10])
            more = f" (and {len(self.errors) - 10} more)" if len(self.errors) > 10 else ""
            raise CorpusInvalid(f"{len(self.errors)} corpus check(s) failed: {shown}{more}. Fix the builder and rebuild.")


def _types_ok(obj: dict, spec: dict, where: str, errors: list[str]) -> None:
    if set(obj) != set(spec):
        errors.append(f"{where}: keys {sorted(obj)} differ from {sorted(spec)}")
        return
    for key, typ in spec.items():
        value = obj[key]
        if typ is int and isinstance(value, bool) or not isinstance(value, typ):
            errors.append(f"{where}: {key} should be {typ.__name__}")


def check_record(row: dict) -> list[str]:
    """Every rule one record must satisfy on its own."""
    rid = row.get("id", "<no id>")
    errors: list[str] = []
    required = ("id", "text", "label", "spans", "elements", "style", "meta")
    missing = [k for k in required if k not in row]
    if missing or set(row) != set(required):
        return [f"{rid}: fields {sorted(row)} should be exactly {list(required)}"]
    text = row["text"]
    if not isinstance(text, str) or not text.strip():
        return [f"{rid}: text must be a non-empty string"]
    taxonomy = load_taxonomy()
    if row["label"] not in LABELS:
        errors.append(f"{rid}: unknown label {row['label']!r}")
    elements = row["elements"]
    if not isinstance(elements, dict) or set(elements) != set(ELEMENT_NAMES) or not all(isinstance(v, bool) for v in elements.values()):
        errors.append(f"{rid}: elements must map exactly the five element names to booleans")
        return errors
    if label_from_elements(elements) != row["label"]:
        errors.append(f"{rid}: label {row['label']} but the elements give {label_from_elements(elements)}")
    _types_ok(row["style"], STYLE_KEYS, f"{rid} style", errors)
    _types_ok(row["meta"], META_KEYS, f"{rid} meta", errors)

    subtypes: Counter = Counter()
    types: Counter = Counter()
    for i, span in enumerate(row["spans"]):
        where = f"{rid} span {i}"
        if not isinstance(span, dict):
            errors.append(f"{where}: not an object")
            continue
        _types_ok(span, SPAN_KEYS, where, errors)
        if set(span) != set(SPAN_KEYS):
            continue
        start, end = span["start"], span["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            errors.append(f"{where}: offsets out of range")
            continue
        if text[start:end] != span["text"]:
            errors.append(f"{where}: text[start:end] does not equal the span text")
        if span["type"] not in taxonomy.evidence_types:
            errors.append(f"{where}: unknown type {span['type']!r}")
        elif span["subtype"] not in taxonomy.evidence_types[span["type"]]:
            errors.append(f"{where}: subtype {span['subtype']!r} is not a subtype of {span['type']}")
        types[span["type"]] += 1
        subtypes[span["subtype"]] += 1

    meta = row["meta"] if isinstance(row["meta"], dict) else {}
    # a met element needs the evidence that establishes it
    if elements["course_of_conduct"]:
        conduct = sum(types[t] for t in CONDUCT_TYPES)
        if conduct < 2 and not (conduct >= 1 and types["REPETITION"]):
            errors.append(f"{rid}: course_of_conduct met without two conduct spans or a conduct span plus REPETITION")
        occasions = meta.get("occasions")
        if isinstance(occasions, int) and occasions < 2:
            errors.append(f"{rid}: course_of_conduct met with fewer than two occasions in meta")
    if elements["stalking_behaviour"]:
        s2a = sum(types[t] for t in S2A_TYPES)
        non_contact = {s for s in subtypes if taxonomy.type_of_subtype(s) in NON_CONTACT_TYPES}
        if not ((s2a and subtypes["FIXATION"]) or len(non_contact) >= 2 or meta.get("relationship") == "ex_partner"):
            errors.append(f"{rid}: stalking_behaviour met without an act plus FIXATION, two non-contact act types, "
                          "or a former partner")
    if elements["fear_of_violence"]:
        if not (subtypes["THREAT_VIOLENCE"] and subtypes["FEAR_OF_VIOLENCE"]):
            errors.append(f"{rid}: fear_of_violence met without THREAT_VIOLENCE and FEAR_OF_VIOLENCE spans")
        elif subtypes["THREAT_VIOLENCE"] < 2 and not types["REPETITION"]:
            errors.append(f"{rid}: fear_of_violence met with one threat and no REPETITION span")
    if elements["serious_alarm_distress"] != bool(subtypes["SERIOUS_IMPACT"]):
        errors.append(f"{rid}: serious_alarm_distress is {elements['serious_alarm_distress']} but SERIOUS_IMPACT spans "
                      f"number {subtypes['SERIOUS_IMPACT']}")
    if elements["racial_religious_hostility"] != bool(types["HOSTILITY"]):
        errors.append(f"{rid}: racial_religious_hostility is {elements['racial_religious_hostility']} but HOSTILITY spans "
                      f"number {types['HOSTILITY']}")
    split = meta.get("split")
    if split in HALF_OF_SPLIT and meta.get("bank") != HALF_OF_SPLIT[split]:
        errors.append(f"{rid}: split {split} must use bank half {HALF_OF_SPLIT[split]}")
    return errors


def validate_splits(splits: dict[str, list[dict]]) -> Report:
    report = Report()
    ids: Counter = Counter()
    owner: dict[str, str] = {}
    for split, rows in splits.items():
        for row in rows:
            report.records += 1
            report.errors += check_record(row)
            ids[row.get("id")] += 1
            if row.get("meta", {}).get("split") != split:
                report.errors.append(f"{row.get('id')}: meta split does not match file {split}")
            text = row.get("text")
            if text in owner and owner[text] != split:
                report.errors.append(f"{row.get('id')}: same text appears in {owner[text]} and {split}")
            owner.setdefault(text, split)
    report.errors += [f"duplicate id {i} ({n} times)" for i, n in ids.items() if n > 1]
    return report


def validate_dir(out_dir: Path) -> Report:
    from corpora.build import read

    return validate_splits(read(out_dir))
