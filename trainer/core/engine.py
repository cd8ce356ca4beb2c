"""The one interface both engines (scripted and LLM) speak; defined in core so the call loop needs no outer layer."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Protocol

from trainer.core.persona import Persona
from trainer.core.prospect_state import Directions
from trainer.core.transcript import Turn


class Engine(Protocol):
    """Produces the prospect's next reply as a stream of text deltas.

    `cancel` is set from another thread (barge-in, hang-up); the engine checks it between
    chunks and stops early. Errors a user can fix are raised as `KnownError`.
    """

    name: str
    model: str | None

    def reply(
        self,
        persona: Persona,
        turns: list[Turn],
        directions: Directions,
        cancel: threading.Event,
    ) -> Iterator[str]: ...
