"""Rows load with `datasets` (every row has the same field types)."""

from __future__ import annotations

import pytest


def test_rows_load_with_datasets(small_dir, small_splits, tmp_path, monkeypatch):
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    files = {s: str(small_dir / f"{s}.jsonl") for s in ("train", "dev", "test")}
    ds = datasets.load_dataset("json", data_files=files, cache_dir=str(tmp_path / "cache"))
    for split, rows in small_splits.items():
        assert ds[split].num_rows == len(rows)
    features = ds["train"].features
    assert set(features) == {"id", "text", "label", "spans", "elements", "style", "meta"}
    first = ds["train"][0]
    assert first["text"][first["spans"][0]["start"]:first["spans"][0]["end"]] == first["spans"][0]["text"] if first["spans"] else True
    assert isinstance(first["elements"]["course_of_conduct"], bool)
    assert isinstance(first["meta"]["occasions"], int)
