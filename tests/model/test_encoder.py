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
