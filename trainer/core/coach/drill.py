"""The one drill offered after the call, as data the score card and `rehearse` can show.

Replay when one moment holds most of what the weakest criterion lost (going back to just
before it is the quickest way to try the better line); otherwise a short call focused on the
weakest criterion, because the loss is spread over the call or is something never done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from trainer.core.coach.moments import Drill, Moment
from trainer.core.coach.texts import coach_texts
from trainer.core.engine import Engine
from trainer.core.persona import Persona
from trainer.core.scoring.result import CriterionResult, ScoreResult
from trainer.core.transcript import DrillMark, Transcript, Turn

if TYPE_CHECKING:
    from trainer.core.call import Call


def weakest(result: ScoreResult) -> CriterionResult | None:
    """The criterion that lost the most (share of its maximum breaks ties), as the tips rank."""
    lost = [c for c in result.criteria if c.applicable and c.lost > 0]
    lost.sort(key=lambda c: (-c.lost, -c.lost / c.max))
    return lost[0] if lost else None


def pick_drill(
    moments: Sequence[Moment], result: ScoreResult, transcript: Transcript
) -> Drill | None:
    """{"kind": "replay" | "focus", "turn", "criterion", "text"}; None for a flawless call."""
    worst_criterion = weakest(result)
    if worst_criterion is None:
        return None
    t = coach_texts(result.language or transcript.language)
    worst = moments[0] if moments else None
    if worst is not None and worst.points * 2 >= worst_criterion.lost:
        return Drill(
            kind="replay",
            turn=worst.turn,
            criterion=worst.criterion,
            text=t.drill["replay"].format(turn=worst.turn + 1, line=worst.instead),
        )
    where = next(
        (m.turn for m in moments if m.criterion == worst_criterion.id),
        worst.turn if worst is not None else None,
    )
    tip = t.tips.get(worst_criterion.id) or worst_criterion.tip
    return Drill(
        kind="focus",
        turn=where,
        criterion=worst_criterion.id,
        text=t.drill["focus"].format(name=worst_criterion.name, tip=tip),
    )


def replay_parts(turns: Sequence[Turn], before_turn: int) -> tuple[list[Turn], Turn | None]:
    """Split the turns before `before_turn` into those to fold in and the prospect's line to
    say again (the last one before the moment, so the trainee hears what they answer; None
    when the moment does not follow a prospect line)."""
    before = [t.model_copy(deep=True) for t in turns[: max(0, before_turn)]]
    if before and before[-1].speaker == "prospect":
        return before[:-1], before[-1]
    return before, None


def fold_turns(call: Call, turns: Sequence[Turn]) -> Call:
    """Let a call's prospect state take in stored turns as they were said, at their times:
    the trainee's move patience and what is revealed exactly as they did, the prospect's
    words are heard as said (cut off where they were)."""
    for turn in turns:
        if turn.speaker == "trainee":
            call.trainee_says(turn.text, turn.start, turn.end)
        else:
            start = turn.start if turn.start is not None else call.now()
            call.finish_prospect_turn(turn.text, start, cut_off=turn.cut_off, end=turn.end)
    return call


def drill_mark(drill: Drill, of: int | None, at: datetime | None = None) -> DrillMark:
    """What a drill call keeps in its coaching about the call it drills (`of`, started `at`)."""
    kind = "replay" if drill.kind == "replay" else "focus"
    return DrillMark(
        of=of,
        kind=kind,
        from_turn=drill.turn if kind == "replay" else None,
        criterion=drill.criterion,
        at=at,
    )


def replay_call(
    transcript: Transcript,
    persona: Persona,
    engine: Engine,
    before_turn: int,
    on_turn: Callable[[int, Turn], None] | None = None,
) -> Call:
    """A new call that starts where the stored one stood just before `before_turn`: the turns
    before it are folded into a fresh prospect state (the prospect's words as they were said),
    so the trainee can try the moment again against the same prospect."""
    from trainer.core.call import Call

    call = Call(persona, engine, trainee=transcript.trainee, on_turn=on_turn)
    return fold_turns(call, transcript.turns[: max(0, before_turn)])
