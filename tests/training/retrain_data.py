"""Small generated data for the retraining-loop tests: fixture variations and one systematic error.

The systematic error is offences.md section 6, pattern 1: an ex-partner's pleading messages after
the break-up, passed on through friends once he is blocked, with no threats. The "base corpus"
here labels it harassment; the law (and the registrars) say stalking (fixation, contact by any
means, a former partner). Every narrative is generated from slots, so each text is distinct.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "narratives.jsonl"

_PREFIXES = ("Ref {n}/25. ", "Log {n}: ", "Call taker note {n}. ", "OIC update {n}. ", "Incident {n} - ",
             "Control room entry {n}. ", "PC {n} reports. ", "Occurrence {n}. ")
_SUFFIXES = (" Log to remain open.", " Advice given.", " IP to call back if further issues.", " Crime ref to follow.",
             " Words of advice given to all.", " Safeguarding considered.", "", " DASH not applicable.")

_EX = ("ex-partner", "ex-boyfriend", "former partner", "ex", "former boyfriend")
_SENT = ("sent her {k} messages", "messaged her {k} times", "sent {k} texts", "left {k} voicemails")
_PLEAD = ("begging her to take him back", "pleading for another chance", "saying he cannot live without her",
          "asking her to give it one more go")
_WHEN = ("since they split {d} weeks ago", "since the relationship ended {d} weeks ago", "since the break-up {d} weeks ago")
_BLOCK = ("She has blocked him on every app", "IP has blocked his number", "She blocked him on social media")
_VIA = ("so he now passes messages through her friends", "so he gets her friends to pass on notes",
        "and he now sends messages through her sister", "so he has started messaging her friends to reach her")
_NO = ("No threats made.", "No threats have been made.", "There have been no threats.")


def _decorate(text: str, rng: random.Random, upper: bool) -> tuple[str, int]:
    prefix = rng.choice(_PREFIXES).format(n=rng.randint(100, 9999))
    suffix = rng.choice(_SUFFIXES)
    body = text.upper() if upper else text
    return prefix + body + suffix, len(prefix)


def fixture_records() -> list[dict]:
    return [json.loads(line) for line in FIXTURES.read_text(encoding="utf-8").splitlines() if line.strip()]


def fixture_variants(seed: int, copies: int, tag: str) -> list[dict]:
    """Each fixture narrative with a random prefix and suffix (spans shifted), ``copies`` times."""
    rng = random.Random(seed)
    out = []
    for copy in range(copies):
        for record in fixture_records():
            text, shift = _decorate(record["text"], rng, upper=rng.random() < 0.25)
            spans = [dict(s, start=s["start"] + shift, end=s["end"] + shift, text=text[s["start"] + shift : s["end"] + shift])
                     for s in record["spans"]]
            out.append(dict(record, id=f"{tag}-{copy}-{record['id']}", text=text, spans=spans))
    return out


def pattern_text(rng: random.Random) -> str:
    return (
        f"IP reports her {rng.choice(_EX)} has {rng.choice(_SENT).format(k=rng.randint(12, 90))} "
        f"{rng.choice(_PLEAD)} {rng.choice(_WHEN).format(d=rng.randint(2, 9))}. "
        f"{rng.choice(_BLOCK)} {rng.choice(_VIA)}. {rng.choice(_NO)}"
    )


def pattern_records(seed: int, n: int, label: str, tag: str) -> list[dict]:
    """``n`` distinct pattern narratives with ``label`` (harassment: the corpus's error; stalking: the law)."""
    rng = random.Random(seed)
    texts: list[str] = []
    while len(texts) < n:
        text, _ = _decorate(pattern_text(rng), rng, upper=rng.random() < 0.2)
        if text not in texts:
            texts.append(text)
    return [
        {"id": f"{tag}-{i}", "text": t, "label": label, "spans": [], "elements": None,
         "style": {"voice": "officer_summary"}, "meta": {"pattern": "ex_partner_pleading", "spans_annotated": False}}
        for i, t in enumerate(texts)
    ]


def audit_rows(records: list[dict], first_case_id: int, label: str | None = None) -> list[dict]:
    """Records as lines of `rightfirst export-audits` (a registrar's decision each)."""
    return [
        {"id": 1000 + first_case_id + i, "case_id": first_case_id + i, "text": r["text"], "label": label or r["label"],
         "decided_by": "key 2 (registrar test)", "decided_at": f"2026-04-{1 + i % 28:02d}T10:00:00+00:00",
         "model_version": "champion"}
        for i, r in enumerate(records)
    ]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def write_example(out: Path, force_cases: int = 500, seed: int = 0) -> dict[str, Path]:
    """The small world of docs/retraining.md: a flawed corpus, frozen sets, and the force's cases to audit.

    ``corpus/train.jsonl`` labels the pleading-ex-partner pattern harassment (the systematic error);
    ``force.jsonl`` holds the force's narratives with the label a registrar gives each (stalking for
    the pattern, the gold label otherwise) and the classification the force recorded.
    """
    corpus = out / "corpus"
    files = {
        "train": write_jsonl(corpus / "train.jsonl",
                             fixture_variants(1, 5, "train") + pattern_records(2, 12, "harassment", "corpus-pattern")),
        "dev": write_jsonl(corpus / "dev.jsonl", fixture_variants(3, 1, "dev")),
        "test": write_jsonl(corpus / "test.jsonl", fixture_variants(4, 2, "test")),
        "challenge": write_jsonl(corpus / "challenge.jsonl", fixture_variants(5, 1, "challenge")),
    }
    rng = random.Random(seed)
    n_pattern = force_cases * 2 // 5
    pattern = pattern_records(10 + seed, n_pattern, "stalking", "force-p")
    others = fixture_variants(20 + seed, -(-(force_cases - n_pattern) // 12), "force-f")[: force_cases - n_pattern]
    cases = [{"reference": f"CRI/2026/{i:06d}", "text": r["text"],
              "recorded": "harassment" if r in pattern else r["label"], "registrar_label": r["label"]}
             for i, r in enumerate(pattern + others)]
    rng.shuffle(cases)
    files["force"] = write_jsonl(out / "force.jsonl", cases)
    # Fresh narratives of the pattern, never audited nor trained on: its error rate, before and after.
    files["probe"] = write_jsonl(out / "pattern_probe.jsonl", pattern_records(99, 50, "stalking", "probe"))
    return files


if __name__ == "__main__":
    import sys

    for name, path in write_example(Path(sys.argv[1] if len(sys.argv) > 1 else "retrain-example")).items():
        print(f"{name}: {path} ({sum(1 for _ in path.open())} lines)")
