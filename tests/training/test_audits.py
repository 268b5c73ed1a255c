"""Audited labels as training data: matching, the frozen hold-out, refusals, overrides, sources, masking."""

from __future__ import annotations

import json
import logging
import math
from datetime import UTC, datetime

import pytest

from model.settings import Settings
from tests.training.retrain_data import audit_rows, fixture_variants, pattern_records, write_jsonl
from training.audits import (
    HOLDOUT_SHARE,
    drop_overridden,
    in_holdout,
    load_audit_holdout,
    load_audited_records,
    normalise_text,
    read_audit_export,
    split_audits,
    text_key,
)


def test_normalised_text_ignores_case_spacing_and_unicode_forms():
    assert normalise_text("  IP  states\nhe FOLLOWED her\u00a0home ") == "ip states he followed her home"
    assert text_key("He followed her") == text_key("he  followed\tHER")
    assert text_key("He followed her") != text_key("He followed him")


def test_the_holdout_slice_is_deterministic_and_about_a_fifth():
    ids = range(1, 4001)
    share = sum(in_holdout(i) for i in ids) / 4000
    assert abs(share - HOLDOUT_SHARE) < 0.025
    assert [in_holdout(i) for i in ids] == [in_holdout(str(i)) for i in ids]  # int or text id: the same case


def _rows(n: int, first: int = 1, label: str = "stalking", seed: int = 1) -> list[dict]:
    return audit_rows(pattern_records(seed, n, label, "p"), first)


def test_holdout_cases_never_reach_training_and_stay_held_out_as_the_trail_grows():
    rows = _rows(60)
    first = split_audits(rows, evaluation_files={})
    held = {r["meta"]["case_id"] for r in first.holdout}
    trained = {r["meta"]["case_id"] for r in first.train}
    assert held and trained and not held & trained
    assert len(held) + len(trained) == 60
    # More decisions later: every case held out before is still held out (the slice is frozen per case).
    grown = split_audits(rows + _rows(40, first=61, seed=2), evaluation_files={})
    assert held <= {r["meta"]["case_id"] for r in grown.holdout}
    assert not held & {r["meta"]["case_id"] for r in grown.train}


def test_narratives_in_evaluation_sets_are_refused_with_counts_and_no_text(tmp_path, caplog):
    test_set = fixture_variants(4, 1, "test")
    dev_set = fixture_variants(3, 1, "dev")
    files = {"corpus test": write_jsonl(tmp_path / "test.jsonl", test_set),
             "corpus dev": write_jsonl(tmp_path / "dev.jsonl", dev_set)}
    # Registrars audited three narratives that the frozen sets use (re-typed: other case and spacing).
    leaked = [dict(r, text="  " + r["text"].upper().replace(" ", "  ")) for r in (test_set[0], test_set[5], dev_set[2])]
    candidates = [r for r in audit_rows(leaked, 500) if not in_holdout(r["case_id"])]
    rows = _rows(20) + candidates
    with caplog.at_level(logging.WARNING, logger="rightfirst.training.audits"):
        split = split_audits(rows, evaluation_files=files)
    n_test = sum(1 for r in candidates if r["text"] != leaked[2]["text"])
    assert split.manifest["refused_total"] == len(candidates)
    assert split.manifest["refused_in_evaluation_sets"].get("corpus test", 0) == n_test
    kept = {text_key(r["text"]) for r in split.train}
    assert not kept & {text_key(r["text"]) for r in candidates}
    assert split.messages and f"refused {len(candidates)} audited narrative(s)" in split.messages[0]
    assert "corpus test" in split.messages[0]
    logged = caplog.text + " ".join(split.messages)
    for record in leaked + test_set:
        assert record["text"][:40].lower() not in logged.lower()


def test_training_also_refuses_its_own_dev_file_and_the_splits_beside_its_train_file(tmp_path, caplog):
    from training.train import TrainingArgs, training_records

    folder = tmp_path / "corpus"
    train_file = write_jsonl(folder / "train.jsonl", fixture_variants(1, 1, "train"))
    test_set = write_jsonl(folder / "test.jsonl", fixture_variants(4, 1, "test"))
    dev_file = write_jsonl(tmp_path / "elsewhere" / "dev.jsonl", fixture_variants(3, 1, "dev"))
    leaked = [json.loads(test_set.read_text().splitlines()[0]), json.loads(dev_file.read_text().splitlines()[1])]
    rows = audit_rows(leaked, 300) + _rows(4, first=400)
    # Loaded without knowing this run's files (as `rightfirst train --with-audits` does)...
    extra = load_audited_records(write_jsonl(tmp_path / "a.jsonl", rows), Settings(data_dir=tmp_path),
                                 evaluation_files={}, holdout_share=0.0)
    assert len(extra) == 6
    args = TrainingArgs(output_dir=tmp_path / "m", train_file=train_file, dev_file=dev_file, tiny=True, extra_records=extra)
    with caplog.at_level(logging.WARNING, logger="rightfirst.training.audits"):
        merged = training_records(args)
    # ...the run itself refuses the two its dev file and the test split beside its train file use.
    assert len(merged) == 12 + 4
    assert args.audit_manifest["refused_total"] == 2 and args.audit_manifest["used_for_training"] == 4
    assert args.audit_manifest["refused_in_evaluation_sets"] == {"dev file": 1, "test split beside the training file": 1}
    assert "refused 2 audited narrative(s)" in caplog.text and leaked[0]["text"][:30] not in caplog.text


def test_training_refuses_the_handwritten_calibration_and_holdout_splits_but_not_its_training_split(tmp_path, caplog):
    from training.train import TrainingArgs, training_records

    folder = tmp_path / "corpus"
    train_file = write_jsonl(folder / "train.jsonl", fixture_variants(1, 1, "train"))
    handwritten = [dict(r, meta=dict(r.get("meta") or {}, split=split))
                   for r, split in zip(fixture_variants(5, 1, "hw"),
                                       ("train_handwritten", "dev_handwritten", "holdout_handwritten"))]
    handwritten_file = write_jsonl(tmp_path / "handwritten.jsonl", handwritten)
    extra = load_audited_records(write_jsonl(tmp_path / "a.jsonl", audit_rows(handwritten, 700)),
                                 Settings(data_dir=tmp_path), evaluation_files={}, holdout_share=0.0)
    args = TrainingArgs(output_dir=tmp_path / "m", train_file=train_file, dev_file=train_file, tiny=True,
                        handwritten_file=handwritten_file, handwritten_weight=1, extra_records=extra)
    with caplog.at_level(logging.WARNING, logger="rightfirst.training.audits"):
        merged = training_records(args)
    # The audited copy of the training-split narrative joins training; the calibration and hold-out ones do not.
    assert args.audit_manifest["refused_total"] == 2 and args.audit_manifest["used_for_training"] == 1
    assert args.audit_manifest["refused_in_evaluation_sets"] == {"hand-written calibration and hold-out of this run": 2}
    audited_texts = [r["text"] for r in merged if (r.get("meta") or {}).get("spans_annotated") is False]
    assert audited_texts == [handwritten[0]["text"]]
    assert handwritten[1]["text"][:30] not in caplog.text and handwritten[2]["text"][:30] not in caplog.text


def test_audited_records_are_corpus_shaped_without_spans():
    split = split_audits(_rows(10), evaluation_files={})
    record = (split.train + split.holdout)[0]
    assert set(record) == {"id", "text", "label", "spans", "elements", "style", "meta"}
    assert record["spans"] == [] and record["meta"]["spans_annotated"] is False
    assert record["id"].startswith("audit-") and record["meta"]["decided_by"]


def test_the_latest_decision_per_case_wins_and_duplicated_narratives_collapse():
    rows = _rows(3)
    # Case 1 decided again later (a second review) as harassment; "Z" and "+00:00" times compare as times.
    rows.append(dict(rows[0], id=9999, label="harassment", decided_at="2026-05-01T09:00:00Z"))
    # The same narrative under a new case id, decided last: one training record for it.
    rows.append(dict(rows[1], id=10000, case_id=77, label="no_offence", decided_at="2026-06-01T09:00:00+00:00"))
    split = split_audits(rows, evaluation_files={}, holdout_share=0.0)
    by_text = {text_key(r["text"]): r["label"] for r in split.train}
    assert by_text[text_key(rows[0]["text"])] == "harassment"
    assert by_text[text_key(rows[1]["text"])] == "no_offence"
    assert split.manifest["cases"] == 4 and split.manifest["duplicate_narratives_collapsed"] == 1
    assert len(split.train) == 3


def test_registrar_labels_override_corpus_labels(tmp_path):
    from training.train import TrainingArgs, training_records

    corpus = fixture_variants(1, 1, "train")
    audited_rows = audit_rows([dict(corpus[3], text=corpus[3]["text"].lower())], 900, "stalking")
    records, dropped = drop_overridden(corpus, [{"text": audited_rows[0]["text"]}])
    assert dropped == 1 and len(records) == len(corpus) - 1

    train_file = write_jsonl(tmp_path / "train.jsonl", corpus)
    export = write_jsonl(tmp_path / "audits.jsonl", audited_rows)
    extra = load_audited_records(export, Settings(data_dir=tmp_path), evaluation_files={}, holdout_share=0.0)
    args = TrainingArgs(output_dir=tmp_path / "m", train_file=train_file, dev_file=train_file, tiny=True,
                        extra_records=extra, extra_weight=2)
    merged = training_records(args)
    same = [r for r in merged if text_key(r["text"]) == text_key(corpus[3]["text"])]
    assert [r["label"] for r in same] == ["stalking", "stalking"]  # the corpus copy gone, the audited one twice
    assert args.audit_manifest["corpus_labels_overridden"] == 1
    assert args.audit_manifest["sha256"] and args.audit_manifest["used_for_training"] == 1


def test_exports_are_read_from_jsonl_and_parquet_and_checked(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = _rows(5)
    jsonl = write_jsonl(tmp_path / "a.jsonl", rows)
    parquet = tmp_path / "a.parquet"
    pq.write_table(pa.Table.from_pylist(rows), parquet)
    assert [r["case_id"] for r in read_audit_export(jsonl)] == [r["case_id"] for r in read_audit_export(parquet)]
    bad = write_jsonl(tmp_path / "bad.jsonl", [rows[0], {k: v for k, v in rows[1].items() if k != "label"}])
    with pytest.raises(ValueError, match="row 2 lacks label"):
        read_audit_export(bad)


def test_the_database_source_reads_the_latest_decision_of_each_case(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from cli.main import app
    from model.settings import get_settings
    from storage import Database, create_case, purge_narratives, record_decision

    settings = Settings(data_dir=tmp_path / "var")
    database = Database.from_settings(settings)
    texts = [r["text"] for r in pattern_records(5, 30, "stalking", "db")]
    with database.session() as session:
        for text in texts:
            case = create_case(session, narrative=text, recorded="8L", recorded_label="harassment")
            record_decision(session, case.id, decided_by="key 2 (registrar)", label="harassment")
            record_decision(session, case.id, decided_by="key 3 (second review)", label="stalking", second_review=True)
    database.dispose()
    split_all = load_audited_records(None, settings, evaluation_files={})
    holdout = load_audit_holdout(None, settings)
    assert len(split_all) + len(holdout) == 30
    assert {r["label"] for r in split_all} | {r["label"] for r in holdout} == {"stalking"}
    assert split_all.manifest["source"] == "database" and split_all.manifest["decisions"] == 30
    assert "var" in split_all.manifest["database"]
    # The review page's export of the same database gives the same training records.
    monkeypatch.setenv("RIGHTFIRST_DATA_DIR", str(settings.data_dir))
    get_settings.cache_clear()
    try:
        exported = CliRunner().invoke(app, ["export-audits", "--output", str(tmp_path / "export.jsonl")])
    finally:
        get_settings.cache_clear()
    assert exported.exit_code == 0, exported.output
    from_file = load_audited_records(tmp_path / "export.jsonl", settings, evaluation_files={})
    assert sorted(r["text"] for r in from_file) == sorted(r["text"] for r in split_all)
    assert from_file.manifest["source"] == "file" and from_file.manifest["sha256"] != split_all.manifest["sha256"]
    # After the retention purge the narratives are gone: nothing to train on, and it says so.
    database = Database.from_settings(settings)
    with database.session() as session:
        purge_narratives(session, older_than_days=0, now=datetime(2100, 1, 1, tzinfo=UTC))
    database.dispose()
    purged = load_audited_records(None, settings, evaluation_files={})
    assert len(purged) == 0 and purged.manifest["skipped_no_text"] == 30


def test_audited_records_mask_the_tag_loss_and_train_without_nan(tmp_path):
    from model.encoder import load_tokenizer, tag_names
    from training.data import make_batch
    from training.train import TrainingArgs, train

    corpus = fixture_variants(1, 1, "train")
    audited = split_audits(_rows(8), evaluation_files={}, holdout_share=0.0).train
    batch = make_batch(load_tokenizer(), [corpus[0], audited[0]], tag_names(), 64, 16)
    doc = batch.windows.window_doc.tolist()
    assert all(t == -100 for w, d in enumerate(doc) if d == 1 for t in batch.tag_labels[w].tolist())
    assert any(t > 0 for w, d in enumerate(doc) if d == 0 for t in batch.tag_labels[w].tolist())  # gold spans kept

    # Batches made only of audited records have no tag targets at all: the loss must stay finite.
    fixture = write_jsonl(tmp_path / "train.jsonl", corpus[:2])
    path = train(TrainingArgs(output_dir=tmp_path / "m", version="m", train_file=fixture, dev_file=fixture, tiny=True,
                              epochs=2, batch_docs=2, max_length=48, stride=8, extra_records=audited, seed=1))
    loss = json.loads((path / "rightfirst.json").read_text())["training"]["final_loss"]
    assert loss is not None and math.isfinite(loss)
