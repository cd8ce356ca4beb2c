"""Local (or shared) storage of trainees, sessions, turns and scores, with Alembic migrations."""

from trainer.store.errors import StoreError
from trainer.store.repository import SessionSummary, Store

__all__ = ["SessionSummary", "Store", "StoreError"]
