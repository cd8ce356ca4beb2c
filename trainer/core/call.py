"""One practice call, Qt-free: the turn loop that both the window and `rehearse` drive.

The trainee's turn is recorded (and handed to `on_turn` for the store) before the prospect
answers; the prospect's turn is recorded when its reply ends or is cut off, with the text
actually said. A crash therefore loses at most the turn in progress.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

from trainer.core.detectors import detect_trainee
from trainer.core.engine import Engine
from trainer.core.persona import Persona
from trainer.core.prospect_state import Directions, ProspectState
from trainer.core.transcript import AgreedTimeData, Outcome, Transcript, Turn

TurnSink = Callable[[int, Turn], None]


class Call:
    """A live call: transcript, prospect state and engine, with a clock in seconds from the start."""

    def __init__(
        self,
        persona: Persona,
        engine: Engine,
        trainee: str | None = None,
        on_turn: TurnSink | None = None,
        on_end: Callable[[Outcome], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        started_at: datetime | None = None,
    ) -> None:
        self.persona = persona
        self.engine = engine
        self.state = ProspectState(persona)
        self.transcript = Transcript(persona=persona.id, language=persona.language, trainee=trainee)
        self._on_turn = on_turn or (lambda index, turn: None)
        self._on_end = on_end or (lambda outcome: None)
        self._clock = clock
        self._t0 = clock()
        # The last reply's failure, one line, until a reply succeeds: a call that ends while
        # it stands ended because the engine failed, not by the trainee's choice.
        self.failure: str | None = None
        # Wall-clock start: "Friday at 10" is resolved against the day the call took place.
        self.started_at = started_at or datetime.now().replace(microsecond=0)

    @property
    def turns(self) -> list[Turn]:
        return self.transcript.turns

    @property
    def ended(self) -> bool:
        return self.transcript.outcome is not None

    def now(self) -> float:
        return round(self._clock() - self._t0, 3)

    def _add(self, turn: Turn) -> None:
        self.transcript.turns.append(turn)
        self._on_turn(len(self.transcript.turns) - 1, turn)

    def trainee_says(
        self, text: str, start: float | None = None, end: float | None = None
    ) -> Directions:
        """Record the trainee's turn at once, then let the prospect state react to it."""
        end = self.now() if end is None else end
        start = end if start is None else start
        previous = next((t.text for t in reversed(self.turns) if t.speaker == "prospect"), "")
        moment = self.started_at + timedelta(seconds=max(0.0, end))
        events = detect_trainee(text, self.persona.language, previous, now=moment)
        turn = Turn(
            speaker="trainee", text=text.strip(), start=start, end=end, acts=list(events.acts)
        )
        self._add(turn)
        seconds = end - start if end > start else None
        directions = self.state.update(events, seconds)
        if self.state.agreed_time is not None and self.state.outcome in ("meeting", "callback"):
            self.transcript.agreed_time = AgreedTimeData(**self.state.agreed_time.to_json())
        return directions

    def prospect_stream(
        self, directions: Directions, cancel: threading.Event | None = None
    ) -> Iterator[str]:
        """Stream the prospect's reply; the turn is recorded however the stream ends.

        If the engine fails mid-reply, what was already said is kept and the error re-raised.
        """
        cancel = cancel or threading.Event()
        start = self.now()
        said: list[str] = []
        error = "the prospect's reply failed"
        failed = True
        try:
            for delta in self.engine.reply(self.persona, list(self.turns), directions, cancel):
                said.append(delta)
                yield delta
            failed = False
        except Exception as exc:
            error = str(exc).strip() or error
            raise
        finally:
            self.finish_reply("".join(said), start, directions, cancel.is_set(), failed, error)

    def finish_reply(
        self,
        text: str,
        start: float,
        directions: Directions,
        cut_off: bool = False,
        failed: bool = False,
        error: str = "",
    ) -> int:
        """Record a finished (or broken-off) reply; returns its turn index, -1 if nothing was said.

        The call closes when the prospect state decided so, unless the reply failed: then the
        caller may retry it, and `failure` says what went wrong until a reply succeeds.
        """
        self.failure = (error or "the prospect's reply failed") if failed else None
        before = len(self.turns)
        self.finish_prospect_turn(text, start, cut_off=cut_off or failed)
        if directions.end and not failed and not self.ended:
            self._end(directions.end)
        return before if len(self.turns) > before else -1

    def finish_prospect_turn(
        self, text: str, start: float, cut_off: bool = False, end: float | None = None
    ) -> None:
        """Record what the prospect actually said (voice may trim a cut-off reply to the sentence)."""
        text = text.strip()
        if not text:
            return
        self._add(
            Turn(
                speaker="prospect",
                text=text,
                start=start,
                end=self.now() if end is None else end,
                cut_off=cut_off,
            )
        )
        self.state.heard(text, cut_off)

    def replace_last_prospect_text(self, text: str) -> None:
        """After a barge-in, keep only what was actually heard."""
        for turn in reversed(self.turns):
            if turn.speaker == "prospect":
                turn.text, turn.cut_off = text, True
                break

    def greet(self, cancel: threading.Event | None = None) -> Iterator[str]:
        return self.prospect_stream(self.state.greeting(), cancel)

    def reply_text(self, directions: Directions) -> str:
        return "".join(self.prospect_stream(directions))

    def cut_in(self) -> Directions:
        return self.state.cut_in()

    def hang_up(self) -> Outcome:
        """The trainee ends the call; the outcome reached so far stands, else `failed` when
        the last reply failed, else `ended`."""
        if not self.ended:
            if self.state.outcome is None and self.failure:
                self._end("failed")
            else:
                self._end(self.state.end_by_trainee())
        return self.transcript.outcome  # type: ignore[return-value]

    def abandon(self) -> Outcome:
        """The app closes mid-call: an outcome already reached stands, else `failed` when the
        last reply failed, else `not_finished`."""
        if not self.ended:
            self._end(self.state.outcome or ("failed" if self.failure else "not_finished"))
        return self.transcript.outcome  # type: ignore[return-value]

    def _end(self, outcome: Outcome) -> None:
        self.state.outcome = outcome
        self.transcript.outcome = outcome
        self._on_end(outcome)


def play_lines(call: Call, lines: list[str]) -> Call:
    """Play a scripted call: the greeting, then each line and the prospect's reply, until the
    prospect ends the call; then hang up. Used by `rehearse`, the benchmarks and the tests."""
    "".join(call.greet())
    for line in lines:
        if call.ended:
            break
        call.reply_text(call.trainee_says(line))
    call.hang_up()
    return call
