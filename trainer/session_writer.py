"""Writes a call to the store turn by turn, and keeps what the database cannot take yet.

A locked database (another program inside a long transaction) or a full disk must not lose a
turn that was said. Every write joins an ordered queue; it is retried with back-off within a
time budget, and what still cannot be written stays queued, in order, for the next attempt
(the next turn, the end of the call). The session row itself is written with the first turn,
so a call in which nothing was said leaves no session behind.

`SessionWriter` is the queue (callers choose when to flush: `rehearse` flushes inline);
`BackgroundWriter` flushes it on a thread of its own, so the window never waits on the disk.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from trainer.core.errors import KnownError
from trainer.core.persona import Persona
from trainer.core.transcript import AgreedTimeData, Coaching, Turn
from trainer.store import Store, StoreError

log = logging.getLogger(__name__)

RETRY_ENV = "TRAINER_STORE_RETRY_SECONDS"
END_BUDGET = 30.0  # how long the end of a call may keep retrying (a long lock, a full disk)
TURN_BUDGET = 2.0  # how long one turn's write may hold up the call before it is queued
ATTEMPT_SECONDS = 1.0  # SQLite's own wait for a lock, per attempt
FIRST_DELAY = 0.05
MAX_DELAY = 1.0


def end_budget() -> float:
    """Seconds the end of a call retries its writes; `TRAINER_STORE_RETRY_SECONDS` sets it."""
    raw = os.environ.get(RETRY_ENV, "").strip()
    try:
        return max(0.0, float(raw)) if raw else END_BUDGET
    except ValueError:
        return END_BUDGET


def turn_budget() -> float:
    return min(TURN_BUDGET, end_budget())


def writer_store(store: Store, busy_timeout: float = ATTEMPT_SECONDS) -> Store:
    """A second handle on the same database whose attempts give up after `busy_timeout`.

    The shared store waits for a lock far longer than one turn may; back-off between short
    attempts says sooner that the database is busy and keeps the call going meanwhile. An
    in-memory database has no second handle: the store itself is used.
    """
    url = store.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return store
    return Store(
        url.render_as_string(hide_password=False), busy_timeout=busy_timeout, migrate=False
    )


@dataclass
class _Write:
    """One queued write: the session, a turn, a turn's new text or acts, turns taken back,
    the coaching used, or the call's end."""

    kind: str  # start | turn | update | acts | drop | coaching | end
    index: int = -1
    turn: Turn | None = None
    acts: list[str] | None = None
    outcome: str = ""
    agreed_time: AgreedTimeData | None = None
    ended_at: datetime | None = None
    duration: float | None = None
    coaching: Coaching | None = None


class SessionWriter:
    """The ordered queue of one call's writes, with retry, back-off and a one-line notice."""

    def __init__(
        self,
        store: Any,
        trainee: str,
        persona: Persona,
        engine: str,
        model: str | None,
        *,
        exam_mode: bool = False,
        started_at: datetime | None = None,
        on_problem: Callable[[str], None] | None = None,
        on_saved: Callable[[], None] | None = None,
    ) -> None:
        self.store = store
        self.session_id: int | None = None
        self.problem: str | None = None  # the last failure, while writes are waiting
        self._start = dict(
            trainee=trainee,
            persona=persona,
            engine=engine,
            model=model,
            exam_mode=exam_mode,
            started_at=started_at or datetime.now(UTC),
        )
        self._on_problem = on_problem or (lambda text: None)
        self._on_saved = on_saved or (lambda: None)
        self._queue: deque[_Write] = deque()
        self._lock = threading.Lock()  # guards the queue
        self._flushing = threading.Lock()  # one flush at a time, so writes stay in order
        self._said = False  # a turn was queued, so the session is kept
        self._stop = threading.Event()

    # -- queueing (any thread, never blocks on the database) --------------------------------
    def add_turn(self, index: int, turn: Turn) -> None:
        with self._lock:
            if not self._said:
                self._said = True
                self._queue.append(_Write("start"))
            self._queue.append(_Write("turn", index, turn.model_copy(deep=True)))

    def update_turn(self, index: int, turn: Turn) -> None:
        self._queue_if_said(_Write("update", index, turn.model_copy(deep=True)))

    def set_llm_acts(self, index: int, acts: list[str]) -> None:
        self._queue_if_said(_Write("acts", index, acts=list(acts)))

    def drop_turns(self, index: int) -> None:
        """The turns from `index` on were taken back (Rewind): the store forgets them too."""
        self._queue_if_said(_Write("drop", index))

    def set_coaching(self, coaching: Coaching) -> None:
        """The pauses, hints and rewinds the trainee used, kept with the call for the review."""
        self._queue_if_said(_Write("coaching", coaching=coaching.model_copy(deep=True)))

    def end(
        self,
        outcome: str,
        agreed_time: AgreedTimeData | None = None,
        duration: float | None = None,
    ) -> None:
        """The call ended now (`duration`: its length on the call's clock); a call in which
        nothing was said is not stored at all."""
        ended_at = datetime.now(UTC)
        self._queue_if_said(_Write("end", -1, None, None, outcome, agreed_time, ended_at, duration))

    def _queue_if_said(self, write: _Write) -> None:
        with self._lock:
            if self._said:
                self._queue.append(write)

    @property
    def stored(self) -> bool:
        """Whether the call has anything to store (a session with no turns is not kept)."""
        return self._said

    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    def unsaved_turns(self) -> list[int]:
        with self._lock:
            return [w.index for w in self._queue if w.kind == "turn"]

    # -- writing ----------------------------------------------------------------------------
    def flush(self, budget: float, stop: threading.Event | None = None) -> bool:
        """Write what is queued, in order, retrying with back-off for up to `budget` seconds.

        True when nothing is left. What could not be written stays queued for the next flush.
        """
        stop = stop or self._stop
        deadline = time.monotonic() + budget
        delay = FIRST_DELAY
        with self._flushing:
            while True:
                with self._lock:
                    if not self._queue:
                        break
                    write = self._queue[0]
                try:
                    self._apply(write)
                except StoreError as exc:  # locked, disk full, read-only: worth waiting for
                    self._failed(exc)
                    if time.monotonic() + delay > deadline or stop.wait(delay):
                        return False
                    delay = min(delay * 2, MAX_DELAY)
                    continue
                except KnownError as exc:  # this write can never succeed: say so, go on
                    log.warning("a write of the call was dropped: %s", exc)
                self._done(write)
                delay = FIRST_DELAY
            recovered, self.problem = self.problem is not None, None
        if recovered:
            self._on_saved()
        return True

    def drop_first(self) -> None:
        with self._lock:
            if self._queue:
                self._queue.popleft()

    def _done(self, write: _Write) -> None:
        with self._lock:
            if self._queue and self._queue[0] is write:
                self._queue.popleft()

    def _failed(self, exc: StoreError) -> None:
        first = self.problem is None
        self.problem = str(exc).strip()
        if first:
            self._on_problem(self.notice())

    def notice(self) -> str:
        """One line: what is not saved yet, why, and that it is kept."""
        turns = [i + 1 for i in self.unsaved_turns()]
        if not turns:
            what = "The end of the call is"
        elif len(turns) == 1:
            what = f"Turn {turns[0]} is"
        else:
            what = f"Turns {turns[0]}-{turns[-1]} are"
        return (
            f"{what} not saved yet ({self.problem}); kept in memory and saved as soon as the "
            "database allows."
        )

    def _apply(self, write: _Write) -> None:
        store, session = self.store, self.session_id
        if write.kind == "start":
            self.session_id = store.start_session(**self._start)
        elif write.kind == "turn":
            store.add_turn(session, write.index, write.turn)
        elif write.kind == "update":
            store.update_turn(session, write.index, write.turn)
        elif write.kind == "acts":
            store.set_llm_acts(session, write.index, write.acts or [])
        elif write.kind == "drop":
            store.drop_turns(session, write.index)
        elif write.kind == "coaching" and write.coaching is not None:
            store.set_coaching(session, write.coaching)
        elif write.kind == "end":
            options = {} if write.duration is None else {"duration": write.duration}
            store.end_session(
                session,
                write.outcome,
                ended_at=write.ended_at,
                agreed_time=write.agreed_time,
                **options,
            )


class BackgroundWriter:
    """Flushes a `SessionWriter` on its own thread whenever `kick` says there is work.

    It keeps retrying (with the writer's back-off) until everything is written or it is
    closed; `wait_idle` lets a caller wait, with a bound, for the queue to drain.
    """

    def __init__(self, writer: SessionWriter) -> None:
        self.writer = writer
        self._wake = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="session-writer", daemon=True)
        self._thread.start()

    def kick(self) -> None:
        """There is something new in the queue: write it soon."""
        with self._lock:
            self._idle.clear()
            self._wake.set()

    def wait_idle(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for everything queued to be written."""
        return self._idle.wait(timeout)

    def close(self, timeout: float) -> bool:
        """Give the queue up to `timeout` seconds, then stop the thread; True when all is saved."""
        self.kick()
        saved = self.wait_idle(timeout)
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=ATTEMPT_SECONDS + 1)
        return saved and self.writer.pending() == 0

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait()
            self._wake.clear()
            while not self._stop.is_set():
                try:
                    if self.writer.flush(MAX_DELAY * 10, stop=self._stop):
                        break
                except Exception:  # a bug must not stop the writes that follow
                    log.exception("writing the call failed; that write is dropped")
                    self.writer.drop_first()
            with self._lock:
                if not self._wake.is_set() and self.writer.pending() == 0:
                    self._idle.set()
