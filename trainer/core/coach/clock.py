"""A call clock that Pause can freeze: the call's times (turn starts and ends, the 20 s between
tips, the monologue limit in seconds) stand still while the trainee is paused."""

from __future__ import annotations

import time
from collections.abc import Callable


class PausableClock:
    """Monotonic seconds minus the time spent paused; pass it to `Call(clock=...)`."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self.pauses = 0

    def __call__(self) -> float:
        now = self._paused_at if self._paused_at is not None else self._clock()
        return now - self._paused_total

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def pause(self) -> None:
        if self._paused_at is None:
            self._paused_at = self._clock()
            self.pauses += 1

    def resume(self) -> None:
        if self._paused_at is not None:
            self._paused_total += self._clock() - self._paused_at
            self._paused_at = None

    def shift(self, seconds: float) -> None:
        """Move the clock on by `seconds`: a replayed call goes on from where the stored call's
        clock stood, so its new turns come after the ones it starts with."""
        self._paused_total -= seconds
