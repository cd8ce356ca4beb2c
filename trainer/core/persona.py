"""Persona files: YAML validated by a pydantic schema, with errors that name file, line and field."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from trainer.core.errors import KnownError

Language = Literal["sv", "da", "en"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Voice(Strict):
    """Hints for picking a speech voice; the user can override them in the audio settings."""

    gender: Literal["male", "female", "any"] = "any"
    rate: int = Field(default=100, ge=50, le=200, description="percent of the normal rate")
    pitch: int = Field(default=50, ge=0, le=100)


class HiddenNeed(Strict):
    """A fact the prospect reveals only when a real question touches it."""

    id: str
    fact: str = Field(description="what is true about the prospect (for the LLM and the trainer)")
    keywords: list[str] = Field(
        min_length=1, description="words in a question that touch this need"
    )
    reveal: str = Field(description="what the scripted prospect says when the need comes out")
    questions: list[str] = Field(
        default_factory=list,
        description="questions whose meaning touches this need (matched by similarity, not words)",
    )


class Patience(Strict):
    """How much the prospect tolerates; the prospect state moves within 0..100."""

    start: int = Field(default=50, ge=1, le=100)
    monologue_words: int = Field(
        default=60, ge=10, description="a trainee turn longer than this is a monologue"
    )
    monologue_seconds: float = Field(
        default=25.0, gt=0, description="the prospect cuts in after this"
    )
    meeting_threshold: int = Field(
        default=55, ge=0, le=100, description="patience needed to accept a meeting"
    )
    needs_for_meeting: int = Field(
        default=1, ge=0, description="hidden needs revealed before a meeting is accepted"
    )
    callback_threshold: int = Field(
        default=25, ge=0, le=100, description="patience needed to accept a call-back at a set time"
    )
    hang_up_below: int = Field(
        default=0, ge=0, le=60, description="the prospect hangs up when patience falls to this"
    )


class Behaviour(Strict):
    """Switches for how the prospect's state machine treats this persona."""

    time_pressure_first: bool = Field(
        default=True,
        description="says 'I'm heading into a meeting' early unless the caller asks leave",
    )
    no_means_not_now: bool = Field(
        default=False, description="answers the reason for the call with a no that means 'not now'"
    )
    behind_no_reveals: str | None = Field(
        default=None, description="the hidden need (id) that the reason behind the no is about"
    )


class Lines(Strict):
    """What the offline engine says; each key is a reaction, each list is tried in turn."""

    greeting: list[str] = Field(min_length=1)
    time_pressure: list[str] = Field(min_length=1, description="'I'm on my way into a meeting'")
    heard_of_us: list[str] = Field(min_length=1)
    monologue: list[str] = Field(min_length=1)
    buzzwords: list[str] = Field(min_length=1)
    reason_ok: list[str] = Field(min_length=1)
    unclear: list[str] = Field(
        min_length=1, description="no reason given yet: 'what is this about?'"
    )
    acknowledged: list[str] = Field(min_length=1)
    closed_question: list[str] = Field(min_length=1)
    closed_yes: list[str] = Field(
        default_factory=list, description="yes to a yes/no question that is true for them"
    )
    closed_no: list[str] = Field(
        default_factory=list, description="no to a yes/no question that is not their problem"
    )
    off_topic: list[str] = Field(
        default_factory=list, description="a question that is not about their business"
    )
    bad_time: list[str] = Field(default_factory=list, description="answer to 'is this a bad time?'")
    permission_granted: list[str] = Field(
        default_factory=list, description="grants the little time asked for"
    )
    callback_declined: list[str] = Field(
        default_factory=list, description="refuses a call-back after a poor call"
    )
    open_question: list[str] = Field(
        min_length=1, description="answer to a real question with nothing to reveal"
    )
    follow_up: list[str] = Field(min_length=1)
    meeting_too_early: list[str] = Field(min_length=1)
    meeting_accepted: list[str] = Field(
        min_length=1, description="accepts a meeting; {time} is replaced by the agreed time"
    )
    meeting_declined: list[str] = Field(min_length=1)
    callback_accepted: list[str] = Field(
        min_length=1, description="accepts a call-back; {time} is replaced by the agreed time"
    )
    callback_when: list[str] = Field(min_length=1, description="a call-back offered without a time")
    no: list[str] = Field(
        min_length=1, description="the prospect's no, said when patience runs low"
    )
    behind_no: list[str] = Field(min_length=1, description="the reason behind the no, when asked")
    hang_up: list[str] = Field(min_length=1)
    goodbye: list[str] = Field(min_length=1)
    cut_in: list[str] = Field(
        min_length=1, description="the prospect interrupts a trainee who holds the floor"
    )
    pitch: list[str] = Field(
        min_length=1, description="reaction to product talk before any question"
    )
    filler: list[str] = Field(min_length=1, description="anything else")
    number_given: list[str] = Field(
        default_factory=list, description="inbound: the caller gives his number"
    )
    sent_away: list[str] = Field(
        default_factory=list, description="inbound: told to call back later"
    )
    injection: list[str] = Field(
        min_length=1, description="the trainee tries to steer the AI itself"
    )


class Persona(Strict):
    """Everything that makes one prospect: who, where, how they behave and what they hide."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    display_name: str
    role: str
    company: str
    language: Language
    direction: Literal["outbound", "inbound"] = "outbound"
    voice: Voice = Voice()
    situation: str
    personality: str
    trainee_brief: str = Field(
        description="what the trainee knows before calling (shown on the card)"
    )
    hidden_needs: list[HiddenNeed] = Field(default_factory=list)
    objections: list[str] = Field(default_factory=list)
    pet_peeves: list[str] = Field(default_factory=list)
    patience: Patience = Patience()
    behaviour: Behaviour = Behaviour()
    lines: Lines

    @field_validator("hidden_needs")
    @classmethod
    def _unique_need_ids(cls, needs: list[HiddenNeed]) -> list[HiddenNeed]:
        ids = [n.id for n in needs]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"hidden need ids must be unique, repeated: {', '.join(dupes)}")
        return needs


class PersonaError(KnownError):
    """A persona file that cannot be used; the message is `file:line: field: problem`."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path, self.line = str(path), line
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")


def _node_line(root: yaml.Node | None, loc: Iterable[int | str]) -> int | None:
    """Follow a pydantic error location through the YAML node tree to a 1-based line."""
    node, line = root, (root.start_mark.line + 1 if root else None)
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == key), None)
            key_node = next((k for k, _ in node.value if k.value == key), None)
            if match is None:
                return line
            node, line = match, (key_node or match).start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def parse_persona(text: str, path: Path | str = "<persona>") -> Persona:
    """Parse and validate one persona; raises PersonaError pointing at the offending line."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise PersonaError(path, line, f"not valid YAML: {exc.problem}") from None
    if not isinstance(data, dict):
        raise PersonaError(path, 1, "a persona file must be a YAML mapping of fields")
    try:
        return Persona.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = list(err["loc"])
        field = ".".join(str(p) for p in loc) or "persona"
        msg = err["msg"]
        if err["type"] == "missing":
            msg = "required field is missing"
        elif err["type"] == "extra_forbidden":
            msg = "unknown field (check the spelling)"
        raise PersonaError(path, _node_line(root, loc), f"{field}: {msg}") from None


def load_persona(path: Path | str) -> Persona:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PersonaError(path, None, f"cannot read the file ({exc.__class__.__name__})") from None
    return parse_persona(text, path)


@dataclass(frozen=True)
class PersonaCatalog:
    """Every persona found, plus one error line per file that could not be used."""

    personas: dict[str, Persona]
    errors: list[PersonaError]
    paths: dict[str, Path]

    def get(self, persona_id: str) -> Persona:
        try:
            return self.personas[persona_id]
        except KeyError:
            known = ", ".join(sorted(self.personas)) or "none"
            raise KnownError(f"no persona {persona_id!r} (known: {known})") from None


def load_catalog(folders: Iterable[Path]) -> PersonaCatalog:
    """Load all `*.yaml` personas; later folders (the user's) override earlier ones by id."""
    personas: dict[str, Persona] = {}
    paths: dict[str, Path] = {}
    errors: list[PersonaError] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]):
            try:
                persona = load_persona(path)
            except PersonaError as exc:
                errors.append(exc)
                continue
            personas[persona.id] = persona
            paths[persona.id] = path
    return PersonaCatalog(personas, errors, paths)
