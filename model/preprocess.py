"""Input checks and normalisation that keep character offsets stable (spans index the caller's text)."""

from __future__ import annotations

import re

from model.errors import InvalidNarrative, NarrativeTooLong

# Control characters confuse tokenisers and terminals; each is replaced by one space so offsets do not move.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def check_narrative(text: object, max_chars: int) -> str:
    """Return the narrative ready for the encoder, or raise an error that says what to fix (never quoting it)."""
    if not isinstance(text, str):
        raise InvalidNarrative(f"narrative must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InvalidNarrative("narrative is empty or whitespace only")
    if len(text) > max_chars:
        raise NarrativeTooLong(f"narrative has {len(text)} characters; the limit is {max_chars}")
    return _CONTROL.sub(" ", text)
