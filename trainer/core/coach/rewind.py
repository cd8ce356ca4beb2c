"""Rewind: take back the trainee's last turn and the prospect's reply to it.

The prospect state is snapshotted (copy.deepcopy) just before each trainee turn moves it, so
a rewind puts patience, its history, the revealed needs and the outcome back exactly as they
were; the prospect then says its previous line again. The snapshot is taken from the Call's
`on_turn` sink, which the call invokes for a trainee turn before the state reacts to it, so
the call loop needs no change.

Turns are committed to the store as they are said. Given a `drop` (delete the stored turns
from an index on), the rewinder commits every turn at once and a rewind drops what it takes
back; without one it holds back the latest `hold` exchanges from the real sink (committed when
the trainee carries on or the call ends) and only those can be taken back.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from trainer.core.errors import KnownError
from trainer.core.prospect_state import ProspectState
from trainer.core.transcript import AgreedTimeData, Outcome, Turn

if TYPE_CHECKING:
    from trainer.core.call import Call, TurnSink


@dataclass
class _Mark:
    """Everything a trainee turn may change, as it was just before that turn."""

    index: int
    state: ProspectState
    outcome: Outcome | None
    agreed_time: AgreedTimeData | None
    failure: str | None


@dataclass(frozen=True)
class Rewound:
    """What a rewind took back, and the line the prospect says again."""

    index: int  # the first turn taken back
    removed: tuple[Turn, ...]
    say_again: str
    reopened: bool = False  # the call had ended and is open again


@dataclass
class _Exchange:
    turns: list[tuple[int, Turn]] = field(default_factory=list)


def snapshot(state: ProspectState) -> ProspectState:
    """A deep copy of the state that shares the (frozen) persona instead of copying it."""
    return copy.deepcopy(state, {id(state.persona): state.persona})


class Rewinder:
    """The Call's `on_turn` sink with rewind: snapshots before trainee turns, holds the latest
    exchanges back from `sink` so they can be taken back.

    `hold` is how many exchanges may be taken back: None holds every one (no store, as in
    tests), 0 holds none (exam mode: everything is committed at once and nothing rewinds).
    With `drop`, nothing is held and every turn may be taken back: a rewind drops the stored
    turns from the first one it takes back.
    """

    def __init__(
        self,
        sink: TurnSink | None = None,
        hold: int | None = None,
        drop: Callable[[int], None] | None = None,
    ) -> None:
        self._sink = sink
        self._drop = drop
        self.hold = 0 if drop is not None else hold
        self.call: Call | None = None
        self._marks: list[_Mark] = []
        self._held: list[_Exchange] = []
        self.rewinds = 0

    def bind(self, call: Call) -> Call:
        """Attach to the call whose state the snapshots are of (the sink is its on_turn)."""
        self.call = call
        return call

    # -- the sink ------------------------------------------------------------------------------
    def __call__(self, index: int, turn: Turn) -> None:
        if turn.speaker == "trainee" and self.call is not None:
            self._mark(index)
            if self.hold != 0:
                self._held.append(_Exchange())
                while self.hold is not None and len(self._held) > self.hold:
                    self._commit(self._held.pop(0))
        if self._held and self.hold != 0:
            self._held[-1].turns.append((index, turn))
        else:
            self._send(index, turn)

    def _mark(self, index: int) -> None:
        call = self.call
        assert call is not None
        agreed = call.transcript.agreed_time
        self._marks.append(
            _Mark(
                index=index,
                state=snapshot(call.state),
                outcome=call.transcript.outcome,
                agreed_time=agreed.model_copy(deep=True) if agreed is not None else None,
                failure=call.failure,
            )
        )

    def _send(self, index: int, turn: Turn) -> None:
        if self._sink is not None:
            self._sink(index, turn)

    def _commit(self, exchange: _Exchange) -> None:
        for index, turn in exchange.turns:
            self._send(index, turn)

    def flush(self) -> None:
        """Commit every held turn (the call ends, or the app closes); nothing rewinds after."""
        held, self._held = self._held, []
        for exchange in held:
            self._commit(exchange)
        self._marks.clear()

    def holds(self, index: int) -> bool:
        """True while the turn at `index` is held back (not yet in the store)."""
        return any(i == index for e in self._held for i, _ in e.turns)

    # -- rewinding -------------------------------------------------------------------------
    @property
    def depth(self) -> int:
        """How many trainee turns can be taken back now."""
        if self.hold is None or self._drop is not None:
            return len(self._marks)
        return min(len(self._marks), len(self._held))

    def can_rewind(self) -> bool:
        return self.call is not None and self.depth > 0

    def rewind(self) -> Rewound:
        """Take back the last trainee turn and what followed it; the state returns exactly to
        how it was before that turn."""
        call = self.call
        if call is None or not self._marks:
            raise KnownError("There is no turn of yours to take back yet.")
        if self.depth == 0:
            raise KnownError("That turn is already saved with the call and cannot be taken back.")
        mark = self._marks.pop()
        if self._held and self.hold != 0:
            self._held.pop()
        turns = call.transcript.turns
        removed = tuple(turns[mark.index :])
        del turns[mark.index :]
        if self._drop is not None:
            self._drop(mark.index)
        reopened = call.transcript.outcome is not None and mark.outcome is None
        call.state = mark.state
        call.transcript.outcome = mark.outcome
        call.transcript.agreed_time = mark.agreed_time
        call.failure = mark.failure
        self.rewinds += 1
        again = next((t.text for t in reversed(turns) if t.speaker == "prospect"), "")
        return Rewound(mark.index, removed, again, reopened)
