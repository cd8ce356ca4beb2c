"""Where data lives: the user data folder (platformdirs), moved entirely by TRAINER_DATA_DIR."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "trainer"
BUILTIN_PERSONAS = Path(__file__).resolve().parent.parent / "personas"
PACKAGED_PERSONAS = Path(__file__).resolve().parent / "personas"


def data_dir() -> Path:
    """The folder for the database, the user's personas, settings and kept audio."""
    override = os.environ.get("TRAINER_DATA_DIR")
    path = Path(override).expanduser() if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url() -> str:
    """TRAINER_DATABASE_URL may point at a shared server; the default is a local SQLite file."""
    return os.environ.get("TRAINER_DATABASE_URL") or f"sqlite:///{data_dir() / 'trainer.sqlite3'}"


def user_personas_dir() -> Path:
    path = data_dir() / "personas"
    path.mkdir(parents=True, exist_ok=True)
    return path


def audio_dir() -> Path:
    path = data_dir() / "audio"
    path.mkdir(parents=True, exist_ok=True)
    return path


def persona_folders() -> list[Path]:
    """Shipped personas first, the user's own last so theirs win on the same id."""
    shipped = BUILTIN_PERSONAS if BUILTIN_PERSONAS.is_dir() else PACKAGED_PERSONAS
    return [shipped, user_personas_dir()]
