"""Offline engine: deterministic replies picked from the persona's lines by the prospect state."""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterator

from trainer.core.persona import Persona
from trainer.core.prospect_state import Directions
from trainer.core.transcript import Turn

# Reactions that may share a reply with the one before them; the rest speak alone.
_COMBINABLE = {"time_pressure", "no", "hang_up", "callback_accepted", "meeting_accepted"}
_MAX_LINES = 2


class ScriptedEngine:
    """Needs no network; the same call always gets the same replies."""

    name = "scripted"
    model: str | None = None

    def __init__(self) -> None:
        self._used: Counter[str] = Counter()

    def _line(self, persona: Persona, key: str) -> str | None:
        options = getattr(persona.lines, key, None) or persona.lines.filler
        if not options:
            return None
        line = options[self._used[key] % len(options)]
        self._used[key] += 1
        return line

    def compose(self, persona: Persona, directions: Directions) -> str:
        """The reply text: the main reaction, a hidden need if one comes out, and a closing note."""
        parts: list[str] = []
        main = [r for r in directions.reactions if r not in _COMBINABLE]
        extra = [r for r in directions.reactions if r in _COMBINABLE]
        for key in main[:1]:
            if directions.reveal and key in ("open_question", "follow_up", "closed_question"):
                continue  # the revealed need is the answer
            parts.append(self._line(persona, key) or "")
        parts += [need.reveal for need in directions.reveal]
        for key in extra:
            if len(parts) >= _MAX_LINES + len(directions.reveal):
                break
            parts.append(self._line(persona, key) or "")
        text = " ".join(p for p in parts if p).strip()
        return text or (self._line(persona, "filler") or "...")

    def reply(
        self,
        persona: Persona,
        turns: list[Turn],
        directions: Directions,
        cancel: threading.Event,
    ) -> Iterator[str]:
        text = self.compose(persona, directions)
        for piece in re.findall(r"\S+\s*", text):
            if cancel.is_set():
                return
            yield piece
