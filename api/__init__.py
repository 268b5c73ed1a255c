"""The records-system API (FastAPI) over the model core and storage."""

from api.app import create_app

__all__ = ["create_app"]
