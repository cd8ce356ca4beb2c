"""Background jobs and the streaming reply worker: results reach the GUI thread, cancel is clean."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QThread, Slot
from PySide6.QtWidgets import QApplication

from trainer.core.errors import KnownError
from trainer.ui.messages import MessageBridge
from trainer.workers.call_worker import ReplyThreads, ReplyWorker
from trainer.workers.tasks import run_task, wait_for_tasks

pytestmark = pytest.mark.gui


class Outcome(QObject):
    """Receives a reply worker's end on the GUI thread, as the call view does.

    A worker emits from its own thread; a plain Python callable connected to it (such as
    pytest-qt's signal blocker) runs there too, and can ask the waiting loop to quit before
    that loop has started. A QObject slot on the GUI thread gets the signal queued instead.
    """

    def __init__(self, worker: ReplyWorker) -> None:
        super().__init__()
        self.finished: list | None = None
        self.failed: list | None = None
        worker.finished.connect(self.on_finished)
        worker.failed.connect(self.on_failed)

    @Slot(int, bool)
    def on_finished(self, reply_id: int, cut_off: bool) -> None:
        assert QThread.currentThread() is QApplication.instance().thread()
        self.finished = [reply_id, cut_off]

    @Slot(int, str)
    def on_failed(self, reply_id: int, message: str) -> None:
        assert QThread.currentThread() is QApplication.instance().thread()
        self.failed = [reply_id, message]

    def wait(self, qtbot) -> Outcome:
        qtbot.waitUntil(lambda: self.finished is not None or self.failed is not None)
        return self


def test_run_task_posts_result_to_gui_thread(qtbot):
    got: list[tuple[object, bool]] = []
    gui = QApplication.instance().thread()

    def work():
        return ("done", QThread.currentThread() != gui)

    run_task(work, lambda result: got.append((result, QThread.currentThread() == gui)))
    qtbot.waitUntil(lambda: bool(got))
    ((result, on_gui),) = got
    assert result == ("done", True)  # ran off the GUI thread ...
    assert on_gui  # ... and came back on it
    assert wait_for_tasks()


def test_run_task_posts_errors(qtbot):
    errors: list[BaseException] = []

    def work():
        raise KnownError("disk full: free some space")

    run_task(work, lambda result: pytest.fail("no result expected"), errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], KnownError)
    assert str(errors[0]) == "disk full: free some space"


def test_reply_worker_streams_then_finishes(qtbot):
    threads = ReplyThreads()

    def produce(cancel):
        yield from ["Grahn", ". ", "Vad ", "gäller ", "det?"]

    worker = ReplyWorker(7, produce)
    deltas: list[str] = []
    worker.delta.connect(lambda _id, text: deltas.append(text))
    outcome = Outcome(worker)
    threads.start(worker)
    assert outcome.wait(qtbot).finished == [7, False]
    assert "".join(deltas) == "Grahn. Vad gäller det?"
    assert threads.shutdown()
    assert threads.running() == 0


def test_cancel_stops_between_chunks_and_closes_the_stream(qtbot):
    threads = ReplyThreads()
    started, closed = threading.Event(), threading.Event()
    release = threading.Event()

    def produce(cancel):
        try:
            for i in range(1000):
                if i == 1:
                    started.set()
                    release.wait(5)
                yield f"w{i} "
        finally:
            closed.set()

    worker, deltas = ReplyWorker(2, produce), []
    worker.delta.connect(lambda _id, text: deltas.append(text))
    outcome = Outcome(worker)
    threads.start(worker)
    assert started.wait(5)
    worker.cancel()
    release.set()
    assert outcome.wait(qtbot).finished == [2, True]
    assert closed.is_set()  # the generator was closed, not leaked
    assert len(deltas) < 1000
    threads.shutdown()
    assert threads.running() == 0


def test_known_error_becomes_one_line(qtbot):
    threads = ReplyThreads()

    def produce(cancel):
        yield "Hal"
        raise KnownError("The LLM server refused the API key (401): enter a valid key in Settings.")

    worker = ReplyWorker(3, produce)
    outcome = Outcome(worker)
    threads.start(worker)
    reply_id, message = outcome.wait(qtbot).failed
    assert reply_id == 3 and outcome.finished is None
    assert message.startswith("The LLM server refused the API key (401)")
    assert "\n" not in message
    threads.shutdown()


def test_unexpected_error_is_named_without_traceback(qtbot):
    threads = ReplyThreads()

    def produce(cancel):
        raise ZeroDivisionError("boom")
        yield ""  # pragma: no cover

    worker = ReplyWorker(4, produce)
    outcome = Outcome(worker)
    threads.start(worker)
    message = outcome.wait(qtbot).failed[1]
    assert "ZeroDivisionError: boom" in message and "Traceback" not in message
    assert "offline engine" in message
    threads.shutdown()


def test_message_bridge_caches_until_connected(qtbot):
    bridge = MessageBridge()
    seen: list[tuple[str, str]] = []
    bridge.show("warning", "bad.yaml:3: id: required field\n is missing")
    bridge.show("info", "second")
    assert seen == []

    class Receiver(QObject):
        def take(self, level, text):
            seen.append((level, text))

    receiver = Receiver()
    bridge.connect_receiver(receiver.take)
    assert seen == [("warning", "bad.yaml:3: id: required field is missing"), ("info", "second")]
    bridge.show("error", "third")
    assert seen[-1] == ("error", "third")
