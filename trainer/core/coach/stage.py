"""Where the call is: opener → reason → discovery → objections → next step.

Derived from the acts read in the trainee's turns so far and the prospect's signals (and, in a
live call, the prospect state), so the panel, the hints and the live tip agree on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

from trainer.core.detectors import detect_prospect, detect_trainee
from trainer.core.persona import Persona
from trainer.core.prospect_state import ProspectState
from trainer.core.transcript import Turn

Stage = Literal["opener", "reason", "discovery", "objections", "next_step"]
STAGES: tuple[Stage, ...] = ("opener", "reason", "discovery", "objections", "next_step")

ASKING = {"needs_question", "follow_up", "dig_behind_no"}
PROPOSING = {"meeting_push", "callback_proposal", "callback_promise", "number_asked"}


@lru_cache(maxsize=2048)
def _read(text: str, lang: str, previous: str) -> tuple[str, ...]:
    return tuple(detect_trainee(text, lang, previous).acts)


def turn_acts(turns: Sequence[Turn], lang: str) -> list[tuple[int, tuple[str, ...]]]:
    """(index, acts) of every trainee turn: the acts stored with it, else read now."""
    out: list[tuple[int, tuple[str, ...]]] = []
    previous = ""
    for index, turn in enumerate(turns):
        if turn.speaker == "prospect":
            previous = turn.text
        elif turn.acts is not None:
            out.append((index, tuple(turn.acts)))
        else:
            out.append((index, _read(turn.text, lang, previous)))
    return out


def last_prospect(turns: Sequence[Turn]) -> tuple[int, str]:
    """The prospect's most recent line and its index (-1 and "" before they spoke)."""
    for index in range(len(turns) - 1, -1, -1):
        if turns[index].speaker == "prospect":
            return index, turns[index].text
    return -1, ""


def open_refusal(turns: Sequence[Turn], lang: str, state: ProspectState | None = None) -> bool:
    """The prospect's last line turns the caller down and nobody has asked what lies behind it."""
    index, text = last_prospect(turns)
    if index < 0 or not detect_prospect(text, lang).said_no:
        return False
    if state is not None:
        # A "no" to a yes/no question refuses nothing; the state knows which it was.
        return state.said_no and not state.behind_no_told
    before = turn_acts(turns[:index], lang)
    asked = before[-1][1] if before else ()
    return "heard_of_us" not in asked


def call_stage(
    turns: Sequence[Turn], persona: Persona, state: ProspectState | None = None
) -> Stage:
    """The stage the call has reached, from the acts so far and the prospect's last signals."""
    lang = persona.language
    read = turn_acts(turns, lang)
    if not read:
        return "opener"
    outcome = state.outcome if state is not None else None
    if outcome in ("meeting", "callback"):
        return "next_step"
    acts = set().union(*(a for _, a in read))
    if open_refusal(turns, lang, state):
        return "objections"
    last = set(read[-1][1])
    pending = state is not None and state.pending is not None
    if last & PROPOSING or pending:
        return "next_step"
    if state is not None and _needs_enough(state, persona):
        return "next_step"
    if acts & ASKING:
        return "discovery"
    if persona.direction == "inbound":
        return "opener"
    if "reason" in acts or (state is not None and state.reason_known):
        return "reason"
    return "opener"


def _needs_enough(state: ProspectState, persona: Persona) -> bool:
    """Enough has come out, and patience holds, for a next step to be worth proposing."""
    wanted = max(1, persona.patience.needs_for_meeting)
    return len(state.revealed) >= wanted and state.patience >= persona.patience.callback_threshold
