"""Offline engine: deterministic replies picked from the persona's lines by the prospect state."""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterator

from trainer.core.acts.similarity import similarity
from trainer.core.acts.times import confirm, fill_time
from trainer.core.persona import Persona
from trainer.core.prospect_state import Directions
from trainer.core.sentences import split_text
from trainer.core.transcript import Turn

# Reactions that may share a reply with the one before them; the rest speak alone.
_COMBINABLE = {"time_pressure", "no", "hang_up", "callback_accepted", "meeting_accepted"}
_ANSWERS = {"open_question", "follow_up", "closed_question", "closed_yes", "closed_no"}
_MAX_LINES = 2
# A variant that opens by echoing the caller ("En mail?", "A meeting?") is said when the caller
# used those words: the echo must fit the turn at least this well.
_ECHO_FIT = 0.25
_ECHO_WORDS = 4


def _said(line: str, said: set[str], lang: str) -> bool:
    """Whether the line, or every sentence of it, was said already in this call (a reply that
    held "Møde? Jeg ringer om fire dæk." and more has said that variant too)."""
    return line in said or all(part in said for part in split_text(line, lang))


class ScriptedEngine:
    """Needs no network; the same call always gets the same replies, and no reply twice."""

    name = "scripted"
    model: str | None = None

    def __init__(self) -> None:
        self._used: Counter[str] = Counter()
        self._heard = ""  # the trainee's turn being answered

    def _echoing(self, options: list[str], said: set[str], lang: str) -> str | None:
        """The unsaid variant whose opening echo ("En mail?") fits what the caller said."""
        best, fit = None, _ECHO_FIT
        for line in options:
            head, mark, _ = line.partition("?")
            if not mark or len(head.split()) > _ECHO_WORDS or _said(line, said, lang):
                continue
            score = similarity(self._heard, head, lang)
            if score >= fit:
                best, fit = line, score
        return best

    def _line(
        self, persona: Persona, key: str, said: set[str], time_label: str | None = None
    ) -> str | None:
        """The next variant of a reaction not yet said in this call (then filler, then any)."""
        options = getattr(persona.lines, key, None) or []
        if time_label:
            # Say the agreed time back when the persona has a line for it.
            options = sorted(options, key=lambda line: "{time}" not in line)
        start = self._used[key]
        self._used[key] += 1
        lang = persona.language
        echo = self._echoing(options, said, lang) if self._heard and not time_label else None
        if echo is not None:
            return echo
        for pool in (options, persona.lines.filler):
            n = len(pool)
            for i in range(n):
                line = fill_time(pool[(start + i) % n], time_label, lang)
                if not _said(line, said, lang):
                    return line
        return fill_time(options[start % len(options)], time_label, lang) if options else None

    def compose(
        self, persona: Persona, directions: Directions, said: set[str] | None = None
    ) -> str:
        """The reply text: the main reaction, a hidden need if one comes out, and a closing note."""
        said = set(said or ())
        label = directions.agreed_time.label if directions.agreed_time else None
        parts: list[str] = []
        main = [r for r in directions.reactions if r not in _COMBINABLE]
        extra = [r for r in directions.reactions if r in _COMBINABLE]
        answers = bool(directions.reveal) or (bool(main) and main[0] in _ANSWERS)
        if "time_pressure" in extra and answers:
            # "I'm heading into a meeting" comes before he answers, not after.
            extra.remove("time_pressure")
            parts.append(self._pick(persona, "time_pressure", said, None))
        for key in main[:1]:
            if directions.reveal and key in _ANSWERS:
                continue  # the revealed need is the answer
            more = self._more(directions, said) if key in _ANSWERS else None
            fact = directions.answer if key in _ANSWERS and directions.answer not in said else None
            if fact:
                said.add(fact)
            parts.append(more or fact or self._pick(persona, key, said, None))
        parts += [need.reveal for need in directions.reveal]
        for key in extra:
            if len(parts) >= _MAX_LINES + len(directions.reveal):
                break
            line = self._pick(persona, key, said, label)
            if label and key.endswith("_accepted") and label.lower() not in line.lower():
                line = f"{line} {confirm(label, persona.language)}"
            parts.append(line)
        text = " ".join(p for p in parts if p).strip()
        return text or (self._line(persona, "filler", said) or "...")

    def _more(self, directions: Directions, said: set[str]) -> str | None:
        """Something not yet said about the need the trainee asks more about."""
        need = directions.elaborate
        chosen = directions.more if directions.more not in said else None
        line = chosen or (next((m for m in need.more if m not in said), None) if need else None)
        if line:
            said.add(line)
        return line

    def _pick(self, persona: Persona, key: str, said: set[str], label: str | None) -> str:
        line = self._line(persona, key, said, label) or ""
        said.add(line)
        return line

    def reply(
        self,
        persona: Persona,
        turns: list[Turn],
        directions: Directions,
        cancel: threading.Event,
    ) -> Iterator[str]:
        self._heard = next((t.text for t in reversed(turns) if t.speaker == "trainee"), "")
        said = {t.text for t in turns if t.speaker == "prospect"}
        said |= {
            s
            for t in turns
            if t.speaker == "prospect"
            for s in split_text(t.text, persona.language)
        }
        text = self.compose(persona, directions, said)
        for piece in re.findall(r"\S+\s*", text):
            if cancel.is_set():
                return
            yield piece
