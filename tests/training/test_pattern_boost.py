import json

import pytest

from training.pattern_boost import boosts_from_error_rates, main, pattern_error_rates, read_boosts


def _records(pattern: str, label: str, n: int) -> list[dict]:
    return [{"id": f"{pattern}-{i}", "label": label, "meta": {"pattern": pattern}} for i in range(n)]


def test_error_rates_are_counted_per_pattern():
    records = _records("one_threat", "harassment", 4) + _records("repeated_threats", "harassment_fear_of_violence", 6)
    predicted = ["harassment_fear_of_violence"] * 3 + ["harassment"] + ["harassment_fear_of_violence"] * 6
    rates = pattern_error_rates(records + [{"id": "x", "label": "stalking", "meta": {}}], predicted + ["stalking"])
    assert rates == {"one_threat": {"n": 4, "errors": 3, "rate": 0.75},
                     "repeated_threats": {"n": 6, "errors": 0, "rate": 0.0}}
    with pytest.raises(ValueError, match="one predicted label"):
        pattern_error_rates(records, predicted[:-1])


def test_boosts_go_to_patterns_worse_than_the_model_overall():
    rates = {
        "hard": {"n": 10, "errors": 8, "rate": 0.8},
        "middling": {"n": 10, "errors": 3, "rate": 0.3},
        "easy": {"n": 60, "errors": 1, "rate": 1 / 60},
        "rare": {"n": 2, "errors": 2, "rate": 1.0},
    }
    # overall 14 / 82 = 0.171: hard is 4.7 times worse (capped at 4), middling 1.76; rare has too few items.
    assert boosts_from_error_rates(rates) == {"hard": 4.0, "middling": 1.76}
    assert boosts_from_error_rates(rates, cap=2.0)["hard"] == 2.0
    assert boosts_from_error_rates({"easy": {"n": 5, "errors": 0, "rate": 0.0}}) == {}
    with pytest.raises(ValueError, match="cap"):
        boosts_from_error_rates(rates, cap=0.5)


def test_command_writes_boosts_without_narrative_text(tiny_model_dir, fixture_records, tmp_path):
    dev = tmp_path / "dev.jsonl"
    rows = [dict(r, meta={**r.get("meta", {}), "pattern": "p" + str(i % 2)}) for i, r in enumerate(fixture_records)]
    dev.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "boosts.json"
    assert main([str(tiny_model_dir), str(dev), str(out)]) == 0
    written = json.loads(out.read_text())
    assert set(written["error_rates"]) == {"p0", "p1"}
    assert sum(r["n"] for r in written["error_rates"].values()) == len(rows)
    assert written["source"]["model"] == "tiny-test"
    assert not any(r["text"][:40] in out.read_text() for r in rows)
    assert main([str(tiny_model_dir)]) == 2


def test_a_boosts_file_is_read_back_and_anything_else_is_refused_by_name(tmp_path):
    path = tmp_path / "boosts.json"
    path.write_text(json.dumps({"boosts": {"kelly": 2.29}, "error_rates": {}, "source": {}}))
    assert read_boosts(path) == {"kelly": 2.29}
    for bad in ("{not json", json.dumps({"error_rates": {}}), json.dumps({"boosts": [2.0]})):
        path.write_text(bad)
        with pytest.raises(ValueError, match="boosts"):
            read_boosts(path)
