"""A scripted call with coaching: `/hint` asks for three lines at that point, `/rewind` takes
back the last trainee turn and its reply. Used by `trainer rehearse --lines`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from trainer.core.call import Call
from trainer.core.coach.hints import offline_hints
from trainer.core.coach.rewind import Rewinder, Rewound
from trainer.core.errors import KnownError
from trainer.core.scoring import score_transcript
from trainer.core.transcript import Coaching, HintUse, Transcript

HINT, REWIND = "/hint", "/rewind"

# (turns, persona, state, score so far, lines to avoid) -> three lines; an LLM's, say.
Hinter = Callable[..., list[str]]
# ("hint", [lines]) | ("rewind", Rewound) | ("problem", "one line")
Listener = Callable[[str, Any], None]


def command(line: str) -> str | None:
    """'/hint' or '/rewind' (any case, surrounding blanks ignored); None for a spoken line."""
    word = line.strip().lower()
    return word if word in (HINT, REWIND) else None


def rewinds_in(lines: Sequence[str]) -> int:
    """How many exchanges a script may take back: so many are held back from the store."""
    return sum(command(line) == REWIND for line in lines)


def hints_now(
    call: Call, coaching: Coaching, hinter: Hinter | None = None, on_event: Listener | None = None
) -> list[str]:
    """Three lines for this point of the call (the LLM's when there is one, else the banks'),
    recorded with the call."""
    on_event = on_event or (lambda kind, value: None)
    so_far = Transcript(language=call.persona.language, turns=list(call.turns))
    result = score_transcript(so_far, call.persona)
    avoid = [line for use in coaching.hints for line in use.lines]
    lines: list[str] | None = None
    if hinter is not None:
        try:
            lines = hinter(call.turns, call.persona, call.state, result, avoid)
        except KnownError as exc:
            on_event("problem", f"hints from the LLM failed, offline hints instead: {exc}")
    if not lines:
        lines = offline_hints(call.turns, call.persona, call.state, result, avoid)
    coaching.hints.append(HintUse(before_turn=len(call.turns), lines=lines))
    return lines


def play_script(
    call: Call,
    rewinder: Rewinder,
    lines: Sequence[str],
    hinter: Hinter | None = None,
    on_event: Listener | None = None,
) -> Coaching:
    """Greet, then say each line (or obey a command) until the prospect ends the call.

    A `/rewind` right after the prospect ended the call takes the ending back too; a spoken
    line after the end stops the script, as hanging up would.
    """
    on_event = on_event or (lambda kind, value: None)
    coaching = call.transcript.coaching or Coaching()
    call.transcript.coaching = coaching
    "".join(call.greet())
    for line in lines:
        what = command(line)
        if what == REWIND:
            try:
                rewound: Rewound = rewinder.rewind()
            except KnownError as exc:
                on_event("problem", f"/rewind: {exc}")
                continue
            coaching.rewinds += 1
            on_event("rewind", rewound)
        elif call.ended:
            break
        elif what == HINT:
            on_event("hint", hints_now(call, coaching, hinter, on_event))
        else:
            call.reply_text(call.trainee_says(line))
    return coaching


def patience_history(call: Call) -> list[dict]:
    """[{"turn", "delta", "reason"}]: each move of patience, `turn` the transcript index (from
    0) of the trainee turn that moved it."""
    trainee = [i for i, t in enumerate(call.turns) if t.speaker == "trainee"]
    out = []
    for change in call.state.history:
        k = change.trainee_turn
        index = trainee[k - 1] if 0 < k <= len(trainee) else None
        out.append({"turn": index, "delta": change.delta, "reason": change.reason})
    return out
