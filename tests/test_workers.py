"""Background jobs and the streaming reply worker: results reach the GUI thread, cancel is clean."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication

from trainer.core.errors import KnownError
from trainer.ui.messages import MessageBridge
from trainer.workers.call_worker import ReplyThreads, ReplyWorker
from trainer.workers.tasks import run_task, wait_for_tasks

pytestmark = pytest.mark.gui


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
    with qtbot.waitSignal(worker.finished) as blocker:
        threads.start(worker)
    assert blocker.args == [7, False]
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
    with qtbot.waitSignal(worker.finished) as blocker:
        threads.start(worker)
        assert started.wait(5)
        worker.cancel()
        release.set()
    assert blocker.args == [2, True]
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
    with qtbot.waitSignal(worker.failed) as blocker:
        threads.start(worker)
    assert blocker.args[0] == 3
    assert blocker.args[1].startswith("The LLM server refused the API key (401)")
    assert "\n" not in blocker.args[1]
    threads.shutdown()


def test_unexpected_error_is_named_without_traceback(qtbot):
    threads = ReplyThreads()

    def produce(cancel):
        raise ZeroDivisionError("boom")
        yield ""  # pragma: no cover

    worker = ReplyWorker(4, produce)
    with qtbot.waitSignal(worker.failed) as blocker:
        threads.start(worker)
    message = blocker.args[1]
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
