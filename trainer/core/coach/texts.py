"""The coach's words per language (short tips, line banks, moment and drill texts), read from
the YAML files beside this module so a native speaker can edit them without touching code."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from trainer.core.language import language_code
from trainer.core.transcript import Coaching

TEXT_DIR = Path(__file__).resolve().parent / "lang"


@dataclass(frozen=True)
class CoachTexts:
    code: str
    why: str
    drill: dict[str, str]
    tips: dict[str, str]
    times: tuple[str, ...]
    today: tuple[str, ...]
    lines: dict[str, tuple[str, ...]]
    not_echo: frozenset[str] = frozenset()

    def bank(self, key: str) -> tuple[str, ...]:
        return self.lines.get(key, ())


@cache
def coach_texts(code: str | None) -> CoachTexts:
    """The texts for a language (sv, da or en; anything else falls back as the scorer's do)."""
    code = language_code(code)
    data = yaml.safe_load((TEXT_DIR / f"{code}.yaml").read_text(encoding="utf-8"))
    return CoachTexts(
        code=code,
        why=str(data["why"]),
        drill={str(k): str(v) for k, v in data["drill"].items()},
        tips={str(k): str(v) for k, v in data["tips"].items()},
        times=tuple(str(t) for t in data["times"]),
        today=tuple(str(t) for t in data["today"]),
        lines={str(k): tuple(str(x) for x in v) for k, v in data["lines"].items()},
        not_echo=frozenset(str(w).lower() for w in data.get("not_echo") or ()),
    )


def drill_of(coaching: Coaching | None) -> str | None:
    """Which call this one drills, for the review: "Drill of 2026-03-12 14:05 (replay from
    turn 6)"; None for a call that is no drill."""
    mark = coaching.drill if coaching is not None else None
    if mark is None:
        return None
    if mark.at is not None:
        when = mark.at.astimezone().strftime("%Y-%m-%d %H:%M")
    else:
        when = f"call #{mark.of}" if mark.of is not None else "an earlier call"
    if mark.kind == "replay" and mark.from_turn is not None:
        return f"Drill of {when} (replay from turn {mark.from_turn + 1})"
    return f"Drill of {when} (focused call)"


def coaching_used(coaching: Coaching | None) -> list[str]:
    """What a reviewer is told about the help a call had: "coached: 2 hints, 1 rewind", and
    which call it drills when it is a drill."""
    if coaching is None:
        return []
    drill = drill_of(coaching)
    parts = [
        f"{n} {word}{'' if n == 1 else 's'}"
        for n, word in (
            (coaching.pauses, "pause"),
            (len(coaching.hints), "hint"),
            (coaching.rewinds, "rewind"),
        )
        if n
    ]
    used = f"coached: {', '.join(parts)}" if parts else "coached, no help used"
    return [drill, used] if drill else [used]
