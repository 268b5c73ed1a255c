"""The model card is generated from the version's own files, hand-written data included."""

from __future__ import annotations

import json
import shutil

from training.card import write_model_card


def _card_with(tiny_model_dir, tmp_path, **training_args) -> str:
    version = tmp_path / "v"
    shutil.copytree(tiny_model_dir, version)
    extras_path = version / "rightfirst.json"
    extras = json.loads(extras_path.read_text())
    extras["training"]["args"].update(training_args)
    extras_path.write_text(json.dumps(extras))
    return write_model_card(version).read_text()


def test_card_says_which_hand_written_narratives_trained_and_calibrated(tiny_model_dir, tmp_path):
    card = _card_with(
        tiny_model_dir, tmp_path, handwritten_file="corpora/handwritten.jsonl", handwritten_weight=3,
        handwritten_train_items=264, handwritten_calibration_items=88, handwritten_sha256="0123456789abcdef",
    )
    assert "264 in training (each x3), 88 in calibration (sha256 0123456789ab)" in card
    assert "chosen on dev and the hand-written calibration split" in card


def test_card_says_when_there_were_none(tiny_model_dir, tmp_path):
    card = _card_with(tiny_model_dir, tmp_path, handwritten_file=None)
    assert "- Hand-written narratives: none." in card
    assert "## Decision settings (chosen on dev)" in card


def test_card_says_in_which_precision_it_trained(tiny_model_dir, tmp_path):
    assert "forward pass in bf16 while training (inference is fp32)" in _card_with(tiny_model_dir, tmp_path, precision="bf16")
    # Versions trained before the setting existed record none: they trained in fp32.
    version = tmp_path / "old"
    shutil.copytree(tiny_model_dir, version)
    extras = json.loads((version / "rightfirst.json").read_text())
    extras["training"]["args"].pop("precision", None)
    (version / "rightfirst.json").write_text(json.dumps(extras))
    assert "forward pass in fp32 while training" in write_model_card(version).read_text()


def test_card_tabulates_every_scored_set_and_says_what_a_version_derives_from(tiny_model_dir, tmp_path):
    version = tmp_path / "v"
    shutil.copytree(tiny_model_dir, version)
    figures = {"n": 10, "macro_f1": 0.5, "accuracy": 0.6, "behaviour_accuracy": 0.7, "span_token_f1_typed": None,
               "span_token_f1_untyped": 0.8, "ece": 0.04, "review": {"coverage": 0.3, "accuracy_not_flagged": 0.97},
               "ablation": {"sequence_head": {"macro_f1": 0.45}, "combined": {"macro_f1": 0.5}},
               "elements": {"per_element": {"course_of_conduct": {"accuracy": 0.9, "unclear_rate": 0.1}}, "all_correct": 0.8}}
    metrics = {f"set{i}": dict(figures, n=i) for i in range(40)}  # far longer than a JSON dump could show
    (version / "metrics.json").write_text(json.dumps(metrics))
    extras = json.loads((version / "rightfirst.json").read_text())
    extras["derived_from"] = {"version": "v0", "rule_patterns_replaced": True, "at": "2026-12-07T06:31:09+00:00"}
    (version / "rightfirst.json").write_text(json.dumps(extras))
    card = write_model_card(version).read_text()
    assert "| set39 | 39 | 0.500 | 0.600 | 0.700 | n/a / 0.800 | 0.040 | 0.300, 0.970 |" in card
    assert "| set39 | 0.450 | 0.500 |" in card
    assert "| set39 | 0.900 | 0.800 |" in card
    assert "Derived from v0 (the same weights), with new rule patterns, recalibrated 2026-12-07T06:31:09+00:00." in card
