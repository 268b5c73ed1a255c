"""One typed settings object for every shell, read from the environment (prefix RIGHTFIRST_)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RIGHTFIRST_", extra="ignore")

    environment: str = Field(default="development", description="development | production")
    data_dir: Path = Field(default=REPO_ROOT / "var", description="Database, registry state, exports")
    database_url: str | None = Field(default=None, description="SQLAlchemy URL; default SQLite in data_dir")
    models_dir: Path = Field(default=REPO_ROOT / "models", description="Model registry: one directory per version")
    model_path: Path | None = Field(default=None, description="Serve this model directory instead of the registry's current")
    max_text_chars: int = Field(default=20_000, gt=0)
    max_batch_items: int = Field(default=256, gt=0)
    review_threshold: float | None = Field(default=None, description="Override the model's needs_review threshold")
    former_partner_rule: bool = Field(default=True, description="HOCR April 2020: ex-partner course of conduct defaults to stalking")
    retention_days: int | None = Field(default=None, description="Purge narrative text of closed cases after N days")
    session_secret: str = Field(default="development-only-secret", description="Signs review-page session cookies")
    torch_threads: int = Field(default=2, gt=0)

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'rightfirst.db'}"

    def model_post_init(self, __context) -> None:
        if self.environment != "development" and self.session_secret == "development-only-secret":
            raise ValueError("RIGHTFIRST_SESSION_SECRET must be set outside development")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
