"""The prospect's reply, streamed on its own QThread so the window never waits on the network.

A `ReplyWorker` wraps one reply: a function that, given a cancel `threading.Event`, returns an
iterator of text deltas (an engine's `reply`). Each delta becomes a signal on the GUI thread.
Cancelling sets the event from the GUI thread; the worker checks it between chunks (a busy
worker never runs a queued "stop" slot) and closes the stream instead of leaking it.

Every reply gets a fresh thread, so a stalled server never delays the next reply; `ReplyThreads`
keeps a reference to each thread until it has finished and joins them on shutdown.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QThread, Signal, Slot

from trainer.core.errors import KnownError

log = logging.getLogger(__name__)

Produce = Callable[[threading.Event], Iterator[str]]


def describe_failure(exc: BaseException) -> str:
    """One line for the user: a KnownError says it itself; anything else is named plainly."""
    if isinstance(exc, KnownError):
        return str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
    return (
        f"The reply failed unexpectedly ({exc.__class__.__name__}: {exc}). "
        "Retry, or switch to the offline engine."
    )


class ReplyWorker(QObject):
    """Streams one reply. Signals carry the reply id so late signals of an old reply are ignorable."""

    delta = Signal(int, str)
    finished = Signal(int, bool)  # reply id, cut off (cancelled before the end)
    failed = Signal(int, str)  # reply id, one-line message

    def __init__(self, reply_id: int, produce: Produce) -> None:
        super().__init__()
        self.reply_id = reply_id
        self.cancel_event = threading.Event()
        self._produce = produce

    def cancel(self) -> None:
        """Thread-safe: called from the GUI thread while `run` is busy on the worker thread."""
        self.cancel_event.set()

    @Slot()
    def run(self) -> None:
        try:
            stream = self._produce(self.cancel_event)
            with (
                contextlib.closing(stream) if hasattr(stream, "close") else contextlib.nullcontext()
            ):
                for chunk in stream:
                    if self.cancel_event.is_set():
                        break
                    if chunk:
                        self.delta.emit(self.reply_id, chunk)
        except Exception as exc:  # every failure reaches the window as one line
            if not isinstance(exc, KnownError):
                log.exception("reply %s failed", self.reply_id)
            self.failed.emit(self.reply_id, describe_failure(exc))
            return
        self.finished.emit(self.reply_id, self.cancel_event.is_set())


class ReplyThreads(QObject):
    """Owns the threads of running replies; `shutdown` quits and joins every one of them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: dict[QThread, ReplyWorker] = {}

    def start(self, worker: ReplyWorker) -> QThread:
        thread = QThread()
        thread.setObjectName(f"reply-{worker.reply_id}")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.finished.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.finished.connect(self._reap)
        self._running[thread] = worker
        thread.start()
        return thread

    @Slot()
    def _reap(self) -> None:
        """Forget threads whose event loop has ended (the references kept them alive till now)."""
        for thread in [t for t in self._running if t.isFinished()]:
            thread.wait()
            self._running.pop(thread, None)

    def running(self) -> int:
        return sum(1 for t in self._running if t.isRunning())

    def cancel_all(self) -> None:
        for worker in self._running.values():
            worker.cancel()

    def shutdown(self, msecs: int = 5000) -> bool:
        """Cancel, quit and wait for every thread; True when all of them have stopped."""
        self.cancel_all()
        clean = True
        for thread in list(self._running):
            thread.quit()
            if not thread.wait(msecs):
                # A reply stuck in a blocking read past its timeout: stop it rather than crash on exit.
                log.warning("reply thread %s did not stop; terminating it", thread.objectName())
                thread.terminate()
                thread.wait()
                clean = False
            self._running.pop(thread, None)
        return clean
