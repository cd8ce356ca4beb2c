"""Settings, each declared once with type, default and description; env variables override.

Stored as JSON in the data folder; the API key goes to the system keyring when one works.
"""

from __future__ import annotations

import json
import logging
import os
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from trainer.paths import data_dir, write_private

log = logging.getLogger(__name__)
KEYRING_SERVICE = "trainer"


class Settings(BaseModel):
    engine: Literal["auto", "scripted", "llm"] = Field(
        "auto",
        description="auto uses the LLM when a base URL or key is set, else the offline engine",
    )
    llm_base_url: str = Field(
        "", description="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1"
    )
    llm_model: str = Field("gpt-4o-mini", description="model name the server knows")
    llm_api_key: str = Field("", description="kept in the keyring when possible, never in the JSON")
    database_url: str = Field(
        "",
        description="a team's PostgreSQL server; its password is kept in the keyring, never here",
    )
    llm_timeout_seconds: float = Field(60.0, gt=0, description="read timeout for one reply")
    stt_backend: Literal["off", "whisper", "pocketsphinx", "openai"] = Field("whisper")
    whisper_models: dict[str, str] = Field(default_factory=dict, description="language -> model")
    models_folder: str = Field("", description="speech models and voices of the user's own")
    stt_base_url: str = Field("", description="transcription server; empty uses the LLM base URL")
    stt_model: str = Field("whisper-1")
    mute: bool = Field(False, description="text only: the prospect does not speak")
    keep_audio: bool = Field(True, description="store each turn's audio beside the session")
    input_device: str = Field("", description="empty: the system default")
    output_device: str = Field("", description="empty: the system default")
    push_to_talk_key: str = Field("Space")
    exam_mode: bool = Field(False, description="hide the patience meter")
    interface_language: Literal["system", "en", "sv", "da"] = Field(
        "system", description="the app's own words; system follows the computer's locale"
    )
    voice_overrides: dict[str, dict] = Field(
        default_factory=dict, description="persona id -> voice"
    )
    role: Literal["", "trainee", "trainer"] = Field(
        "",
        description="who uses this computer's own database: a trainee reads their calls and "
        "the feedback, a trainer reviews; empty until chosen (a team's server decides for itself)",
    )
    trainee: str = Field("", description="last trainee profile used")
    persona: str = Field("grumpy-ceo-sv", description="last persona used")

    def effective_engine(self) -> Literal["scripted", "llm"]:
        if self.engine != "auto":
            return self.engine
        return "llm" if (self.llm_base_url or self.llm_api_key) else "scripted"


def _settings_path():
    return data_dir() / "settings.json"


def _keyring_get(account: str = "llm_api_key") -> str:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, account) or ""
    except Exception:  # no backend on this system: the key simply is not remembered
        return ""


def _keyring_set(value: str, account: str = "llm_api_key") -> bool:
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, account, value)
        return True
    except Exception:
        return False


def _keyring_allowed() -> bool:
    return os.environ.get("TRAINER_NO_KEYRING") != "1"


def _database_account(url: str) -> str:
    """The keyring entry of a database password: the URL without it (user, host, database)."""
    return f"database:{url}"


def split_database_password(url: str) -> tuple[str, str]:
    """(the URL without its password, the password or "")."""
    if not url:
        return "", ""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return url, ""
    if not parsed.password:
        return url, ""
    bare = parsed._replace(password=None).render_as_string(hide_password=False)
    return bare, str(parsed.password)


def with_database_password(url: str, password: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=password).render_as_string(hide_password=False)


def remember_database_password(url: str, password: str) -> bool:
    """Keep the password of `url` (given without it) in the keyring; False when none works."""
    return _keyring_allowed() and _keyring_set(password, _database_account(url))


def stored_database_url() -> str | None:
    """The database the settings name, with its password from the keyring; None if none set.

    TRAINER_DATABASE_URL, when set, wins (see trainer.paths.database_url)."""
    if os.environ.get("TRAINER_DATABASE_URL"):
        return None
    url = _stored().get("database_url") or ""
    if not isinstance(url, str) or not url:
        return None
    password = _keyring_get(_database_account(url)) if _keyring_allowed() else ""
    return with_database_password(url, password) if password else url


def load_settings(secrets: bool = True) -> Settings:
    """Stored settings, then the environment on top (OPENAI_BASE_URL, OPENAI_API_KEY, TRAINER_LLM_MODEL).

    `secrets=False` leaves the API key out of the keyring's reach: asking the keyring can take
    a noticeable moment, too long for the GUI thread when only a plain setting is wanted."""
    data: dict = {}
    path = _settings_path()
    if path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            log.warning("%s: unreadable settings, using defaults (%s)", path, exc)
    try:
        settings = Settings.model_validate(data)
    except ValidationError:
        log.warning("%s: invalid settings, using defaults", path)
        settings = Settings()
    if secrets and not settings.llm_api_key and os.environ.get("TRAINER_NO_KEYRING") != "1":
        settings.llm_api_key = _keyring_get()
    return settings.model_copy(update=env_overrides())


ENV_VARIABLES = {
    "llm_base_url": "OPENAI_BASE_URL",
    "llm_api_key": "OPENAI_API_KEY",
    "llm_model": "TRAINER_LLM_MODEL",
}


def env_overrides() -> dict[str, str]:
    """Settings the environment overrides for this run only."""
    return {field: os.environ[var] for field, var in ENV_VARIABLES.items() if os.environ.get(var)}


def _stored() -> dict:
    try:
        return json.loads(_settings_path().read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}


def save_settings(settings: Settings) -> None:
    """Persist the settings; values that only came from the environment are not written."""
    data = settings.model_dump()
    stored = _stored()
    for field, value in env_overrides().items():
        if data.get(field) == value:  # unchanged since load: keep what the user had stored
            if field in stored:
                data[field] = stored[field]
            else:
                data[field] = Settings.model_fields[field].default
    # The role is written by save_role alone: a window holding older settings never undoes it.
    data["role"] = stored.get("role", Settings.model_fields["role"].default)
    url, password = split_database_password(data.get("database_url") or "")
    data["database_url"] = url  # never the password: that goes to the keyring or nowhere
    if password and not remember_database_password(url, password):
        from trainer.engines.llm_client import redact_url

        log.warning(
            "%s: no keyring here, so the database password is not kept; "
            "give it in TRAINER_DATABASE_URL each time",
            redact_url(url),
        )
    key = data.pop("llm_api_key", "")
    if key and (os.environ.get("TRAINER_NO_KEYRING") == "1" or not _keyring_set(key)):
        data["llm_api_key"] = key  # no keyring here: keep it in the (user-only) settings file
    # Private from the first byte: the file may hold the API key.
    write_private(_settings_path(), json.dumps(data, indent=2, ensure_ascii=False))


def save_role(role: str) -> None:
    """Keep who uses this computer ("trainee" or "trainer"), leaving every other setting as
    stored."""
    if role not in ("trainee", "trainer"):
        raise ValueError(f"unknown role {role!r}")
    data = _stored()
    data["role"] = role
    write_private(_settings_path(), json.dumps(data, indent=2, ensure_ascii=False))
