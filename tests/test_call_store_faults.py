"""A call whose database is locked or full mid-call: no turn is lost, the user is told.

Real SQLite files throughout: a lock is a second sqlite3 connection holding BEGIN EXCLUSIVE on
a thread; a full disk is PRAGMA max_page_count on the store's own connections.
"""
# ruff: noqa: F811  (pytest fixtures arrive as arguments named like the imported fixture)

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event

from tests.support.openai_server import openai_server  # noqa: F401
from trainer.cli import main
from trainer.core.call import Call
from trainer.engines.scripted import ScriptedEngine
from trainer.paths import default_database_path
from trainer.session_writer import RETRY_ENV, SessionWriter, writer_store
from trainer.store import Store

LINES = [
    "Hi Larry, Anna from Routia. I know you are busy, so I will be brief.",
    "How do you plan your routes today?",
    "What happens when a driver calls in sick?",
    "Could I call you tomorrow at nine to go through it?",
]


class Lock:
    """Another program holding the database's write lock (BEGIN EXCLUSIVE) until released."""

    def __init__(self, path: Path, seconds: float = 30.0) -> None:
        self.path, self.seconds = path, seconds
        self.taken, self.released = threading.Event(), threading.Event()
        self._release = threading.Event()
        self._thread = threading.Thread(target=self._hold, daemon=True)

    def _hold(self) -> None:
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        try:
            conn.execute("BEGIN EXCLUSIVE")
            self.taken.set()
            self._release.wait(self.seconds)
            conn.execute("COMMIT")
        finally:
            conn.close()
            self.released.set()

    def start(self) -> Lock:
        self._thread.start()
        assert self.taken.wait(10)
        return self

    def release(self) -> None:
        self._release.set()
        assert self.released.wait(10)


class DiskLimit:
    """Caps the database file at its current size on every connection the store hands out."""

    def __init__(self, store: Store) -> None:
        self.pages: int | None = None
        event.listen(store.engine, "checkout", self._apply)
        self.store = store

    def _apply(self, dbapi_conn, _record, _proxy) -> None:
        limit = self.pages if self.pages is not None else 1_000_000_000
        dbapi_conn.execute(f"PRAGMA max_page_count = {limit}")

    def fill(self) -> None:
        conn = sqlite3.connect(self.store.url.database)
        try:
            self.pages = conn.execute("PRAGMA page_count").fetchone()[0]
        finally:
            conn.close()

    def free(self) -> None:
        self.pages = None


@pytest.fixture
def store(isolated_env):
    with Store() as store:
        yield store


@pytest.fixture
def persona(catalog):
    return catalog.get("grumpy-ceo-en")


def recorded_call(store: Store, persona, notices: list[str], budget: float = 0.2):
    """A scripted call whose turns go through a SessionWriter with a short retry budget."""
    writer = SessionWriter(
        writer_store(store, busy_timeout=0.05),
        "Anna",
        persona,
        "scripted",
        None,
        on_problem=notices.append,
        on_saved=lambda: notices.append("saved"),
    )

    def on_turn(index, turn):
        writer.add_turn(index, turn)
        writer.flush(budget)

    call = Call(
        persona,
        ScriptedEngine(),
        trainee="Anna",
        on_turn=on_turn,
        on_end=lambda outcome: writer.end(outcome, call.transcript.agreed_time),
    )
    return call, writer


def stored_texts(session_id: int) -> list[str]:
    with Store() as fresh:
        return [t.text for t in fresh.get_transcript(session_id).turns]


# ---- the writer -------------------------------------------------------------------------------


def test_turns_said_during_a_lock_are_kept_in_order_and_written_after_it(store, persona):
    notices: list[str] = []
    call, writer = recorded_call(store, persona, notices)
    "".join(call.greet())
    call.reply_text(call.trainee_says(LINES[0]))
    lock = Lock(default_database_path()).start()
    try:
        for line in LINES[1:3]:
            call.reply_text(call.trainee_says(line))
        assert writer.unsaved_turns() == [3, 4, 5, 6]  # kept, in order
        assert len(notices) == 1 and "not saved yet" in notices[0] and "locked" in notices[0]
        assert "\n" not in notices[0]
        assert stored_texts(writer.session_id) == [t.text for t in call.turns[:3]]
    finally:
        lock.release()
    call.reply_text(call.trainee_says(LINES[3]))  # the next turn writes everything waiting
    call.hang_up()
    assert writer.flush(5)
    assert notices[-1] == "saved"
    assert stored_texts(writer.session_id) == [t.text for t in call.turns]
    with Store() as fresh:
        assert fresh.session_info(writer.session_id).outcome == call.transcript.outcome


def test_a_full_disk_keeps_the_turns_until_there_is_room(store, persona):
    notices: list[str] = []
    call, writer = recorded_call(store, persona, notices)
    limit = DiskLimit(writer.store)
    "".join(call.greet())
    limit.fill()
    long_line = " ".join([LINES[1]] * 60)  # a few KB: it needs a new page
    call.reply_text(call.trainee_says(long_line))
    assert writer.unsaved_turns()
    assert "disk is full" in notices[0]
    limit.free()
    call.hang_up()
    assert writer.flush(5)
    assert stored_texts(writer.session_id) == [t.text for t in call.turns]


def test_a_call_with_nothing_said_stores_no_session(store, persona):
    call, writer = recorded_call(store, persona, [])
    call.hang_up()
    assert writer.flush(1) and writer.session_id is None
    assert store.count_sessions() == 0


# ---- rehearse ---------------------------------------------------------------------------------


def _rehearse(tmp_path, capsys, monkeypatch, server, lock_seconds: float, budget: float):
    """Rehearse against the loopback LLM; the database is locked when the 3rd reply is asked for."""
    lock = Lock(default_database_path(), seconds=lock_seconds)
    asked = []

    def responder(body: dict) -> str:
        asked.append(1)
        if len(asked) == 3:
            lock.start()
        return f"Reply number {len(asked)}."

    server.responder = responder
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv(RETRY_ENV, str(budget))
    path = tmp_path / "lines.txt"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    code = main(["rehearse", "--persona", "grumpy-ceo-en", "--engine", "llm", "--lines",
                 str(path), "--trainee", "Anna", "--json"])  # fmt: skip
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, json.loads(captured.out), captured.err, lock


def test_rehearse_through_a_lock_writes_every_turn_and_still_prints_json(
    tmp_path, capsys, monkeypatch, isolated_env, openai_server
):
    Store().close()  # the database exists before the lock is taken
    code, result, err, lock = _rehearse(
        tmp_path, capsys, monkeypatch, openai_server, lock_seconds=2.5, budget=15
    )
    assert code == 0, err
    notes = [line for line in err.splitlines() if "not saved yet" in line]
    assert len(notes) == 1 and "locked" in notes[0]
    assert "unsaved_turns" not in result and len(result["turns"]) == 9
    with Store() as fresh:
        stored = fresh.get_transcript(result["session_id"])
        info = fresh.session_info(result["session_id"])
    assert [t.text for t in stored.turns] == [t["text"] for t in result["turns"]]
    assert stored.outcome == result["outcome"] and info.ended_at is not None  # not left open


def test_rehearse_when_the_lock_outlasts_the_budget_says_so_and_keeps_the_json(
    tmp_path, capsys, monkeypatch, isolated_env, openai_server
):
    Store().close()
    code, result, err, lock = _rehearse(
        tmp_path, capsys, monkeypatch, openai_server, lock_seconds=30, budget=0.5
    )
    try:
        assert code == 1
        assert result["unsaved_turns"] and "locked" in result["store_error"]
        assert len(result["turns"]) == 9  # every turn is in the output
        assert "Giving up" in err and "not stored" in err
    finally:
        lock.release()


# ---- the window -------------------------------------------------------------------------------

pytest.importorskip("pytestqt")


@pytest.fixture
def make_window(qtbot, isolated_env):
    from trainer.core.persona import load_catalog
    from trainer.paths import persona_folders
    from trainer.settings import load_settings
    from trainer.ui.main_window import MainWindow
    from trainer.workers.tasks import wait_for_tasks

    opened = []

    def make():
        store = Store()
        window = MainWindow(store, load_catalog(persona_folders()), load_settings())
        window.confirm_quit = lambda: True
        qtbot.addWidget(window)
        window.show()
        opened.append((window, store))
        return window

    yield make
    for window, store in opened:
        window.shutdown()
        store.close()
    assert wait_for_tasks()


def start(qtbot, view):
    view.persona_combo.setCurrentIndex(view.persona_combo.findData("grumpy-ceo-en"))
    view.trainee_combo.setEditText("Anna")
    with qtbot.waitSignal(view.prospect_reply_finished, timeout=10_000):
        qtbot.mouseClick(view.call_button, Qt.MouseButton.LeftButton)


def say(qtbot, view, line: str) -> None:
    view.input.setFocus()
    view.input.insertPlainText(line)
    with qtbot.waitSignal(view.prospect_reply_finished, timeout=10_000):
        qtbot.keyClick(view.input, Qt.Key.Key_Return)


@pytest.mark.gui
def test_window_carries_on_through_a_lock_and_catches_up(qtbot, make_window):
    view = make_window().call_view
    start(qtbot, view)
    say(qtbot, view, LINES[0])
    session_id = view.session_id
    lock = Lock(default_database_path()).start()
    try:
        say(qtbot, view, LINES[1])  # the window answers while the database is locked
        say(qtbot, view, LINES[2])
        assert not lock.released.is_set()
        qtbot.waitUntil(view.save_status.isVisible, timeout=10_000)
        assert "not saved yet" in view.save_status.text() and "locked" in view.save_status.text()
        assert view.writer.unsaved_turns()
        assert len(stored_texts(session_id)) == 3
    finally:
        lock.release()
    qtbot.waitUntil(lambda: view.writer.pending() == 0, timeout=15_000)
    qtbot.waitUntil(lambda: "saved now" in view.save_status.text(), timeout=5_000)
    assert stored_texts(session_id) == [t.text for t in view.call.turns]
    with qtbot.waitSignal(view.call_ended, timeout=10_000):
        qtbot.mouseClick(view.hangup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.writer.pending() == 0, timeout=10_000)
    with Store() as fresh:
        assert fresh.session_info(session_id).outcome == "ended"


@pytest.mark.gui
def test_window_keeps_turns_while_the_disk_is_full(qtbot, make_window):
    view = make_window().call_view
    start(qtbot, view)
    limit = DiskLimit(view.writer.store)
    limit.fill()
    say(qtbot, view, " ".join([LINES[1]] * 60))
    qtbot.waitUntil(view.save_status.isVisible, timeout=10_000)
    assert "disk is full" in view.save_status.text()
    limit.free()
    say(qtbot, view, LINES[2])
    qtbot.waitUntil(lambda: view.writer.pending() == 0, timeout=15_000)
    assert stored_texts(view.session_id) == [t.text for t in view.call.turns]
