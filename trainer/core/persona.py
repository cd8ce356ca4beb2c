"""Persona files: YAML validated by a pydantic schema, with errors that name file, line and field.

Persona files come from users and from other people's bundles, so everything is bounded: the
file's size (checked before reading), every text and the id. A bad file is one line and is
skipped; it never costs the other personas, or a `personas list`, more than a glance.
"""

from __future__ import annotations

import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from trainer.core.errors import KnownError

Language = Literal["sv", "da", "en"]

MAX_FILE_BYTES = 256 * 1024  # the shipped personas are about 10 KB
MAX_TEXT_CHARS = 4000  # any one text: a line, a fact, the situation (the longest shipped: ~250)
MAX_ID_CHARS = 64
# Names Windows refuses as file names; an id becomes part of file names in exports.
WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{p}{n}" for p in ("com", "lpt") for n in range(1, 10)]
)
# libyaml when present: the same results, many times faster than the pure-Python parser.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_max_length=MAX_TEXT_CHARS)


class Voice(Strict):
    """Hints for picking a speech voice; the user can override them in the audio settings."""

    gender: Literal["male", "female", "any"] = "any"
    rate: int = Field(default=100, ge=50, le=200, description="percent of the normal rate")
    pitch: int = Field(default=50, ge=0, le=100)


class HiddenNeed(Strict):
    """A fact the prospect reveals only when a real question touches it."""

    id: str = Field(max_length=MAX_ID_CHARS)
    fact: str = Field(description="what is true about the prospect (for the LLM and the trainer)")
    keywords: list[str] = Field(
        min_length=1, description="words in a question that touch this need"
    )
    reveal: str = Field(description="what the scripted prospect says when the need comes out")
    questions: list[str] = Field(
        default_factory=list,
        description="questions whose meaning touches this need (matched by similarity, not words)",
    )
    more: list[str] = Field(
        default_factory=list,
        description="what the scripted prospect adds when asked more about it once it is out",
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
    small_talk: list[str] = Field(
        default_factory=list, description="answer to 'how are you today?' small talk"
    )
    line_check: list[str] = Field(
        default_factory=list,
        description="answer to 'hello?', 'can you hear me?' ('Yes, I'm here.')",
    )
    identity: list[str] = Field(
        default_factory=list, description="answer to 'is this Larry?' ('Speaking.')"
    )
    price_heard: list[str] = Field(
        default_factory=list,
        description="inbound: reacts to the price he asked for and asks what happens next",
    )
    injection: list[str] = Field(
        min_length=1, description="the trainee tries to steer the AI itself"
    )


class Persona(Strict):
    """Everything that makes one prospect: who, where, how they behave and what they hide."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=MAX_ID_CHARS)
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

    @field_validator("id")
    @classmethod
    def _portable_id(cls, value: str) -> str:
        if value in WINDOWS_RESERVED:
            raise ValueError(f"{value!r} is a reserved file name on Windows; choose another id")
        return value

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
        message = " ".join(message.split())  # one line, whatever the file contained
        if len(message) > 300:
            message = message[:297] + "..."
        super().__init__(f"{where}: {message}")


def _field_name(loc: Iterable[int | str]) -> str:
    """The dotted field path; keys come from the file, so they are shown safely and short."""
    parts = []
    for part in loc:
        text = str(part)
        if not text.isprintable() or len(text) > 60:
            text = repr(text[:60])
        parts.append(text)
    return ".".join(parts) or "persona"


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


def _parse_yaml(text: str) -> tuple[yaml.Node | None, object]:
    """The node tree (for line numbers) and the data, from one pass of the parser."""
    loader = _YAML_LOADER(text)
    try:
        root = loader.get_single_node()
        return root, (loader.construct_document(root) if root is not None else None)
    finally:
        loader.dispose()


def parse_persona(text: str, path: Path | str = "<persona>") -> Persona:
    """Parse and validate one persona; raises PersonaError pointing at the offending line."""
    if len(text) > MAX_FILE_BYTES:
        raise PersonaError(path, None, _too_big(len(text.encode("utf-8", "replace"))))
    try:
        root, data = _parse_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or getattr(exc, "reason", None) or exc
        raise PersonaError(
            path, mark.line + 1 if mark else None, f"not valid YAML: {problem}"
        ) from None
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        # A value YAML reads but Python cannot hold, e.g. the date 2024-13-45.
        raise PersonaError(path, None, f"not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise PersonaError(path, 1, "a persona file must be a YAML mapping of fields")
    try:
        return Persona.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = list(err["loc"])
        msg = err["msg"]
        if err["type"] == "missing":
            msg = "required field is missing"
        elif err["type"] == "extra_forbidden":
            msg = "unknown field (check the spelling)"
        try:
            line = _node_line(root, loc)
        except (AttributeError, TypeError, RecursionError):  # an odd key (a list, a mapping)
            line = None
        raise PersonaError(path, line, f"{_field_name(loc)}: {msg}") from None


def _too_big(size: int) -> str:
    return (
        f"the file is {size / 1024:.0f} KB, more than the {MAX_FILE_BYTES // 1024} KB a persona "
        "may have; shorten it"
    )


def load_persona(path: Path | str) -> Persona:
    """Read and check one file; the size is checked before a byte is read."""
    path = Path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a folder or a pipe would fail or block the read
            raise PersonaError(path, None, "not a regular file")
        size = info.st_size
        if size > MAX_FILE_BYTES:
            raise PersonaError(path, None, _too_big(size))
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)  # the file may have grown since the stat
        if len(raw) > MAX_FILE_BYTES:
            raise PersonaError(path, None, _too_big(len(raw)))
        text = raw.decode("utf-8-sig")
    except OSError as exc:
        raise PersonaError(path, None, f"cannot read the file ({exc.__class__.__name__})") from None
    except UnicodeDecodeError as exc:
        raise PersonaError(
            path, None, f"not UTF-8 text (byte {exc.start}); save the file as UTF-8"
        ) from None
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
