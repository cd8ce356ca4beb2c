"""The shape of one exported session, validated with pydantic before anything is stored.

The same models are used when a session is written to a bundle and when one is read back, so
an import accepts exactly what an export can produce. Limits keep one hostile file from
costing minutes or gigabytes later on (`sessions rescore`, the review, reports).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    field_validator,
    model_validator,
)

from trainer.core.persona import Persona
from trainer.core.transcript import Outcome, Transcript

BUNDLE_FORMAT = "trainer.bundle"
BUNDLE_VERSION = 1
UID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9-]{0,35}$"

# Limits on one call, checked at import and by `trainer score` (documented in the README).
MAX_TURNS = 2000
MAX_TURN_CHARS = 5000
# A call, a turn's time stamps and its length in seconds: thirty days is far beyond any call.
MAX_CALL_SECONDS = 30 * 24 * 3600
# Sessions (and audio files per session) one bundle may list.
MAX_SESSIONS = 10_000
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)


def _moment(value: datetime) -> datetime:
    """A time a call could have happened: not before 2000, not (much) in the future."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    if aware < EARLIEST:
        raise ValueError("is before the year 2000")
    if aware > datetime.now(UTC) + timedelta(days=1):
        raise ValueError("lies in the future")
    return aware


def _finite(value: float) -> float:
    if not math.isfinite(value):
        raise ValueError("must be a finite number")
    return value


Moment = Annotated[datetime, AfterValidator(_moment)]
Seconds = Annotated[float, Field(ge=0, le=MAX_CALL_SECONDS, allow_inf_nan=False)]
Points = Annotated[StrictInt, Field(ge=0, le=100)]
TurnIndex = Annotated[StrictInt, Field(ge=0, lt=MAX_TURNS)]


def _text(max_length: int, min_length: int = 0) -> Any:
    return Annotated[str, Field(min_length=min_length, max_length=max_length)]


def _name(max_length: int) -> Any:
    """A name shown everywhere: not blank once surrounding spaces are gone."""
    return Annotated[str, Field(max_length=max_length), AfterValidator(_not_blank)]


def _not_blank(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("must not be blank")
    return value


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", allow_inf_nan=False)


class CriterionRecord(_Model):
    """One criterion of a stored score, as the scorer (or the LLM judge) writes it."""

    id: _text(80, 1)
    name: _text(200) = ""
    score: Points
    max: Points
    applicable: StrictBool = True
    evidence: list[TurnIndex] = Field(default_factory=list, max_length=MAX_TURNS)
    quotes: list[_text(MAX_TURN_CHARS)] = Field(default_factory=list, max_length=MAX_TURNS)
    note: _text(2000) = ""
    tip: _text(2000) = ""
    reason: _text(2000) = ""

    @model_validator(mode="after")
    def _within_max(self) -> CriterionRecord:
        if self.score > self.max:
            raise ValueError(f"score {self.score} is above its maximum {self.max}")
        return self


class GroupRecord(_Model):
    name: _text(100) = ""
    score: Points
    criteria: list[CriterionRecord] = Field(default_factory=list, max_length=50)


Metric = StrictInt | Annotated[float, AfterValidator(_finite)] | StrictBool | _text(200) | None


class ScorePayload(_Model):
    """A score card: Needs and Time with their criteria, the overall score, metrics and tips."""

    needs: GroupRecord
    time: GroupRecord
    overall: Points
    metrics: dict[_text(80), Metric] = Field(default_factory=dict, max_length=50)
    tips: list[_text(2000)] = Field(default_factory=list, max_length=10)
    scorer_version: _text(80) = ""
    language: _text(8) = ""


class ScoreRecord(_Model):
    kind: _text(40, 1)
    scorer_version: _text(80, 1)
    created_at: Moment | None = None
    payload: dict[str, Any]

    @field_validator("payload")
    @classmethod
    def _payload_shape(cls, value: dict[str, Any]) -> dict[str, Any]:
        ScorePayload.model_validate(value)
        return value


class CommentRecord(_Model):
    uid: str = Field(pattern=UID_PATTERN)
    turn_index: TurnIndex | None = None
    author: _text(200) = ""
    text: _name(MAX_TURN_CHARS)
    created_at: Moment


class OverrideRecord(_Model):
    uid: str = Field(pattern=UID_PATTERN)
    criterion_id: _text(80, 1)
    section: Literal["needs", "time", ""] = ""
    auto_score: Points | None = None
    score: Points
    max: Points | None = None
    reason: _name(2000)
    author: _text(200) = ""
    created_at: Moment

    @model_validator(mode="after")
    def _within_max(self) -> OverrideRecord:
        if self.max is not None and self.score > self.max:
            raise ValueError(f"score {self.score} is above its maximum {self.max}")
        return self


class FeedbackRecord(_Model):
    comments: list[CommentRecord] = Field(default_factory=list, max_length=MAX_TURNS)
    overrides: list[OverrideRecord] = Field(default_factory=list, max_length=MAX_TURNS)


def check_transcript(transcript: Transcript) -> Transcript:
    """The limits on one call: turns, characters per turn, finite times within a call's span."""
    if len(transcript.turns) > MAX_TURNS:
        raise ValueError(
            f"a call may have at most {MAX_TURNS} turns, this one has {len(transcript.turns)}"
        )
    for index, turn in enumerate(transcript.turns):
        if len(turn.text) > MAX_TURN_CHARS:
            raise ValueError(
                f"turn {index} has {len(turn.text)} characters; at most {MAX_TURN_CHARS} "
                "per turn are accepted"
            )
        for label, value in (("start", turn.start), ("end", turn.end)):
            if value is not None and not (math.isfinite(value) and 0 <= value <= MAX_CALL_SECONDS):
                raise ValueError(
                    f"turn {index}: {label} must be between 0 and {MAX_CALL_SECONDS} seconds"
                )
        for acts in (turn.acts, turn.llm_acts):
            if acts is not None and (len(acts) > 40 or any(len(a) > 40 for a in acts)):
                raise ValueError(f"turn {index}: too many or too long acts")
    agreed = transcript.agreed_time
    if agreed is not None and (len(agreed.phrase) > 500 or len(agreed.label) > 500):
        raise ValueError("agreed_time: phrase and label may have at most 500 characters")
    return transcript


class SessionRecord(_Model):
    """Everything about one call that another installation needs to show and review it."""

    uid: str = Field(pattern=UID_PATTERN)
    trainee: _name(200)
    persona_id: _name(200)
    persona_name: _text(300) = ""
    language: _name(8)
    engine: _name(40)
    model: _text(200) | None = None
    started_at: Moment
    ended_at: Moment | None = None
    outcome: Outcome | None = None
    exam_mode: StrictBool = False
    duration_seconds: Seconds | None = None
    needs: Points | None = None
    time: Points | None = None
    overall: Points | None = None
    reviewed: StrictBool = False
    reviewed_at: Moment | None = None
    transcript: Annotated[Transcript, AfterValidator(check_transcript)]
    turn_latency: dict[Annotated[int, Field(ge=0, lt=MAX_TURNS)], dict[_text(40), Seconds]] = Field(
        default_factory=dict, max_length=MAX_TURNS
    )
    persona: dict[str, Any] | None = None
    scores: list[ScoreRecord] = Field(default_factory=list, max_length=100)
    feedback: FeedbackRecord = Field(default_factory=FeedbackRecord)

    @field_validator("persona")
    @classmethod
    def _persona_shape(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        if value is not None:
            Persona.model_validate(value)
        return value

    @model_validator(mode="after")
    def _consistent(self) -> SessionRecord:
        turns = len(self.transcript.turns)
        if self.ended_at is not None and self.ended_at < self.started_at:
            raise ValueError("ended_at lies before started_at")
        for index in self.turn_latency:
            if index >= turns:
                raise ValueError(f"turn_latency names turn {index}, the call has {turns}")
        for comment in self.feedback.comments:
            if comment.turn_index is not None and comment.turn_index >= turns:
                raise ValueError(f"a comment names turn {comment.turn_index}, the call has {turns}")
        for score in self.scores:
            for group in ("needs", "time"):
                for crit in score.payload[group].get("criteria") or []:
                    if any(i >= turns for i in crit.get("evidence") or []):
                        raise ValueError(f"{crit.get('id')}: evidence names a turn past the call")
        kinds = [(s.kind, s.scorer_version) for s in self.scores]
        if len(set(kinds)) != len(kinds):
            raise ValueError("scores: one kind and scorer version is listed twice")
        return self


class SenderScore(_Model):
    """The totals the sending installation showed for an imported call, kept beside ours."""

    needs: Points | None = None
    time: Points | None = None
    overall: Points | None = None
    scorer_version: _text(80) = ""
    differs: bool = False

    @property
    def text(self) -> str:
        def n(v: int | None) -> str:
            return "–" if v is None else str(v)

        return f"Needs {n(self.needs)}  Time {n(self.time)}  Overall {n(self.overall)}"


class FileEntry(_Model):
    file: _text(300, 1)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class ManifestSession(FileEntry):
    uid: str = Field(pattern=UID_PATTERN)
    audio: list[FileEntry] = Field(default_factory=list, max_length=2 * MAX_TURNS)


class Manifest(_Model):
    format: str
    version: StrictInt
    created_at: datetime | None = None
    app: _text(200) = ""
    sessions: list[ManifestSession] = Field(max_length=MAX_SESSIONS)
