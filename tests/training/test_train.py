import json
from collections import Counter

import pytest

from training.data import align_tags
from training.train import TrainingArgs


def test_tags_align_to_character_spans():
    from model.encoder import load_tokenizer, make_windows, tag_names

    text = "He followed her home again"
    spans = [{"start": 3, "end": 20, "subtype": "STALK_FOLLOW"}, {"start": 21, "end": 26, "subtype": "REPETITION"}]
    tags = tag_names()
    windows = make_windows(load_tokenizer(), [text], 32, 8)
    ids = align_tags(windows.offsets[0], spans, {t: i for i, t in enumerate(tags)})
    names = [tags[i] if i >= 0 else None for i in ids]
    assert names == [None, "O", "B-STALK_FOLLOW", "I-STALK_FOLLOW", "I-STALK_FOLLOW", "B-REPETITION", None]


def test_arguments_are_validated(tmp_path):
    with pytest.raises(ValueError, match="corpus build"):
        TrainingArgs(output_dir=tmp_path, train_file=tmp_path / "missing.jsonl")
    with pytest.raises(ValueError, match="stride"):
        TrainingArgs(output_dir=tmp_path, stride=200, max_length=256)


def test_training_resumes_from_a_checkpoint(tmp_path):
    from training.train import train

    fixture = "tests/fixtures/narratives.jsonl"
    common = dict(train_file=fixture, dev_file=fixture, tiny=True, epochs=4, batch_docs=4, max_length=48, stride=8,
                  checkpoint_every=2, seed=3)
    straight = train(TrainingArgs(output_dir=tmp_path / "a", version="a", **common))
    # An interrupted run: stop after 6 steps (a checkpoint at step 6), then run again to the end.
    class Stop(Exception):
        pass

    def interrupt(stage, done, total):
        if stage == "train" and done == 7:
            raise Stop

    with pytest.raises(Stop):
        train(TrainingArgs(output_dir=tmp_path / "b", version="b", **common), progress=interrupt)
    assert (tmp_path / "b" / "checkpoint.pt").is_file()
    resumed = train(TrainingArgs(output_dir=tmp_path / "b", version="b", **common))
    a = json.loads((straight / "rightfirst.json").read_text())["training"]["final_loss"]
    b = json.loads((resumed / "rightfirst.json").read_text())["training"]["final_loss"]
    assert a is not None and b is not None
    assert not (resumed / "checkpoint.pt").exists()


@pytest.mark.slow
def test_real_encoder_fine_tunes_a_few_steps_and_loads_back(tmp_path, fixture_records):
    from model.classifier import load_model
    from training.train import train

    fixture = "tests/fixtures/narratives.jsonl"
    path = train(TrainingArgs(output_dir=tmp_path / "real", version="real", train_file=fixture, dev_file=fixture,
                              epochs=2, batch_docs=4, max_length=64, stride=16, seed=1))
    classifier = load_model(path)
    suggestion = classifier.classify(fixture_records[0]["text"])
    assert suggestion.model_version == "real"
    assert (path / "model.safetensors").stat().st_size < 50 * 1024 * 1024


def test_training_can_continue_from_a_model_version(tmp_path, tiny_model_dir):
    from training.train import train

    fixture = "tests/fixtures/narratives.jsonl"
    out = train(TrainingArgs(output_dir=tmp_path / "more", version="more", train_file=fixture, dev_file=fixture,
                             init_from=tiny_model_dir, epochs=1, batch_docs=4, max_length=48, stride=8))
    extras = json.loads((out / "rightfirst.json").read_text())
    assert extras["base_model"]["continued_from"] == "tiny-test"
    # The starting weights were the version's, not a fresh tiny encoder: the config keeps its size.
    assert json.loads((out / "config.json").read_text())["hidden_size"] == 32


def test_element_targets_mark_unstated_elements_unknown():
    from training.data import element_targets

    stated = {"course_of_conduct": True, "stalking_behaviour": False, "fear_of_violence": True,
              "serious_alarm_distress": False, "racial_religious_hostility": False}
    assert element_targets({"elements": stated}) == [1, 0, 1, 0, 0]
    assert element_targets({"label": "stalking"}) == [-1, -1, -1, -1, -1]


def test_handwritten_narratives_join_training_and_calibration(tmp_path):
    from training.train import calibration_records, training_records

    corpus = [{"id": f"c{i}", "text": f"corpus {i}", "label": "harassment", "meta": {"split": "train"}} for i in range(4)]
    dev = [{"id": "d0", "text": "dev", "label": "stalking", "meta": {"split": "dev"}}]
    written = [
        {"id": "hw-a-001", "text": "one", "label": "stalking", "meta": {"split": "train_handwritten"}},
        {"id": "hw-a-002", "text": "two", "label": "no_offence", "meta": {"split": "train_handwritten"}},
        {"id": "hw-a-004", "text": "four", "label": "harassment", "meta": {"split": "dev_handwritten"}},
        {"id": "hw-va-001", "text": "held out", "label": "stalking", "meta": {"split": "holdout_handwritten"}},
    ]
    paths = {}
    for name, rows in (("train", corpus), ("dev", dev), ("hw", written)):
        paths[name] = tmp_path / f"{name}.jsonl"
        paths[name].write_text("".join(json.dumps(r) + "\n" for r in rows))
    common = dict(output_dir=tmp_path / "m", train_file=paths["train"], dev_file=paths["dev"])

    args = TrainingArgs(**common, handwritten_file=paths["hw"], handwritten_weight=3)
    ids = Counter(r["id"] for r in training_records(args))
    assert ids == Counter({"c0": 1, "c1": 1, "c2": 1, "c3": 1, "hw-a-001": 3, "hw-a-002": 3})
    assert [r["id"] for r in calibration_records(args)] == ["d0", "hw-a-004"]
    # The file is read once: a later edit does not change what this run trains or calibrates on.
    paths["hw"].write_text("")
    assert len(training_records(args)) == 10 and len(calibration_records(args)) == 2

    without = TrainingArgs(**common)
    assert len(training_records(without)) == 4
    assert [r["id"] for r in calibration_records(without)] == ["d0"]

    with pytest.raises(ValueError, match="hand-written narratives not found"):
        TrainingArgs(**common, handwritten_file=tmp_path / "none.jsonl")
    with pytest.raises(ValueError, match="handwritten_weight"):
        TrainingArgs(**common, handwritten_file=paths["hw"], handwritten_weight=0)


def _patterned(label: str, pattern: str, n: int) -> list[dict]:
    return [{"id": f"{label}-{pattern}-{i}", "label": label, "meta": {"pattern": pattern}} for i in range(n)]


def test_pattern_balance_evens_out_patterns_and_keeps_label_counts():
    import random

    from training.train import balance_patterns

    records = (_patterned("harassment", "easy", 90) + _patterned("harassment", "hard", 10)
               + _patterned("stalking", "only", 40) + [{"id": "audited", "label": "stalking", "meta": {}}])
    unchanged = balance_patterns(records, 0.0, random.Random(1))
    assert Counter(r["id"] for r in unchanged) == Counter(r["id"] for r in records)

    even = balance_patterns(records, 1.0, random.Random(1))
    by_pattern = Counter((r["label"], r["meta"].get("pattern")) for r in even)
    assert by_pattern == {("harassment", "easy"): 50, ("harassment", "hard"): 50, ("stalking", "only"): 40,
                          ("stalking", None): 1}
    # The rare pattern's records are each repeated five times, none more than another.
    assert set(Counter(r["id"] for r in even if r["meta"].get("pattern") == "hard").values()) == {5}


def test_pattern_boosts_enlarge_a_pattern_within_its_label():
    import random

    from training.train import balance_patterns

    records = _patterned("harassment", "easy", 80) + _patterned("harassment", "hard", 20)
    boosted = balance_patterns(records, 0.0, random.Random(1), {"hard": 4.0, "absent": 2.0})
    counts = Counter(r["meta"]["pattern"] for r in boosted)
    assert counts == {"easy": 50, "hard": 50}


def test_pattern_settings_are_validated(tmp_path):
    fixture = "tests/fixtures/narratives.jsonl"
    common = dict(output_dir=tmp_path, train_file=fixture, dev_file=fixture)
    with pytest.raises(ValueError, match="pattern_balance"):
        TrainingArgs(**common, pattern_balance=1.5)
    with pytest.raises(ValueError, match="one_threat"):
        TrainingArgs(**common, pattern_boosts={"one_threat": 0, "kelly": 2.0})
    args = TrainingArgs(**common, pattern_boosts={"kelly": 2.0})
    assert args.pattern_boosts == {"kelly": 2.0}


def test_length_buckets_batch_similar_lengths_and_keep_every_record():
    from training.train import step_order

    n, batch, group = 96, 4, 6
    lengths = [(i * 37) % 101 for i in range(n)]
    plain = step_order(n, 24, batch, seed=5)
    bucketed = step_order(n, 24, batch, seed=5, lengths=lengths, bucket_batches=group)
    # One pass either way: every record exactly once, in batches of the same size.
    assert sorted(i for b in bucketed for i in b) == list(range(n))
    assert [len(b) for b in bucketed] == [len(b) for b in plain]

    def spread(batches):
        return sum(max(lengths[i] for i in b) - min(lengths[i] for i in b) for b in batches)

    assert spread(bucketed) < spread(plain) / 2
    # Batches of one group are shuffled, so the run does not go from short to long within a group.
    first_group = bucketed[:group]
    assert [min(lengths[i] for i in b) for b in first_group] != sorted(min(lengths[i] for i in b) for b in first_group)
    # Deterministic, so a resumed run sees the same batches.
    assert bucketed == step_order(n, 24, batch, seed=5, lengths=lengths, bucket_batches=group)
    with pytest.raises(ValueError, match="one length per record"):
        step_order(n, 24, batch, seed=5, lengths=lengths[:-1], bucket_batches=group)


def test_length_buckets_are_validated(tmp_path):
    fixture = "tests/fixtures/narratives.jsonl"
    with pytest.raises(ValueError, match="length_buckets"):
        TrainingArgs(output_dir=tmp_path, train_file=fixture, dev_file=fixture, length_buckets=-1)


def _linear_output_dtypes(precision: str) -> set:
    """The dtypes the encoder's linear layers produce during one training step at ``precision``."""
    import torch

    from model.encoder import load_tokenizer, tag_names, tiny_encoder
    from training.train import make_optimizer, make_scheduler, training_step

    fixture = "tests/fixtures/narratives.jsonl"
    args = TrainingArgs(output_dir=".", train_file=fixture, dev_file=fixture, tiny=True, max_length=48, stride=8,
                        precision=precision)
    records = [json.loads(line) for line in open(fixture)][:4]
    tokenizer = load_tokenizer()
    model = tiny_encoder(tokenizer.vocab_size, seed=1).train()
    optimizer = make_optimizer(model, args)
    before = model.sequence_head.weight.detach().clone()
    seen = set()
    hooks = [m.register_forward_hook(lambda _m, _i, out: seen.add(out.dtype))
             for m in model.bert.modules() if isinstance(m, torch.nn.Linear)]
    loss = training_step(model, optimizer, make_scheduler(optimizer, 4, 0.0), tokenizer, records, tag_names(), args)
    for hook in hooks:
        hook.remove()
    assert loss == loss and loss > 0  # finite, not NaN
    # Mixed precision never casts the weights: they stay fp32 and the step still moved them.
    assert model.sequence_head.weight.dtype == torch.float32
    assert not torch.equal(before, model.sequence_head.weight.detach())
    return seen


def test_bf16_precision_runs_the_forward_pass_in_bf16_and_keeps_fp32_weights():
    import torch

    assert _linear_output_dtypes("bf16") == {torch.bfloat16}
    assert _linear_output_dtypes("fp32") == {torch.float32}


def test_precision_is_validated(tmp_path):
    fixture = "tests/fixtures/narratives.jsonl"
    with pytest.raises(ValueError, match="precision"):
        TrainingArgs(output_dir=tmp_path, train_file=fixture, dev_file=fixture, precision="fp16")


def test_a_version_records_the_hash_of_its_hand_written_calibration_split(tmp_path):
    from training.train import records_sha256, train

    fixture = "tests/fixtures/narratives.jsonl"
    rows = [json.loads(line) for line in open(fixture)]
    written = [dict(r, id=f"hw-a-{i + 1:03d}", meta=dict(r.get("meta") or {}, split=split))
               for i, (r, split) in enumerate(zip(rows, ["train_handwritten", "dev_handwritten", "holdout_round8"]))]
    hw = tmp_path / "hw.jsonl"
    hw.write_text("".join(json.dumps(r) + "\n" for r in written))
    version = train(TrainingArgs(output_dir=tmp_path / "v", version="v", train_file=fixture, dev_file=fixture,
                                 handwritten_file=hw, tiny=True, epochs=1, batch_docs=4, max_length=48, stride=8,
                                 checkpoint_every=0))
    recorded = json.loads((version / "rightfirst.json").read_text())["training"]["args"]
    assert recorded["handwritten_calibration_sha256"] == records_sha256([written[1]])
    # The hash covers the split's content in id order, not the file: order does not matter, a label does.
    assert records_sha256(written[:2]) == records_sha256(written[1::-1])
    assert records_sha256([dict(written[1], label="no_offence")]) != records_sha256([written[1]])
