"""The live coach panel's numbers and its one tip, computed without Qt.

The numbers are cheap (word counts, stored acts, question forms) and fit the GUI thread; the
tip needs the scorer, so the window scores the call so far off the GUI thread and hands the
result to `pick_tip`. `TipClock` keeps tips rare: one at a time, at most one every 20 seconds,
never while the prospect is speaking.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from trainer.core.acts.question_form import find_questions
from trainer.core.acts.reading import readable
from trainer.core.coach.stage import Stage, call_stage, last_prospect
from trainer.core.coach.texts import coach_texts
from trainer.core.detectors import detect_prospect, words
from trainer.core.language import pack
from trainer.core.persona import Persona
from trainer.core.prospect_state import ProspectState
from trainer.core.scoring.result import ScoreResult
from trainer.core.transcript import Turn

Level = Literal["ok", "amber", "red"]
# The trainee's share of the talk the rubric gives full points for, with room below it: a
# cold caller must open and explain, but should not talk most of the call.
TALK_BAND = (0.30, 0.55)
# Share above which the rubric already takes points (its next band); red beyond it.
TALK_RED = 0.62
# A turn past this share of the persona's limit already costs points on the score card.
AMBER_SHARE = 0.75
TIP_INTERVAL = 20.0

# Which criteria the trainee can still do something about, stage by stage. A loss that is
# history ("have you heard of us?" was said) is no tip: the next line cannot win it back.
ACTIONABLE: dict[str, set[Stage]] = {
    "reason_early": {"opener"},
    "interruption": {"opener", "reason"},
    "no_pitch_first": {"opener", "reason"},
    "open_questions": {"reason", "discovery"},
    "needs_uncovered": {"reason", "discovery"},
    "follow_ups": {"discovery"},
    "no_early_meeting_push": {"reason", "discovery"},
    "dig_behind_no": {"objections"},
    "next_step": {"next_step"},
    "time_signals": {"opener", "reason", "discovery", "objections", "next_step"},
    "no_monologue": {"opener", "reason", "discovery", "objections", "next_step"},
    "talk_share": {"reason", "discovery", "objections", "next_step"},
    "pace": {"opener", "reason", "discovery", "objections", "next_step"},
}


@dataclass(frozen=True)
class LiveNumbers:
    """What the coach panel shows at one moment of the call."""

    stage: Stage
    share: float | None  # the trainee's share of the talk, 0..1 (None before both spoke)
    unit: Literal["words", "seconds"]
    band: tuple[float, float]
    share_level: Level
    turn_words: int  # the turn being typed or spoken now
    turn_seconds: float | None
    turn_level: Level
    word_limit: int
    seconds_limit: float
    open_questions: int
    closed_questions: int


def _timed(turns: Sequence[Turn]) -> bool:
    """Seconds are fair only when both sides' turns have real durations (spoken, not typed)."""
    mine = [t.duration or 0.0 for t in turns if t.speaker == "trainee" and t.text.strip()]
    theirs = [t.duration or 0.0 for t in turns if t.speaker == "prospect" and t.text.strip()]
    return bool(mine) and bool(theirs) and sum(mine) > 0 and sum(theirs) > 0


def talk_share(turns: Sequence[Turn]) -> tuple[float | None, Literal["words", "seconds"]]:
    """The trainee's share of the talk: by seconds when the turns are timed, else by words."""
    if _timed(turns):
        mine = sum(t.duration or 0.0 for t in turns if t.speaker == "trainee")
        total = sum(t.duration or 0.0 for t in turns)
        return (round(mine / total, 3) if total else None), "seconds"
    mine_w = sum(len(words(t.text)) for t in turns if t.speaker == "trainee")
    theirs_w = sum(len(words(t.text)) for t in turns if t.speaker == "prospect")
    if not mine_w or not theirs_w:
        return None, "words"
    return round(mine_w / (mine_w + theirs_w), 3), "words"


def share_level(share: float | None) -> Level:
    if share is None or share <= TALK_BAND[1]:
        return "ok"
    return "amber" if share <= TALK_RED else "red"


def turn_level(words_now: int, seconds: float | None, persona: Persona) -> Level:
    """Amber when the turn nears the persona's limit (it starts to cost points), red past it."""
    p = persona.patience
    seconds = seconds or 0.0
    if words_now > p.monologue_words or seconds > p.monologue_seconds:
        return "red"
    if words_now > AMBER_SHARE * p.monologue_words or seconds > AMBER_SHARE * p.monologue_seconds:
        return "amber"
    return "ok"


@lru_cache(maxsize=4096)
def _question_kinds(text: str, lang: str) -> tuple[int, int]:
    found = find_questions(readable(text), pack(lang))
    opened = sum(q.kind == "open" for q in found)
    return opened, len(found) - opened


def question_counts(turns: Sequence[Turn], lang: str) -> tuple[int, int]:
    """Open and closed questions the trainee has asked, by the same question-form reading the
    scorer uses."""
    opened = closed = 0
    for turn in turns:
        if turn.speaker == "trainee":
            o, c = _question_kinds(turn.text, lang)
            opened, closed = opened + o, closed + c
    return opened, closed


def live_numbers(
    turns: Sequence[Turn],
    persona: Persona,
    state: ProspectState | None = None,
    draft: str = "",
    draft_seconds: float | None = None,
) -> LiveNumbers:
    """The panel's numbers; `draft` is the turn being typed (or recognised), `draft_seconds`
    how long the trainee has been speaking."""
    share, unit = talk_share(turns)
    opened, closed = question_counts(turns, persona.language)
    count = len(words(draft))
    return LiveNumbers(
        stage=call_stage(turns, persona, state),
        share=share,
        unit=unit,
        band=TALK_BAND,
        share_level=share_level(share),
        turn_words=count,
        turn_seconds=draft_seconds,
        turn_level=turn_level(count, draft_seconds, persona),
        word_limit=persona.patience.monologue_words,
        seconds_limit=persona.patience.monologue_seconds,
        open_questions=opened,
        closed_questions=closed,
    )


def _actionable(criterion: str, stage: Stage, turns: Sequence[Turn], lang: str) -> bool:
    if stage not in ACTIONABLE.get(criterion, set()):
        return False
    if criterion == "time_signals":
        # Only while the prospect's last line is the time signal the next line should answer.
        return detect_prospect(last_prospect(turns)[1], lang).time_signal
    if criterion == "talk_share":
        return sum(t.speaker == "prospect" for t in turns) >= 2
    return True


def pick_tip(
    result: ScoreResult,
    turns: Sequence[Turn],
    persona: Persona,
    state: ProspectState | None = None,
    recent: Collection[str] = (),
) -> tuple[str, str] | None:
    """(criterion id, short tip) for the largest loss the next line can still act on.

    `recent` holds criteria already tipped; they give way to any other actionable loss, so
    the coach does not say the same thing twice in a row.
    """
    stage = call_stage(turns, persona, state)
    lang = persona.language
    lost = [
        c
        for c in result.criteria
        if c.applicable and c.lost > 0 and _actionable(c.id, stage, turns, lang)
    ]
    if not lost:
        return None
    lost.sort(key=lambda c: (c.id in recent, -c.lost, -c.lost / c.max))
    best = lost[0]
    short = coach_texts(lang).tips.get(best.id) or best.tip
    return best.id, short


class TipClock:
    """Decides when a tip may appear: one at a time, at most one every `interval` seconds,
    never while the prospect speaks. Times are the call's own clock (it stops when paused)."""

    def __init__(self, interval: float = TIP_INTERVAL) -> None:
        self.interval = interval
        self.last_shown: float | None = None
        self.current: str | None = None
        self.recent: list[str] = []

    def due(self, now: float, prospect_speaking: bool) -> bool:
        if prospect_speaking:
            return False
        return self.last_shown is None or now - self.last_shown >= self.interval

    def offer(self, tip: tuple[str, str] | None, now: float, prospect_speaking: bool) -> str | None:
        """The tip to show now, or None (not due, nothing to say, or the same tip again)."""
        if tip is None or not self.due(now, prospect_speaking):
            return None
        criterion, text = tip
        if text == self.current:
            return None
        self.current, self.last_shown = text, now
        self.recent = [*self.recent[-2:], criterion]
        return text
