"""The Practice tab when the LLM misbehaves: the red bar says what happened and offers a retry,
the stored call shows it, and a failed call is recorded as failed (real loopback server)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.support.openai_server import OpenAITestServer, Reply
from trainer.core.persona import load_catalog
from trainer.paths import persona_folders
from trainer.settings import Settings
from trainer.store import Store
from trainer.ui.main_window import MainWindow
from trainer.workers.tasks import wait_for_tasks

pytestmark = pytest.mark.gui

LINE = "Hi Larry, Anna from Routia. I know you are busy, so I will be brief."


@pytest.fixture
def server():
    with OpenAITestServer() as server:
        yield server


@pytest.fixture
def make_view(qtbot, isolated_env):
    opened = []

    def make(base_url: str):
        store = Store()
        settings = Settings(engine="llm", llm_base_url=base_url, llm_model="gpt-4o-mini")
        window = MainWindow(store, load_catalog(persona_folders()), settings)
        window.confirm_quit = lambda: True
        qtbot.addWidget(window)
        window.show()
        opened.append((window, store))
        return window.call_view

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


def say(qtbot, view, line: str = LINE) -> None:
    view.input.setFocus()
    view.input.insertPlainText(line)
    with qtbot.waitSignal(view.prospect_reply_finished, timeout=10_000):
        qtbot.keyClick(view.input, Qt.Key.Key_Return)


def hang_up(qtbot, view) -> str:
    with qtbot.waitSignal(view.call_ended, timeout=10_000) as ended:
        qtbot.mouseClick(view.hangup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.writer.pending() == 0, timeout=10_000)
    return ended.args[0]


def test_an_empty_greeting_shows_the_red_bar_and_retry_gets_the_reply(qtbot, make_view, server):
    server.add_reply(Reply(""), "Graham.")
    view = make_view(server.base_url)
    start(qtbot, view)
    assert view.banner.isVisible() and "empty reply" in view.banner.text()
    assert "Retry reply" in view.banner.buttons and "Use offline engine" in view.banner.buttons
    assert view.transcript.turn_count() == 0
    with qtbot.waitSignal(view.prospect_reply_finished, timeout=10_000):
        qtbot.mouseClick(view.banner.buttons["Retry reply"], Qt.MouseButton.LeftButton)
    assert view.transcript.turn_text(0) == "Graham."
    say(qtbot, view)
    assert hang_up(qtbot, view) == "ended"  # the failure was put right


def test_a_cut_stream_is_marked_cut_off_in_the_window_and_the_store(qtbot, make_view, server):
    server.add_reply("Graham.", Reply("Look, the thing is that we", end_after=5))
    view = make_view(server.base_url)
    start(qtbot, view)
    say(qtbot, view)
    assert view.banner.isVisible() and "stopped before it was complete" in view.banner.text()
    said = view.call.turns[-1]
    assert said.speaker == "prospect" and said.cut_off
    assert hang_up(qtbot, view) == "failed"
    with Store() as fresh:
        stored = fresh.get_transcript(view.session_id)
    assert stored.outcome == "failed"
    assert stored.turns[-1].cut_off and stored.turns[-1].text == said.text
    assert view.outcome_label.isVisible() and "failed" in view.outcome_label.text()


def test_a_failed_call_is_recorded_as_failed_and_scored(qtbot, make_view, server):
    pytest.importorskip("trainer.scoring_service")
    server.add_reply("Graham.")
    view = make_view(server.base_url)
    start(qtbot, view)
    server.fail(500)
    say(qtbot, view)
    assert "internal error" in view.banner.text()
    with qtbot.waitSignal(view.scored, timeout=20_000):
        assert hang_up(qtbot, view) == "failed"
    with Store() as fresh:
        assert fresh.session_info(view.session_id).outcome == "failed"
        assert fresh.get_score(view.session_id) is not None
        assert fresh.count_sessions(outcome="failed") == 1


def test_a_call_that_never_got_a_word_stores_no_session(qtbot, make_view):
    with OpenAITestServer() as gone:
        base_url = gone.base_url
    view = make_view(base_url)  # connection refused
    start(qtbot, view)
    assert "Cannot reach" in view.banner.text()
    with qtbot.waitSignal(view.call_ended, timeout=10_000) as ended:
        qtbot.mouseClick(view.hangup_button, Qt.MouseButton.LeftButton)
    assert ended.args == ["failed"] and view.session_id is None
    with Store() as fresh:
        assert fresh.count_sessions() == 0


def test_a_runaway_reply_is_capped_and_the_window_stays_usable(qtbot, make_view, server):
    server.add_reply(Reply(" ".join(["word"] * 4_000)))
    view = make_view(server.base_url)
    start(qtbot, view)
    assert view.banner.isVisible() and "words" in view.banner.text()
    turn = view.call.turns[0]
    assert turn.cut_off and len(turn.text.split()) < 400
    assert view.input.isEnabled()


def test_the_engine_badge_does_not_show_credentials(qtbot, make_view, server):
    view = make_view(server.base_url.replace("http://", "http://bob:PASSWORD@") + "?token=SECRET")
    tip = view.engine_label.toolTip()
    assert "127.0.0.1" in tip and "PASSWORD" not in tip and "SECRET" not in tip and "bob" not in tip
