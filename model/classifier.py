"""A loaded model version: reads narratives and returns Suggestions.

A model version is a directory: the encoder in the ``save_pretrained`` layout (safetensors), the
tokenizer, ``rightfirst.json`` (labels, tags, windows, calibration, thresholds), the rule
patterns it was tuned with, ``metrics.json`` and a generated model card (``README.md``).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from model.decision import DecisionConfig, decide
from model.elements import ElementReading, derive_elements, reconcile_with_heads
from model.encoder import OffenceEncoder, make_windows
from model.errors import ModelNotFound
from model.evidence import decode_spans, merge_token_probs
from model.preprocess import check_narrative
from model.rules import RuleFindings, build_pipeline
from model.settings import Settings, get_settings
from model.suggestion import Suggestion
from model.taxonomy import LABELS, load_taxonomy

EXTRAS_FILE = "rightfirst.json"
PATTERNS_FILE = "rule_patterns.json"


@dataclass
class Analysis:
    """Everything the model read in one narrative, before the decision (used by evaluation's ablation)."""

    sequence_logits: np.ndarray
    spans: list
    findings: RuleFindings
    reading: ElementReading
    element_probs: np.ndarray | None = None  # models with element heads: P(met) per element, ELEMENT_NAMES order


class Classifier:
    def __init__(self, path: Path, settings: Settings | None = None):
        from transformers import AutoTokenizer

        self.path = Path(path)
        self.settings = settings or get_settings()
        extras_path = self.path / EXTRAS_FILE
        if not extras_path.is_file():
            raise ModelNotFound(f"{self.path} is not a rightfirst model directory (no {EXTRAS_FILE})")
        self.extras = json.loads(extras_path.read_text(encoding="utf-8"))
        if tuple(self.extras["labels"]) != LABELS:
            raise ModelNotFound(f"model at {self.path} was trained on other labels; retrain it")
        torch.set_num_threads(self.settings.torch_threads)
        self.encoder = OffenceEncoder.from_pretrained(str(self.path), dtype=torch.float32).eval()
        self.tokenizer = AutoTokenizer.from_pretrained(str(self.path))
        self.tag_names: list[str] = list(self.encoder.config.tag_names)
        patterns = self.path / PATTERNS_FILE
        self.nlp = build_pipeline(patterns if patterns.is_file() else None)
        decision = dict(self.extras.get("decision", {}))
        decision["former_partner_rule"] = self.settings.former_partner_rule
        if self.settings.review_threshold is not None:
            decision["review_threshold"] = self.settings.review_threshold
        self.decision = DecisionConfig(**decision)
        self.max_length = int(self.extras.get("max_length", 256))
        self.stride = int(self.extras.get("stride", 64))
        self._lock = threading.Lock()

    @property
    def version(self) -> str:
        return str(self.extras["version"])

    @property
    def card(self) -> dict:
        metrics_path = self.path / "metrics.json"
        metrics = json.loads(metrics_path.read_text(encoding="utf-8")) if metrics_path.is_file() else {}
        return {
            "version": self.version,
            "created": self.extras.get("created"),
            "base_model": self.extras.get("base_model"),
            "training": self.extras.get("training", {}),
            "decision": self.extras.get("decision", {}),
            "taxonomy_version": load_taxonomy().version,
            "metrics": metrics,
        }

    # -- reading -----------------------------------------------------------------------------
    @torch.inference_mode()
    def analyse_many(self, texts: list[str]) -> list[Analysis]:
        windows = make_windows(self.tokenizer, texts, self.max_length, self.stride)
        with self._lock:
            out = self.encoder(
                input_ids=windows.input_ids, attention_mask=windows.attention_mask, window_doc=windows.window_doc
            )
        seq_logits = out["sequence_logits"].float().numpy()
        tag_probs = torch.softmax(out["tag_logits"].float(), dim=-1).numpy()
        element_probs = torch.sigmoid(out["element_logits"].float()).numpy() if "element_logits" in out else None
        docs = windows.window_doc.tolist()
        results = []
        for d, text in enumerate(texts):
            ws = [w for w, doc in enumerate(docs) if doc == d]
            offsets, probs = merge_token_probs([windows.offsets[w] for w in ws], [tag_probs[w] for w in ws])
            findings = self.nlp(text)._.rightfirst
            spans = decode_spans(text, offsets, probs, self.tag_names, findings)
            reading = derive_elements(spans, findings, self.decision.former_partner_rule)
            if element_probs is not None:
                reading = reconcile_with_heads(reading, element_probs[d])
            results.append(Analysis(seq_logits[d], spans, findings, reading,
                                    None if element_probs is None else element_probs[d]))
        return results

    def suggest(self, analysis: Analysis, decision: DecisionConfig | None = None) -> Suggestion:
        config = decision or self.decision
        result = decide(analysis.sequence_logits, analysis.reading, analysis.spans, analysis.findings, config,
                        analysis.element_probs)
        offence = load_taxonomy().offence(result.label)
        display, statute = offence.display_name, offence.statute
        if offence.limbs:
            # s.4A has two limbs; report the one the evidence shows (fear of violence wins when both do).
            limb = "fear_of_violence" if analysis.reading.established["fear_of_violence"] else "serious_alarm_distress"
            if analysis.reading.established["serious_alarm_distress"] or analysis.reading.established["fear_of_violence"]:
                display, statute = offence.limbs[limb]["display_name"], offence.limbs[limb]["statute"]
        return Suggestion(
            label=result.label,
            offence=display,
            statute=statute,
            hocr_code=offence.hocr_code,
            confidence=round(result.confidence, 6),
            probabilities=result.probabilities,
            elements=analysis.reading.elements,
            spans=analysis.spans,
            occasions=analysis.reading.occasions or None,
            needs_review=result.needs_review,
            review_reasons=result.review_reasons,
            alternative_offence=result.alternative_offence,
            model_version=self.version,
        )

    def classify(self, text: str) -> Suggestion:
        return self.classify_many([text])[0]

    def classify_many(
        self,
        texts: list[str],
        batch_size: int = 16,
        progress: Callable[[int], None] | None = None,
    ) -> list[Suggestion]:
        """Classify in batches; raises on the first bad narrative (callers wanting per-item errors check first)."""
        checked = [check_narrative(t, self.settings.max_text_chars) for t in texts]
        suggestions: list[Suggestion] = []
        for batch in _batches(checked, batch_size):
            suggestions.extend(self.suggest(a) for a in self.analyse_many(batch))
            if progress:
                progress(len(batch))
        return suggestions


def _batches(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def resolve_model_path(settings: Settings) -> Path:
    """The model to serve: an explicit path, else the registry's current version."""
    if settings.model_path:
        return Path(settings.model_path)
    current = settings.models_dir / "CURRENT"
    if not current.is_file():
        raise ModelNotFound(
            f"no current model in {settings.models_dir}; run `rightfirst train` or set RIGHTFIRST_MODEL_PATH"
        )
    return settings.models_dir / current.read_text(encoding="utf-8").strip()


def load_model(path: Path | str | None = None, settings: Settings | None = None) -> Classifier:
    settings = settings or get_settings()
    return Classifier(Path(path) if path else resolve_model_path(settings), settings)
