import numpy as np

from model.encoder import tag_names
from model.evidence import decode_spans, merge_token_probs
from model.rules import build_pipeline

TAGS = tag_names()


def one_hot(tag: str) -> np.ndarray:
    v = np.full(len(TAGS), 0.01)
    v[TAGS.index(tag)] = 0.9
    return v


def tokens(text):
    out, i = [], 0
    for word in text.split(" "):
        out.append((i, i + len(word)))
        i += len(word) + 1
    return out


def test_bio_to_character_spans_are_exact():
    text = "He followed her home then sat outside again"
    offsets = tokens(text)
    tags = ["O", "B-STALK_FOLLOW", "I-STALK_FOLLOW", "I-STALK_FOLLOW", "O", "B-STALK_LOITER", "I-STALK_LOITER", "B-REPETITION"]
    spans = decode_spans(text, offsets, np.stack([one_hot(t) for t in tags]), TAGS)
    assert [(s.subtype, s.text) for s in spans] == [
        ("STALK_FOLLOW", "followed her home"),
        ("STALK_LOITER", "sat outside"),
        ("REPETITION", "again"),
    ]
    assert all(text[s.start : s.end] == s.text for s in spans)
    assert spans[0].type == "SURVEILLANCE" and 0 < spans[0].score <= 1


def test_negated_span_is_dropped():
    text = "No threats were made but he followed her"
    findings = build_pipeline()(text)._.rightfirst
    offsets = tokens(text)
    tags = ["O", "B-THREAT_VIOLENCE", "I-THREAT_VIOLENCE", "I-THREAT_VIOLENCE", "O", "O", "B-STALK_FOLLOW", "I-STALK_FOLLOW"]
    spans = decode_spans(text, offsets, np.stack([one_hot(t) for t in tags]), TAGS, findings)
    assert [s.subtype for s in spans] == ["STALK_FOLLOW"]


def test_overlapping_windows_are_averaged():
    a = np.array([[1.0, 0.0], [0.0, 1.0]])
    b = np.array([[0.0, 1.0], [0.0, 1.0]])
    offsets, probs = merge_token_probs([[(0, 2), (3, 5)], [(3, 5), (6, 8)]], [a, b])
    assert offsets == [(0, 2), (3, 5), (6, 8)]
    assert np.allclose(probs[1], [0.0, 1.0])
    assert np.allclose(probs[0], [1.0, 0.0])
