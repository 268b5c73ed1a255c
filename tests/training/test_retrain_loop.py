"""The retraining loop end to end, small: a systematic error, registrar corrections, a retrain, the gate.

The base corpus (fixture variations plus one hard pattern, offences.md section 6 row 1) labels an
ex-partner's pleading messages passed on through friends as harassment; the law says stalking.
Registrars correct a batch of such cases. After a retrain with the audited labels the error rate on
the pattern falls, the challenger is no worse on the frozen sets, and the gate promotes it; a
challenger trained on scrambled labels is refused with reasons. Tiny random encoder, max_length 64,
one torch thread (faster than two on shared cores).
"""

from __future__ import annotations

import json
import shutil

import pytest

from tests.training.retrain_data import audit_rows, fixture_variants, pattern_records, write_jsonl

EPOCHS = 20
COMMON = dict(tiny=True, epochs=EPOCHS, batch_docs=8, max_length=64, stride=16, learning_rate=1e-3,
              head_learning_rate=1e-2, freeze_embeddings=False, seed=7, checkpoint_every=0)


@pytest.fixture(scope="module")
def loop(tmp_path_factory):
    """Data, the champion, the audited challenger and a scrambled one, trained once for the module."""
    import torch

    from model.settings import get_settings
    from model.taxonomy import LABELS
    from training.audits import load_audited_records
    from training.train import TrainingArgs, train

    root = tmp_path_factory.mktemp("retrain")
    with pytest.MonkeyPatch.context() as mp:
        # Loading a model sets torch's threads from the settings: keep it at one throughout.
        mp.setenv("RIGHTFIRST_TORCH_THREADS", "1")
        get_settings.cache_clear()
        threads = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            corpus_pattern = pattern_records(2, 12, "harassment", "corpus-pattern")  # the systematic error
            files = {
                "train": write_jsonl(root / "train.jsonl", fixture_variants(1, 5, "train") + corpus_pattern),
                "dev": write_jsonl(root / "dev.jsonl", fixture_variants(3, 1, "dev")),
                "test": write_jsonl(root / "test.jsonl", fixture_variants(4, 2, "test")),
                "challenge": write_jsonl(root / "challenge.jsonl", fixture_variants(5, 1, "challenge")),
            }
            # Registrars' decisions: 24 new cases of the pattern, and 4 of the corpus's own (re-typed), all stalking.
            relabelled = [dict(r, text=r["text"].lower()) for r in corpus_pattern[-4:]]
            rows = audit_rows(pattern_records(6, 24, "stalking", "audit"), 1) + audit_rows(relabelled, 200, "stalking")
            files["audits"] = write_jsonl(root / "audits.jsonl", rows)
            evaluation_files = {"corpus dev": files["dev"], "corpus test": files["test"], "challenge set": files["challenge"]}
            extra = load_audited_records(files["audits"], get_settings(), evaluation_files=evaluation_files)

            pool = root / "pool"
            common = dict(train_file=files["train"], dev_file=files["dev"], **COMMON)
            champion = train(TrainingArgs(output_dir=pool / "champion", version="champion", **common))
            challenger = train(TrainingArgs(output_dir=pool / "challenger", version="challenger", extra_records=extra,
                                            extra_weight=2, **common))
            # Deliberately worse: every label of the corpus shifted to the next one, briefly trained.
            scrambled = [dict(r, label=LABELS[(LABELS.index(r["label"]) + 1) % len(LABELS)])
                         for r in map(json.loads, files["train"].read_text().splitlines())]
            scrambled_file = write_jsonl(root / "scrambled.jsonl", scrambled)
            worse = train(TrainingArgs(output_dir=pool / "worse", version="worse",
                                       **(common | {"train_file": scrambled_file, "epochs": 6})))
            yield {"root": root, "files": files, "extra": extra, "pool": pool,
                   "dirs": {"champion": champion, "challenger": challenger, "worse": worse}}
        finally:
            torch.set_num_threads(threads)
            get_settings.cache_clear()


@pytest.fixture
def registry(loop, tmp_path):
    """A fresh registry holding copies of the three versions, the champion current."""
    from model.settings import Settings
    from training.gate import frozen_sets
    from training.registry import register_version

    settings = Settings(models_dir=tmp_path / "models", data_dir=tmp_path / "var", torch_threads=1)
    for name, path in loop["dirs"].items():
        shutil.copytree(path, settings.models_dir / name)
    register_version(settings.models_dir / "champion", settings)
    f = loop["files"]
    sets = frozen_sets(settings, audits_file=f["audits"], test_file=f["test"], challenge_file=f["challenge"])
    return settings, sets


def test_the_frozen_sets_include_the_audited_holdout(registry, loop):
    _, sets = registry
    by_name = {s.name: s for s in sets}
    assert set(by_name) == {"test", "challenge", "audit_holdout"}
    holdout = by_name["audit_holdout"].records
    assert holdout and {r["label"] for r in holdout} == {"stalking"}
    trained = {r["text"] for r in loop["extra"]}
    assert not trained & {r["text"] for r in holdout}
    assert loop["extra"].manifest["held_out"] == len(holdout)


def test_audited_retrain_fixes_the_pattern_and_the_gate_promotes(registry, loop):
    from training.gate import FrozenSet, evaluation_for, pattern_error_rate
    from training.registry import current_version, history, promote

    settings, sets = registry
    result = promote("challenger", settings, sets=sets)
    assert result is not None and result.passed, result.reasons
    assert current_version(settings) == "challenger"

    # The pattern: fresh narratives of it, none seen in training, gold stalking.
    probe = FrozenSet("pattern_probe", pattern_records(9, 30, "stalking", "probe"), "generated")
    errors = {name: pattern_error_rate(evaluation_for(settings.models_dir / name, probe, settings))
              for name in ("champion", "challenger")}
    assert errors["champion"] >= 0.8, errors  # the base corpus taught the wrong label
    assert errors["challenger"] <= errors["champion"] - 0.4, errors
    holdout = result.reports["audit_holdout"]
    assert pattern_error_rate(holdout["challenger"]) < pattern_error_rate(holdout["champion"])

    # Traceable: the promotion and the gate's figures in history; the data in the manifest.
    entry = history(settings)[-1]
    assert entry["version"] == "challenger" and entry["previous"] == "champion" and entry["forced"] is False
    assert entry["gate"]["passed"] is True and set(entry["gate"]["sets"]) == {"test", "challenge", "audit_holdout"}
    manifest = json.loads((settings.models_dir / "challenger" / "manifest.json").read_text())
    audits = manifest["data"]["audits"]
    assert audits["sha256"] == loop["extra"].manifest["sha256"] and audits["used_for_training"] == len(loop["extra"])
    assert audits["corpus_labels_overridden"] == 4
    assert manifest["data"]["corpus"]["train_file"]["sha256"]
    assert manifest["gate_evaluations"]["test"]["macro_f1"] is not None
    # Reports are cached in each version directory, by set.
    assert len(list((settings.models_dir / "champion" / "evaluations").glob("test-*.json"))) == 1


def test_a_worse_challenger_is_refused_with_reasons(registry):
    from training.registry import PromotionRefused, current_version, history, promote

    settings, sets = registry
    with pytest.raises(PromotionRefused) as refused:
        promote("worse", settings, sets=sets)
    reasons = refused.value.reasons
    assert any(r.startswith("test: macro-F1 drops") for r in reasons), reasons
    # The fixture sets are a few narratives per label: too few for a recall drop to be more than chance,
    # unless the policy refuses every drop past the tolerance.
    assert not any("recall of" in r for r in reasons)
    from training.gate import GatePolicy

    with pytest.raises(PromotionRefused) as strict:
        promote("worse", settings, sets=sets, policy=GatePolicy(recall_alpha=1.0))
    assert any("recall of" in r for r in strict.value.reasons)
    assert current_version(settings) == "champion"
    assert [e["version"] for e in history(settings)] == ["champion"]


def test_force_promotes_a_refused_challenger_and_is_recorded_then_rollback_undoes_it(registry):
    from training.registry import current_version, history, promote, rollback

    settings, sets = registry
    result = promote("worse", settings, sets=sets, force=True, reason="incident drill")
    assert result is not None and not result.passed
    assert current_version(settings) == "worse"
    entry = history(settings)[-1]
    assert entry["forced"] is True and entry["reason"] == "incident drill"
    assert entry["gate"]["passed"] is False and entry["gate"]["reasons"] == result.reasons
    assert rollback(settings) == ("worse", "champion")
    assert current_version(settings) == "champion"
    assert history(settings)[-1]["action"] == "rollback"
