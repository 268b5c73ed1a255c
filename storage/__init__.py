"""Storage: cases, suggestions, the append-only decision trail and API keys (SQLAlchemy 2 + Alembic)."""

from storage.db import Database, alembic_config
from storage.errors import DatabaseUnavailable, NotFound
from storage.keys import authenticate, create_api_key, generate_key, hash_key, list_api_keys, revoke_api_key
from storage.models import ROLES, ApiKey, Case, Decision, SuggestionRecord
from storage.repository import (
    QueueEntry,
    add_suggestion,
    count_open,
    create_case,
    decisions_for_case,
    get_case,
    latest_suggestion,
    purge_narratives,
    record_audit,
    record_decision,
    review_queue,
    set_verdict,
)

__all__ = [
    "ROLES",
    "ApiKey",
    "Case",
    "Database",
    "DatabaseUnavailable",
    "Decision",
    "NotFound",
    "QueueEntry",
    "SuggestionRecord",
    "add_suggestion",
    "alembic_config",
    "authenticate",
    "count_open",
    "create_api_key",
    "create_case",
    "decisions_for_case",
    "generate_key",
    "get_case",
    "hash_key",
    "latest_suggestion",
    "list_api_keys",
    "purge_narratives",
    "record_audit",
    "record_decision",
    "review_queue",
    "revoke_api_key",
    "set_verdict",
]
