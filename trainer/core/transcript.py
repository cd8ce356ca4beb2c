"""The `trainer.transcript/1` format: what `sessions show --json` prints and `score` reads."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from trainer.core.errors import KnownError

FORMAT = "trainer.transcript/1"
Speaker = Literal["trainee", "prospect"]
# "not_finished": the app was closed mid-call (the call is kept and scored as it stands).
# "failed": the prospect's engine failed (an LLM error) and the call ended there; what was
# said is kept and scored.
Outcome = Literal["meeting", "callback", "hung_up", "ended", "not_finished", "failed"]


class AgreedTimeData(BaseModel):
    """The time a meeting or call-back was agreed for, resolved against the call's date."""

    model_config = ConfigDict(extra="ignore")

    phrase: str = ""
    start: datetime
    precision: Literal["minute", "part", "day", "period"] = "minute"
    label: str = ""
    deadline: bool = False
    soon: bool = False  # "om en halv time", "as soon as possible": due within a while of the call


class Turn(BaseModel):
    """One utterance. Times are seconds from the start of the call; optional in hand-written files."""

    model_config = ConfigDict(extra="ignore")

    speaker: Speaker
    text: str
    start: float | None = None
    end: float | None = None
    cut_off: bool = False
    # Trainee turns: the acts read when the turn was said (the model's, and an LLM's if asked).
    acts: list[str] | None = None
    llm_acts: list[str] | None = None

    @field_validator("text", mode="before")
    @classmethod
    def _text_is_str(cls, value: object) -> object:
        return "" if value is None else value

    @property
    def duration(self) -> float | None:
        if self.start is None or self.end is None:
            return None
        return max(0.0, self.end - self.start)


class HintUse(BaseModel):
    """One Hint asked for during the call: where, and the three lines offered."""

    before_turn: int  # the index the trainee's next turn would have
    lines: list[str] = Field(default_factory=list)


class DrillMark(BaseModel):
    """A call started as the drill of an earlier call: which one, what kind, from where."""

    of: int | None = None  # the earlier call's session id
    kind: Literal["replay", "focus"]
    from_turn: int | None = None  # a replay: the index of the turn it starts just before
    criterion: str | None = None
    at: datetime | None = None  # when the earlier call started, for the review to name it


class Coaching(BaseModel):
    """The live coaching a call used (shown in the review); the score is of the call as it
    stands, rewound turns gone."""

    pauses: int = 0
    hints: list[HintUse] = Field(default_factory=list)
    rewinds: int = 0
    drill: DrillMark | None = None  # this call is a drill of an earlier one


class Transcript(BaseModel):
    """A whole call: who was called, in which language, how it ended and every turn in order."""

    model_config = ConfigDict(extra="ignore")

    format: Literal["trainer.transcript/1"] = FORMAT
    persona: str | None = None
    language: str = "en"
    trainee: str | None = None
    outcome: Outcome | None = None
    agreed_time: AgreedTimeData | None = None
    turns: list[Turn] = Field(default_factory=list)
    coaching: Coaching | None = None  # coached mode only

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json", exclude_none=False)


def parse_transcript(data: object, source: str = "transcript") -> Transcript:
    """Validate decoded JSON; a wrong shape becomes one readable line naming the field."""
    if isinstance(data, dict) and "format" not in data:
        data = {**data, "format": FORMAT}
    if isinstance(data, dict) and data.get("format") != FORMAT:
        raise KnownError(f"{source}: not a {FORMAT} file (format is {data.get('format')!r})")
    try:
        return Transcript.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "top level"
        raise KnownError(f"{source}: {where}: {err['msg']}") from None


def load_transcript(path: str | Path) -> Transcript:
    """Read a transcript file; any problem is a KnownError with the file name in it."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnownError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KnownError(f"{path}: cannot read ({exc})") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise KnownError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    return parse_transcript(data, str(path))
