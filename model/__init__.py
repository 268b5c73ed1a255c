"""rightfirst's core: read a narrative, find evidence and legal elements, suggest an offence."""

from model.errors import InvalidNarrative, ModelNotFound, NarrativeTooLong, RightfirstError, UnknownClassification
from model.settings import Settings, get_settings
from model.suggestion import Element, EvidenceSpan, Suggestion
from model.taxonomy import EVIDENCE_TYPES, LABELS, label_from_elements, load_taxonomy

__all__ = [
    "Classifier",
    "Element",
    "EVIDENCE_TYPES",
    "EvidenceSpan",
    "InvalidNarrative",
    "LABELS",
    "ModelNotFound",
    "NarrativeTooLong",
    "RightfirstError",
    "Settings",
    "Suggestion",
    "UnknownClassification",
    "get_settings",
    "label_from_elements",
    "load_model",
    "load_taxonomy",
]


def __getattr__(name: str):
    # The classifier pulls in torch and transformers; importing the taxonomy or the Suggestion must stay cheap.
    if name in ("Classifier", "load_model"):
        from model import classifier

        return getattr(classifier, name)
    raise AttributeError(f"module 'model' has no attribute {name!r}")
