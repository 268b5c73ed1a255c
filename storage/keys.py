"""API keys: high-entropy random tokens, stored only as SHA-256 hashes.

A key is ``rf_`` + 43 URL-safe characters (32 random bytes). Because it is random rather than
chosen by a person, one unsalted SHA-256 is enough: there is nothing to brute-force from a hash.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.errors import NotFound
from storage.models import ROLES, ApiKey, utcnow

KEY_PREFIX = "rf_"
_SHOWN_PREFIX_CHARS = 8


@dataclass(frozen=True)
class NewKey:
    record: ApiKey
    key: str  # shown once, never stored


def generate_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create_api_key(session: Session, role: str, name: str | None = None) -> NewKey:
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    key = generate_key()
    record = ApiKey(
        name=(name or f"{role} key").strip()[:100] or f"{role} key",
        role=role,
        key_hash=hash_key(key),
        prefix=key[: len(KEY_PREFIX) + _SHOWN_PREFIX_CHARS],
        created_at=utcnow(),
    )
    session.add(record)
    session.flush()
    return NewKey(record=record, key=key)


def revoke_api_key(session: Session, key_id: int) -> ApiKey:
    record = session.get(ApiKey, key_id)
    if record is None:
        raise NotFound(f"no API key with id {key_id}")
    if record.revoked_at is None:
        record.revoked_at = utcnow()
    return record


def list_api_keys(session: Session, *, include_revoked: bool = True) -> list[ApiKey]:
    query = select(ApiKey).order_by(ApiKey.id)
    if not include_revoked:
        query = query.where(ApiKey.revoked_at.is_(None))
    return list(session.scalars(query))


def authenticate(session: Session, key: str) -> ApiKey | None:
    """The active key record for a presented key, or None (unknown, malformed or revoked)."""
    if not key.startswith(KEY_PREFIX) or len(key) > 200:
        return None
    record = session.scalar(select(ApiKey).where(ApiKey.key_hash == hash_key(key)))
    if record is None or record.revoked_at is not None:
        return None
    return record
