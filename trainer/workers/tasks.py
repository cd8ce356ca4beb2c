"""One small helper for one-off background jobs (Picard's `run_task`).

`fn` runs on a pool thread; its result or its exception comes back to the GUI thread, where
`on_done(result)` or `on_error(exc)` is called. Nothing here touches widgets off the GUI thread.
A result that arrives after its widget was closed and deleted is dropped, not an error: pass
`context` (the widget), or give a bound method of a QObject, and delivery checks it is alive.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_pool: QThreadPool | None = None
_pending: set[_Relay] = set()  # relays are kept alive until their result is delivered


def pool() -> QThreadPool:
    """The pool for background jobs (its own, so a slow job never starves Qt's global pool)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
    return _pool


class _Relay(QObject):
    """Lives on the GUI thread; a queued signal carries the outcome from the pool thread to it."""

    outcome = Signal(object, object)  # result, exception

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        context: QObject | None,
    ):
        super().__init__()
        self._on_done, self._on_error, self._context = on_done, on_error, context
        self.outcome.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        _pending.discard(self)
        self.deleteLater()
        if self._context is not None and not shiboken6.isValid(self._context):
            return  # the widget that asked was closed meanwhile
        try:
            if error is not None:
                self._on_error(error)  # type: ignore[arg-type]
            else:
                self._on_done(result)
        except RuntimeError as exc:
            if "already deleted" not in str(exc):
                raise
            log.debug("result dropped, its receiver is gone: %s", exc)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn, self._relay = fn, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # handed to on_error on the GUI thread, never lost
            self._relay.outcome.emit(None, exc)
        else:
            self._relay.outcome.emit(result, None)


def _log_error(exc: BaseException) -> None:
    log.error("background job failed: %s", exc, exc_info=exc)


def run_task(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    context: QObject | None = None,
) -> None:
    """Run `fn()` off the GUI thread; call `on_done(result)` or `on_error(exc)` back on it.

    Must be called from the GUI thread (the relay lives where it is created). Nothing is
    delivered once `context` (default: the QObject `on_done` is a method of) is deleted.
    """
    if context is None and isinstance(getattr(on_done, "__self__", None), QObject):
        context = on_done.__self__  # type: ignore[union-attr]
    relay = _Relay(on_done or (lambda result: None), on_error or _log_error, context)
    _pending.add(relay)
    pool().start(_Job(fn, relay))


def wait_for_tasks(msecs: int = 10_000) -> bool:
    """Block until running jobs end (shutdown and tests); True when the pool is idle."""
    return pool().waitForDone(msecs)
