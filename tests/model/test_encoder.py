import torch

from model.encoder import load_tokenizer, make_windows, tag_names, tiny_encoder


def test_long_narrative_is_read_in_overlapping_windows():
    tokenizer = load_tokenizer()
    text = " ".join(f"word{i}" for i in range(400)) + " he followed her home"
    windows = make_windows(tokenizer, [text, "short one"], max_length=64, stride=16)
    docs = windows.window_doc.tolist()
    assert docs.count(0) > 5 and docs.count(1) == 1
    covered_end = max(e for w, d in enumerate(docs) if d == 0 for _, e in windows.offsets[w])
    assert covered_end == len(text)  # the end of the narrative is read, not truncated


def test_special_tokens_have_empty_offsets():
    tokenizer = load_tokenizer()
    windows = make_windows(tokenizer, ["he followed her"], max_length=32, stride=8)
    assert windows.offsets[0][0] == (0, 0)
    assert windows.offsets[0][-1] == (0, 0)


def test_sequence_pooling_spans_all_windows_of_a_document():
    tokenizer = load_tokenizer()
    model = tiny_encoder(tokenizer.vocab_size).eval()
    text = " ".join(["he sat outside her house"] * 60)
    windows = make_windows(tokenizer, [text, "one line"], max_length=32, stride=8)
    with torch.no_grad():
        out = model(input_ids=windows.input_ids, attention_mask=windows.attention_mask, window_doc=windows.window_doc)
    assert out["sequence_logits"].shape == (2, 9)
    assert out["tag_logits"].shape[-1] == len(tag_names())


def _run(model, windows, **kwargs):
    return model(input_ids=windows.input_ids, attention_mask=windows.attention_mask,
                 window_doc=windows.window_doc, **kwargs)


def test_element_heads_read_the_last_window_too():
    tokenizer = load_tokenizer()
    model = tiny_encoder(tokenizer.vocab_size).eval()
    filler = " ".join(["the weather was dry"] * 40)
    plain = make_windows(tokenizer, [filler + " nothing more"], max_length=32, stride=8)
    ending = make_windows(tokenizer, [filler + " he followed her to work"], max_length=32, stride=8)
    assert plain.window_doc.tolist().count(0) > 3
    with torch.no_grad():
        a, b = _run(model, plain), _run(model, ending)
    assert a["element_logits"].shape == (1, 5)
    # Only the last window differs, and the element reading moves with it.
    assert not torch.allclose(a["element_logits"], b["element_logits"])


def test_element_loss_ignores_elements_a_record_does_not_state():
    tokenizer = load_tokenizer()
    model = tiny_encoder(tokenizer.vocab_size)
    windows = make_windows(tokenizer, ["he followed her", "she called twice"], max_length=32, stride=8)
    labels = torch.tensor([3, 1])
    known = _run(model, windows, labels=labels, element_labels=torch.tensor([[1, 1, 0, 0, 0], [1, 0, 0, 0, 0]]))
    unknown = _run(model, windows, labels=labels, element_labels=torch.full((2, 5), -1))
    assert "element_loss" in known and torch.isfinite(known["loss"])
    assert "element_loss" not in unknown and torch.isfinite(unknown["loss"])
    known["loss"].backward()
    assert model.element_classifier.weight.grad.abs().sum() > 0


def test_models_without_element_heads_still_load_and_answer():
    tokenizer = load_tokenizer()
    model = tiny_encoder(tokenizer.vocab_size, element_heads=False).eval()
    windows = make_windows(tokenizer, ["he followed her"], max_length=32, stride=8)
    with torch.no_grad():
        out = _run(model, windows)
    assert "element_logits" not in out and out["sequence_logits"].shape == (1, 9)
