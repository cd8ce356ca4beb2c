"""The shape of one exported session, validated with pydantic before anything is stored."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from trainer.core.transcript import Transcript

BUNDLE_FORMAT = "trainer.bundle"
BUNDLE_VERSION = 1
UID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9-]{0,63}$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ScoreRecord(_Model):
    kind: str
    scorer_version: str
    created_at: datetime | None = None
    payload: dict[str, Any]


class CommentRecord(_Model):
    uid: str = Field(pattern=UID_PATTERN)
    turn_index: int | None = None
    author: str = ""
    text: str = Field(min_length=1)
    created_at: datetime


class OverrideRecord(_Model):
    uid: str = Field(pattern=UID_PATTERN)
    criterion_id: str
    section: str = ""
    auto_score: int | None = None
    score: int
    max: int | None = None
    reason: str = Field(min_length=1)
    author: str = ""
    created_at: datetime


class FeedbackRecord(_Model):
    comments: list[CommentRecord] = Field(default_factory=list)
    overrides: list[OverrideRecord] = Field(default_factory=list)


class SessionRecord(_Model):
    """Everything about one call that another installation needs to show and review it."""

    uid: str = Field(pattern=UID_PATTERN)
    trainee: str = Field(min_length=1)
    persona_id: str
    persona_name: str = ""
    language: str
    engine: str
    model: str | None = None
    started_at: datetime
    ended_at: datetime | None = None
    outcome: str | None = None
    exam_mode: bool = False
    duration_seconds: float | None = None
    needs: int | None = None
    time: int | None = None
    overall: int | None = None
    reviewed: bool = False
    reviewed_at: datetime | None = None
    transcript: Transcript
    turn_latency: dict[int, dict[str, float]] = Field(default_factory=dict)
    persona: dict[str, Any] | None = None
    scores: list[ScoreRecord] = Field(default_factory=list)
    feedback: FeedbackRecord = Field(default_factory=FeedbackRecord)


class FileEntry(_Model):
    file: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class ManifestSession(FileEntry):
    uid: str = Field(pattern=UID_PATTERN)
    audio: list[FileEntry] = Field(default_factory=list)


class Manifest(_Model):
    format: str
    version: int
    created_at: datetime | None = None
    app: str = ""
    sessions: list[ManifestSession]
