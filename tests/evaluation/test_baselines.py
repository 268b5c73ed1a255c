"""The keyword-rule and TF-IDF baselines, run end to end on the fixture."""

from __future__ import annotations

import pytest

from evaluation.baselines import KeywordBaseline, TfidfBaseline, count_occasions
from evaluation.metrics import evaluate
from model.taxonomy import LABELS, label_from_elements


@pytest.fixture(scope="module")
def keyword() -> KeywordBaseline:
    return KeywordBaseline()


def _subtypes(baseline: KeywordBaseline, text: str) -> list[str]:
    return [h["subtype"] for h in baseline.hits(text)]


def test_negation_cancels_only_its_own_clause(keyword):
    subtypes = _subtypes(keyword, "No threats were made but he followed her to the station.")
    assert "STALK_FOLLOW" in subtypes
    assert "THREAT_VIOLENCE" not in subtypes


def test_negated_and_hypothetical_conduct_is_not_evidence(keyword):
    assert "STALK_FOLLOW" not in _subtypes(keyword, "He did not follow her and has not been back.")
    assert "STALK_TURN_UP" not in _subtypes(keyword, "She will call police if he turns up again.")
    # "won't stop" asserts the conduct rather than denying it.
    assert "STALK_CONTACT" in _subtypes(keyword, "He won't stop texting her.")


def test_count_occasions():
    assert count_occasions("he rang her on 3 occasions") == 3
    assert count_occasions("he rang her on five occasions") == 5
    assert count_occasions("it was a one-off argument in the street") == 1
    assert count_occasions("he came back again the next day") == 2
    assert count_occasions("on 03/05 and again on 09/05 and 14/05") == 3
    assert count_occasions("nothing like this had happened before") == 0


def test_single_occasion_is_no_offence(keyword):
    record = {"id": "x", "text": "He sent her one abusive email on Monday. It was a one-off."}
    assert keyword.predict_one(record)["label"] == "no_offence"


def test_keyword_predictions_are_well_formed(keyword, records):
    preds = keyword.predict(records)
    for record, pred in zip(records, preds):
        assert pred["id"] == record["id"]
        assert set(pred["probabilities"]) == set(LABELS)
        assert sum(pred["probabilities"].values()) == pytest.approx(1.0)
        assert pred["confidence"] == pred["probabilities"][pred["label"]]
        for span in pred["spans"]:
            assert record["text"][span["start"] : span["end"]] == span["text"]
        met = {k: v["status"] == "met" for k, v in pred["elements"].items()}
        assert pred["label"] == label_from_elements(met)
        for element in pred["elements"].values():
            assert all(0 <= i < len(pred["spans"]) for i in element["spans"])


def test_keyword_baseline_scores_on_fixture(keyword, records):
    report = evaluate(records, keyword.predict(records))
    # The fixture was written alongside the keyword lists, so this is a floor, not a measurement.
    assert report["classification"]["macro_f1"] >= 0.7
    assert report["factors"]["behaviour"] >= 0.8
    assert report["spans"]["token"]["typed"]["f1"] >= 0.5
    assert report["elements"]["mean_accuracy"] >= 0.8


def test_keyword_baseline_rejects_unknown_subtype():
    with pytest.raises(KeyError):
        KeywordBaseline(keywords={"NOT_A_SUBTYPE": ("x",)})


def test_tfidf_fits_and_is_deterministic(records):
    a = TfidfBaseline(seed=3).fit(records).predict(records)
    b = TfidfBaseline(seed=3).fit(records).predict(records)
    assert [p["probabilities"] for p in a] == [p["probabilities"] for p in b]
    for pred in a:
        assert set(pred["probabilities"]) == set(LABELS)
        assert sum(pred["probabilities"].values()) == pytest.approx(1.0)
        assert pred["confidence"] == max(pred["probabilities"].values())
    report = evaluate(records, a)
    assert report["spans"] is None  # TF-IDF predicts no spans: not applicable, not zero
    assert report["classification"]["accuracy"] >= 0.9  # it memorises its own training set


def test_tfidf_generalises_a_little_and_refuses_bad_input(records):
    model = TfidfBaseline().fit(records)
    unseen = [{"id": "new-1", "text": "He followed her home again and sent her flowers, she has blocked him."}]
    (pred,) = model.predict(unseen)
    assert pred["id"] == "new-1" and pred["label"] in LABELS
    with pytest.raises(RuntimeError):
        TfidfBaseline().predict(unseen)
    with pytest.raises(ValueError, match="unknown labels"):
        TfidfBaseline().fit([{"id": "a", "text": "x", "label": "bullying"}])
