"""The registry: CURRENT and history, rollback, manifests, listing, the gate's cache and its edge cases."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from model.settings import Settings
from training import registry as reg


def _fake_version(settings: Settings, name: str, train_file: Path | None = None, created: str = "2026-04-01T10:00:00+00:00"):
    path = settings.models_dir / name
    path.mkdir(parents=True)
    args = {"train_file": str(train_file) if train_file else None, "dev_file": None, "extra_records": 3,
            "audit_manifest": {"source": "file", "sha256": "ab" * 32, "used_for_training": 3, "held_out": 1}}
    (path / "rightfirst.json").write_text(json.dumps({
        "version": name, "created": created, "base_model": {"name": "tiny"}, "taxonomy_version": "1",
        "decision": {}, "training": {"args": args, "train_docs": 10},
    }))
    return path


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(models_dir=tmp_path / "models", data_dir=tmp_path / "var", torch_threads=1)


def test_set_current_writes_the_pointer_and_appends_history(settings):
    for name in ("a", "b"):
        _fake_version(settings, name)
    reg.register_version(settings.models_dir / "a", settings)  # the first model becomes current
    reg.register_version(settings.models_dir / "b", settings)  # a later one waits for a promotion
    assert reg.current_version(settings) == "a"
    reg.set_current("b", settings, reason="test")
    assert reg.current_version(settings) == "b"
    entries = reg.history(settings)
    assert [(e["version"], e["previous"], e["action"]) for e in entries] == [("a", None, "first model"), ("b", "a", "promote")]
    with pytest.raises(ValueError):
        reg.set_current("missing", settings, reason="x")
    assert not list(settings.models_dir.glob(".*.tmp"))


def test_rollback_walks_back_one_promotion_at_a_time(settings):
    for name in ("a", "b", "c"):
        _fake_version(settings, name)
    for name in ("a", "b", "c"):
        reg.set_current(name, settings, reason="test")
    assert reg.rollback(settings) == ("c", "b")
    assert reg.rollback(settings) == ("b", "a")  # not back to c: each rollback undoes one more promotion
    with pytest.raises(reg.RegistryError, match="no earlier version"):
        reg.rollback(settings)
    reg.set_current("c", settings, reason="again")
    assert reg.rollback(settings) == ("c", "a")
    assert reg.promotion_stack(reg.history(settings)) == ["a"]


def test_promoting_with_no_current_version_needs_no_gate(settings):
    _fake_version(settings, "a")
    assert reg.promote("a", settings) is None
    entry = reg.history(settings)[-1]
    assert entry["gate"] == {"ran": False, "note": "no current version to compare with"}
    with pytest.raises(reg.RegistryError, match="already the current"):
        reg.promote("a", settings)
    with pytest.raises(reg.RegistryError, match="no model version"):
        reg.promote("zzz", settings)


def test_the_manifest_keeps_the_data_hashes_taken_at_training(settings, tmp_path):
    train_file = tmp_path / "train.jsonl"
    train_file.write_text('{"id": 1}\n{"id": 2}\n')
    path = _fake_version(settings, "a", train_file)
    (path / "metrics.json").write_text(json.dumps({"test": {"macro_f1": 0.8}}))
    manifest = json.loads(reg.write_manifest(path).read_text())
    facts = manifest["data"]["corpus"]["train_file"]
    assert facts["sha256"] == hashlib.sha256(train_file.read_bytes()).hexdigest() and facts["lines"] == 2
    assert manifest["data"]["audits"]["sha256"] == "ab" * 32
    assert manifest["training_args"]["extra_records"] == 3 and manifest["metrics"]["test"]["macro_f1"] == 0.8
    assert manifest["data"]["handwritten"] is None
    train_file.write_text("changed later\n")  # the corpus moves on; the version's record must not
    again = json.loads(reg.write_manifest(path).read_text())
    assert again["data"] == manifest["data"]


def test_the_manifest_hashes_the_hand_written_narratives_used(settings, tmp_path):
    written = tmp_path / "handwritten.jsonl"
    written.write_text('{"id": "hw-a-001"}\n')
    path = _fake_version(settings, "a")
    extras = json.loads((path / "rightfirst.json").read_text())
    extras["training"]["args"].update(handwritten_file=str(written), handwritten_weight=3)
    (path / "rightfirst.json").write_text(json.dumps(extras))
    section = json.loads(reg.write_manifest(path).read_text())["data"]["handwritten"]
    assert section["weight"] == 3
    assert section["file"]["sha256"] == hashlib.sha256(written.read_bytes()).hexdigest() and section["file"]["lines"] == 1


def test_the_manifest_keeps_the_hash_training_read_when_the_file_changed_since(settings, tmp_path):
    # A long run reads the hand-written file at its start; the file may be rebuilt before it ends.
    written = tmp_path / "handwritten.jsonl"
    read_by_training = '{"id": "hw-a-001"}\n'
    written.write_text(read_by_training + '{"id": "hw-wa-001"}\n')
    path = _fake_version(settings, "a")
    extras = json.loads((path / "rightfirst.json").read_text())
    trained_sha = hashlib.sha256(read_by_training.encode()).hexdigest()
    extras["training"]["args"].update(handwritten_file=str(written), handwritten_sha256=trained_sha)
    (path / "rightfirst.json").write_text(json.dumps(extras))
    facts = json.loads(reg.write_manifest(path).read_text())["data"]["handwritten"]["file"]
    assert facts["sha256"] == trained_sha and "changed" in facts["note"]


def test_version_summaries_show_metrics_and_the_current_marker(settings):
    a = _fake_version(settings, "a")
    _fake_version(settings, "b")
    (a / "metrics.json").write_text(json.dumps({"test": {"macro_f1": 0.81}, "challenge": {"macro_f1": 0.62}}))
    reg.set_current("a", settings, reason="test")
    rows = {r["version"]: r for r in reg.version_summaries(settings)}
    assert rows["a"]["current"] and not rows["b"]["current"]
    assert rows["a"]["test_macro_f1"] == 0.81 and rows["a"]["challenge_macro_f1"] == 0.62
    assert rows["b"]["test_macro_f1"] is None and rows["a"]["audited_records"] == 3


def _two_copies(tiny_model_dir, settings: Settings):
    for name in ("v1", "v2"):
        shutil.copytree(tiny_model_dir, settings.models_dir / name)
        extras = json.loads((settings.models_dir / name / "rightfirst.json").read_text())
        extras["version"] = name
        (settings.models_dir / name / "rightfirst.json").write_text(json.dumps(extras))
    reg.set_current("v1", settings, reason="test")


def test_the_gate_passes_an_equal_challenger_and_caches_reports(settings, tiny_model_dir, fixture_records, monkeypatch):
    from training import gate

    _two_copies(tiny_model_dir, settings)
    sets = [gate.FrozenSet("test", fixture_records, "fixture")]
    result = reg.promote("v2", settings, sets=sets)
    assert result.passed and result.reasons == []
    assert result.sets["test"]["comparison"]["macro_f1"]["delta"] == 0.0
    assert result.sets["test"]["comparison"]["mcnemar"]["b"] == 0
    cached = list((settings.models_dir / "v1" / "evaluations").glob("test-*.json"))
    assert len(cached) == 1
    report = json.loads(cached[0].read_text())
    assert report["frozen_set"]["n"] == len(fixture_records)
    assert fixture_records[0]["text"][:30] not in cached[0].read_text()  # by id, never text
    # A second comparison on the same set reads the caches: no model is loaded.
    monkeypatch.setattr(gate._Models, "get", lambda self, path: pytest.fail("loaded a model despite the cache"))
    again = gate.run_gate(settings.models_dir / "v1", settings.models_dir / "v2", sets, settings=settings)
    assert again.passed
    # A different set (or settings that change decisions) is a different cache entry.
    with pytest.raises(pytest.fail.Exception):
        gate.run_gate(settings.models_dir / "v1", settings.models_dir / "v2",
                      [gate.FrozenSet("test", fixture_records[:6], "fixture")], settings=settings)
    # So is a change to the code that scores a version (the rules, the elements, the decision).
    monkeypatch.setattr(gate, "scoring_code_sha256", lambda: "0" * 64)
    with pytest.raises(pytest.fail.Exception):
        gate.run_gate(settings.models_dir / "v1", settings.models_dir / "v2", sets, settings=settings)


def test_reports_cached_before_gold_labels_get_them_from_the_set(settings, tiny_model_dir, fixture_records, monkeypatch):
    from training import gate

    _two_copies(tiny_model_dir, settings)
    sets = [gate.FrozenSet("test", fixture_records, "fixture")]
    reg.promote("v2", settings, sets=sets)
    for cached in (settings.models_dir / name / "evaluations" for name in ("v1", "v2")):
        for path in cached.glob("test-*.json"):
            report = json.loads(path.read_text())
            del report["gold"]  # as reports were cached before they carried gold labels
            path.write_text(json.dumps(report))
    monkeypatch.setattr(gate._Models, "get", lambda self, path: pytest.fail("loaded a model despite the cache"))
    again = gate.run_gate(settings.models_dir / "v1", settings.models_dir / "v2", sets, settings=settings)
    per_label = again.sets["test"]["comparison"]["per_label"]
    label = fixture_records[0]["label"]
    support = sum(r["label"] == label for r in fixture_records)
    assert per_label[label]["support"] == support and per_label[label]["mcnemar"]["b"] == 0


def test_no_frozen_set_refuses_unless_forced(settings, tiny_model_dir):
    _two_copies(tiny_model_dir, settings)
    with pytest.raises(reg.PromotionRefused, match="no frozen evaluation set"):
        reg.promote("v2", settings, sets=[])
    assert reg.current_version(settings) == "v1"
    reg.promote("v2", settings, sets=[], force=True)
    entry = reg.history(settings)[-1]
    assert reg.current_version(settings) == "v2" and entry["forced"] is True and entry["gate"]["passed"] is False


def test_the_gate_policy_thresholds_decide(fixture_records):
    from evaluation.metrics import evaluate
    from training.gate import GatePolicy, compare_reports

    gold = fixture_records
    right = [{"id": r["id"], "label": r["label"], "confidence": 0.9} for r in gold]
    # The challenger misses one stalking_fear_alarm_distress of two: recall -0.5, macro-F1 down.
    wrong = [dict(p, label="stalking") if p["id"] == "fixture-00" else p for p in right]
    # One narrative is no evidence on its own (McNemar on the label's items: 1/0, p = 1)...
    # (nor is the macro-F1 drop it causes: the paired permutation test gives p near 0.5)...
    verdict = compare_reports(evaluate(gold, right), evaluate(gold, wrong), GatePolicy())
    assert verdict["reasons"] == []
    assert any("macro-F1 drops" in r
               for r in compare_reports(evaluate(gold, right), evaluate(gold, wrong), GatePolicy(macro_f1_alpha=1.0))["reasons"])
    # ...unless the policy asks for every drop past the tolerance.
    strict = compare_reports(evaluate(gold, right), evaluate(gold, wrong), GatePolicy(recall_alpha=1.0))
    assert any("recall of stalking_fear_alarm_distress drops by 0.5000" in r for r in strict["reasons"])
    loose = compare_reports(evaluate(gold, right), evaluate(gold, wrong), GatePolicy(recall_tolerance=0.6, recall_alpha=1.0))
    assert not any("recall of" in r for r in loose["reasons"])
    with pytest.raises(ValueError):
        GatePolicy(recall_tolerance=2)
    with pytest.raises(ValueError):
        GatePolicy(recall_alpha=0)
    with pytest.raises(ValueError):
        GatePolicy(macro_f1_alpha=1.5)


def test_resolve_version(settings, tmp_path):
    from training.gate import resolve_version

    _fake_version(settings, "a")
    with pytest.raises(reg.RegistryError, match="no current model"):
        resolve_version("current", settings)
    reg.set_current("a", settings, reason="t")
    assert resolve_version("current", settings) == settings.models_dir / "a"
    assert resolve_version("a", settings) == settings.models_dir / "a"
    assert resolve_version(settings.models_dir / "a", settings) == settings.models_dir / "a"
    with pytest.raises(reg.RegistryError):
        resolve_version(tmp_path / "nowhere", settings)


def test_the_scoring_code_hash_follows_the_files(tmp_path, monkeypatch):
    from training import gate

    source = tmp_path / "model" / "elements.py"
    source.parent.mkdir()
    source.write_text("FEAR_OCCASIONS = 2\n")
    monkeypatch.setattr(gate, "REPO_ROOT", tmp_path)
    monkeypatch.setattr(gate, "_SCORING_CODE", (source,))
    before = gate.scoring_code_sha256()
    assert gate.scoring_code_sha256() == before
    source.write_text("FEAR_OCCASIONS = 1\n")
    assert gate.scoring_code_sha256() != before
