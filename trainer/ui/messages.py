"""One bridge for one-line user messages (qutebrowser's `message` module, in small).

Any code on any thread calls `info()`, `warning()` or `error()`. Messages sent before a window
has connected are cached and delivered, in order, as soon as one does.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QObject, Signal

Level = Literal["info", "warning", "error"]


class MessageBridge(QObject):
    """Emits `shown(level, text)`; caches messages until the first receiver connects."""

    shown = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._cache: list[tuple[str, str]] = []
        self._connected = False

    def show(self, level: Level, text: str) -> None:
        text = " ".join(str(text).split())  # always one line
        with self._lock:
            if not self._connected:
                self._cache.append((level, text))
                return
        self.shown.emit(level, text)

    def connect_receiver(self, receiver: Callable[[str, str], None]) -> None:
        """Connect a slot (a method of a GUI-thread QObject) and flush the cache into it."""
        self.shown.connect(receiver)
        with self._lock:
            cached, self._cache = self._cache, []
            self._connected = True
        for level, text in cached:
            self.shown.emit(level, text)

    def disconnect_receiver(self, receiver: Callable[[str, str], None]) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.shown.disconnect(receiver)
        with self._lock:
            self._connected = False


_bridge: MessageBridge | None = None


def bridge() -> MessageBridge:
    global _bridge
    if _bridge is None:
        _bridge = MessageBridge()
    return _bridge


def info(text: str) -> None:
    bridge().show("info", text)


def warning(text: str) -> None:
    bridge().show("warning", text)


def error(text: str) -> None:
    bridge().show("error", text)
