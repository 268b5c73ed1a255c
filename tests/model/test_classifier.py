import json

import pytest

from model.errors import InvalidNarrative, ModelNotFound, NarrativeTooLong
from model.suggestion import Suggestion
from model.taxonomy import LABELS


def test_suggestion_contract(tiny_classifier, fixture_records):
    text = fixture_records[0]["text"]
    suggestion = tiny_classifier.classify(text)
    data = json.loads(suggestion.model_dump_json())
    assert set(data) == set(Suggestion.model_fields)
    assert set(data["probabilities"]) == set(LABELS)
    assert abs(sum(data["probabilities"].values()) - 1.0) < 1e-4
    assert data["label"] in LABELS and data["model_version"] == "tiny-test"
    assert set(data["elements"]) == {"course_of_conduct", "stalking_behaviour", "fear_of_violence",
                                     "serious_alarm_distress", "racial_religious_hostility"}
    for span in suggestion.spans:
        assert text[span.start : span.end] == span.text
    for element in suggestion.elements.values():
        assert all(0 <= i < len(suggestion.spans) for i in element.spans)


def test_tiny_model_learns_its_fixture(tiny_classifier, fixture_records):
    suggestions = tiny_classifier.classify_many([r["text"] for r in fixture_records])
    accuracy = sum(s.label == r["label"] for s, r in zip(suggestions, fixture_records)) / len(fixture_records)
    assert accuracy >= 0.75


def test_bad_input_is_refused_without_echoing(tiny_classifier):
    with pytest.raises(InvalidNarrative):
        tiny_classifier.classify("   \n ")
    with pytest.raises(NarrativeTooLong) as info:
        tiny_classifier.classify("secret words " * 5000)
    assert "secret" not in info.value.message


def test_missing_model_directory_is_a_clear_error(tmp_path):
    from model.classifier import load_model

    with pytest.raises(ModelNotFound):
        load_model(tmp_path)


def test_model_version_directory_layout(tiny_model_dir):
    names = {p.name for p in tiny_model_dir.iterdir()}
    assert {"config.json", "model.safetensors", "rightfirst.json", "rule_patterns.json", "README.md", "tokenizer.json"} <= names
    assert not any(n.endswith((".bin", ".pt", ".pkl")) for n in names)
    extras = json.loads((tiny_model_dir / "rightfirst.json").read_text())
    assert extras["decision"]["temperature"] > 0
    assert 0 <= extras["decision"]["review_threshold"] <= 1
