"""The one drill offered after the call, as data the score card and `rehearse` can show.

Replay when one moment holds most of what the weakest criterion lost (going back to just
before it is the quickest way to try the better line); otherwise a short call focused on the
weakest criterion, because the loss is spread over the call or is something never done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from trainer.core.coach.moments import Drill, Moment
from trainer.core.coach.texts import coach_texts
from trainer.core.engine import Engine
from trainer.core.persona import Persona
from trainer.core.scoring.result import CriterionResult, ScoreResult
from trainer.core.transcript import Transcript, Turn


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


def replay_call(
    transcript: Transcript,
    persona: Persona,
    engine: Engine,
    before_turn: int,
    on_turn: Callable[[int, Turn], None] | None = None,
):
    """A new call that starts where the stored one stood just before `before_turn`: the turns
    before it are folded into a fresh prospect state (the prospect's words as they were said),
    so the trainee can try the moment again against the same prospect."""
    from trainer.core.call import Call

    call = Call(persona, engine, trainee=transcript.trainee, on_turn=on_turn)
    for turn in transcript.turns[: max(0, before_turn)]:
        if turn.speaker == "trainee":
            call.trainee_says(turn.text)
        else:
            call.finish_prospect_turn(turn.text, call.now(), cut_off=turn.cut_off)
    return call
