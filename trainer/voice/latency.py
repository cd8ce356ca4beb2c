"""Per-turn latency: monotonic stamps from the trainee's end of turn to the prospect's voice.

The stages follow one reply through the voice pipeline, so a slow turn shows where the time
went: the engine (first_token), the splitter (first_sentence), speech synthesis
(first_synthesis), the player (playback_start) and the device buffer (first_audio).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

STAGES = ("first_token", "first_sentence", "first_synthesis", "playback_start", "first_audio")


class TurnLatency:
    """Stamps are kept once (the first time a stage is reached) and read as seconds."""

    def __init__(self, origin: float | None = None, clock: Callable[[], float] = time.monotonic):
        self._clock = clock
        self.origin = clock() if origin is None else origin
        self._stamps: dict[str, float] = {}
        self._lock = threading.Lock()

    def mark(self, stage: str, at: float | None = None) -> None:
        with self._lock:
            self._stamps.setdefault(stage, self._clock() if at is None else at)

    def has(self, stage: str) -> bool:
        return stage in self._stamps

    def as_dict(self) -> dict[str, float]:
        """Seconds from the trainee's end of turn to each stage reached, in pipeline order;
        the shape `Store.set_turn_latency` keeps."""
        with self._lock:
            stamps = dict(self._stamps)
        order = [s for s in STAGES if s in stamps] + sorted(set(stamps) - set(STAGES))
        return {s: round(max(0.0, stamps[s] - self.origin), 4) for s in order}
