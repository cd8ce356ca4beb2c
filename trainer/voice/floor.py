"""Holding the floor: when the trainee talks past the persona's limit, the prospect cuts in.

The seed CEO's complaint is the salesperson who talks fast and long so he never gets to say he
is on his way into a meeting. While push-to-talk is held, a timer runs; past
`persona.patience.monologue_seconds` it fires once, and the caller asks `Call.cut_in()` for the
prospect's interruption.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class FloorWatch:
    """Fires `on_cut_in` once if the trainee is still talking `limit` seconds after `start`."""

    def __init__(self, limit: float, on_cut_in: Callable[[], None], clock=time.monotonic) -> None:
        self.limit = limit
        self._on_cut_in = on_cut_in
        self._clock = clock
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()
        self.fired = False
        self.started_at: float | None = None

    def start(self) -> None:
        with self._lock:
            self._cancel_locked()
            self.fired = False
            self.started_at = self._clock()
            self._timer = threading.Timer(self.limit, self._fire)
            self._timer.daemon = True
            self._timer.start()

    def _fire(self) -> None:
        with self._lock:
            if self._timer is None:
                return
            self._timer = None
            self.fired = True
        self._on_cut_in()

    def stop(self) -> bool:
        """The trainee let go; returns whether the prospect had already cut in."""
        with self._lock:
            self._cancel_locked()
            return self.fired

    def _cancel_locked(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
