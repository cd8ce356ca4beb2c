"""The Practice tab end to end: real store files, the real scripted engine, a real loopback LLM."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from tests.support.openai_server import OpenAITestServer, Reply
from trainer.core.persona import load_catalog
from trainer.paths import persona_folders
from trainer.settings import Settings, load_settings
from trainer.store import Store
from trainer.ui.main_window import MainWindow
from trainer.workers.tasks import wait_for_tasks

pytestmark = pytest.mark.gui

CALLBACK_CALL = [
    "Hej Lars, Anna från Ruttia här. Jag hör att du är på väg in i ett möte, så jag ska vara kort.",
    "Hur planerar ni era rutter i dag när det är högsäsong?",
    "Kan jag ringa dig i morgon klockan nio så tar vi det då?",
]


@pytest.fixture
def make_window(qtbot, isolated_env):
    """Open the main window over a real SQLite store in the test's data folder."""
    opened: list[tuple[MainWindow, Store]] = []

    def make(settings: Settings | None = None) -> MainWindow:
        store = Store()
        window = MainWindow(store, load_catalog(persona_folders()), settings or load_settings())
        # pytest-qt closes the window after each test: quitting mid-call then asks nobody.
        window.confirm_quit = lambda: True
        qtbot.addWidget(window)
        window.show()
        opened.append((window, store))
        return window

    yield make
    for window, store in opened:
        window.shutdown()
        assert window.call_view.threads.running() == 0  # no QThread left behind
        store.close()
    assert wait_for_tasks()


@pytest.fixture
def llm_server():
    """A real OpenAI-compatible server on loopback (the shared test server)."""
    with OpenAITestServer() as server:
        yield server


def start_call(qtbot, view, trainee="Anna", persona="grumpy-ceo-sv"):
    view.persona_combo.setCurrentIndex(view.persona_combo.findData(persona))
    view.trainee_combo.setEditText(trainee)
    with qtbot.waitSignal(view.prospect_reply_finished, timeout=10_000):
        qtbot.mouseClick(view.call_button, Qt.MouseButton.LeftButton)


def say(qtbot, view, line: str, signal=None):
    """Type a line and press Enter, waiting for the prospect's answer (or another signal)."""
    view.input.setFocus()
    view.input.insertPlainText(line)  # QTest types ASCII only; Enter below is a real key press
    with qtbot.waitSignal(signal or view.prospect_reply_finished, timeout=10_000) as blocker:
        qtbot.keyClick(view.input, Qt.Key.Key_Return)
    return blocker


def test_opens_on_the_offline_engine_without_a_key(make_window):
    view = make_window().call_view
    assert view.engine_label.text() == "Offline scripted"
    assert view.persona_combo.findData("grumpy-ceo-sv") >= 0
    assert view.call_button.isEnabled()
    assert not view.input.isEnabled() and not view.hangup_button.isEnabled()


def test_typed_call_reaches_an_outcome_and_is_stored(qtbot, make_window, isolated_env):
    view = make_window().call_view
    start_call(qtbot, view)
    assert view.transcript.turn_speaker(0) == "prospect"
    assert view.transcript.turn_text(0) == "Grahn."
    for line in CALLBACK_CALL[:-1]:
        say(qtbot, view, line)
    assert not view.input.toPlainText()  # sent lines leave the box
    with qtbot.waitSignal(view.call_ended, timeout=10_000) as ended:
        say(qtbot, view, CALLBACK_CALL[-1])
    assert ended.args == ["callback"]
    assert view.outcome_label.isVisible() and "Call-back" in view.outcome_label.text()
    assert not view.hangup_button.isEnabled()

    fresh = Store()  # a second connection to the same file, as after a restart
    try:
        stored = fresh.get_transcript(view.session_id)
        info = fresh.session_info(view.session_id)
    finally:
        fresh.close()
    assert stored.outcome == "callback" and info.trainee == "Anna"
    assert [t.speaker for t in stored.turns] == ["prospect", "trainee"] * 3 + ["prospect"]
    assert [t.text for t in stored.turns] == [t.text for t in view.call.turns]
    assert stored.turns[1].text == CALLBACK_CALL[0]
    shown = [view.transcript.turn_text(i) for i in range(view.transcript.turn_count())]
    assert shown == [t.text for t in stored.turns]


def test_shift_enter_is_a_new_line_and_enter_sends(qtbot, make_window):
    view = make_window().call_view
    start_call(qtbot, view, persona="grumpy-ceo-en")
    qtbot.keyClicks(view.input, "Hi Tom, Anna here.")
    qtbot.keyClick(view.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(view.input, "I know you are busy.")
    assert view.transcript.turn_count() == 1  # nothing sent yet
    with qtbot.waitSignal(view.prospect_reply_finished, timeout=10_000):
        qtbot.keyClick(view.input, Qt.Key.Key_Return)
    assert view.call.turns[1].text == "Hi Tom, Anna here.\nI know you are busy."


def test_call_and_hang_up_from_the_keyboard(qtbot, make_window):
    window = make_window()
    view = window.call_view
    view.persona_combo.setCurrentIndex(view.persona_combo.findData("grumpy-ceo-en"))
    view.trainee_combo.setEditText("Anna")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    ctrl = Qt.KeyboardModifier.ControlModifier
    with qtbot.waitSignal(view.prospect_reply_finished, timeout=10_000):
        qtbot.keyClick(view.trainee_combo, Qt.Key.Key_Return, ctrl)
    assert view.in_call() and view.input.hasFocus()
    view.input.insertPlainText("Hi Larry, Anna from Routia.")
    with qtbot.waitSignal(view.call_ended, timeout=10_000) as ended:
        qtbot.keyClick(view.input, Qt.Key.Key_H, ctrl)
    assert ended.args == ["ended"] and not view.in_call()
    # the shortcut did not type into the box or send the line
    assert view.input.toPlainText() == "Hi Larry, Anna from Routia."
    assert "Ctrl+Enter" in view.call_button.toolTip() and "Ctrl+H" in view.hangup_button.toolTip()
    # Once the button reads "Call again", the same keys start the next call, from any focus.
    assert view.call_button.text() == "Call again"
    first = view.session_id
    for widget in (view.input, view.trainee_combo):
        with qtbot.waitSignal(view.prospect_reply_finished, timeout=10_000):
            qtbot.keyClick(widget, Qt.Key.Key_Return, ctrl)
        assert view.in_call() and view.session_id != first
        first = view.session_id
        with qtbot.waitSignal(view.call_ended, timeout=10_000):
            qtbot.keyClick(view.input, Qt.Key.Key_H, ctrl)


def test_new_trainee_name_creates_a_profile(qtbot, make_window):
    view = make_window().call_view
    start_call(qtbot, view, trainee="  Brand  New  ")
    assert "Brand New" in view.store.trainees()
    assert view.trainee_combo.findText("Brand New") >= 0


def test_exam_mode_hides_the_patience_meter(qtbot, make_window):
    view = make_window().call_view
    assert not view.meter.isHidden()
    view.exam_check.setChecked(True)
    assert view.meter.isHidden()
    assert load_settings().exam_mode  # remembered
    start_call(qtbot, view)
    say(qtbot, view, CALLBACK_CALL[0])
    assert view.meter.isHidden()
    assert not view.exam_check.isEnabled()  # not switchable mid-call


def llm_settings(server: OpenAITestServer, key: str = "") -> Settings:
    return Settings(
        engine="llm", llm_base_url=server.base_url, llm_model="gpt-4o-mini", llm_api_key=key
    )


def test_streamed_deltas_appear_in_the_transcript(qtbot, make_window, llm_server):
    reply = "Grahn. Jag är på väg in i ett möte, så gör det kort."
    llm_server.add_reply(Reply(reply, tokens_per_second=200))
    view = make_window(llm_settings(llm_server)).call_view
    assert view.engine_label.text().startswith("LLM")
    snapshots: list[tuple[str, str]] = []
    seen: list[str] = []

    def on_delta(text):
        seen.append(text)
        snapshots.append(("".join(seen), view.transcript.turn_text(0)))

    view.prospect_delta.connect(on_delta)
    start_call(qtbot, view)
    assert len(seen) > 3  # it streamed in pieces ...
    assert all(joined == shown for joined, shown in snapshots)  # ... each shown as it came
    assert view.transcript.turn_text(0) == reply
    assert view.call.turns[0].text == reply


def test_401_shows_a_banner_and_keeps_everything(qtbot, make_window, llm_server, isolated_env):
    llm_server.add_reply("Grahn.")
    view = make_window(llm_settings(llm_server, key="sk-test")).call_view
    start_call(qtbot, view)
    llm_server.fail(401)
    say(qtbot, view, CALLBACK_CALL[0], signal=view.prospect_reply_finished)
    assert view.banner.isVisible()
    assert "401" in view.banner.text() and "Settings" in view.banner.text()
    assert "\n" not in view.banner.text()
    assert view.transcript.turn_count() == 2  # the greeting and the trainee's line stay
    fresh = Store()
    try:
        stored = fresh.get_transcript(view.session_id)
    finally:
        fresh.close()
    assert [t.text for t in stored.turns] == ["Grahn.", CALLBACK_CALL[0]]
    assert view.in_call() and view.input.isEnabled()

    # Retry the failed reply: the server answers this time.
    llm_server.add_reply("Ja, det stämmer. Säg vad det gäller.")
    with qtbot.waitSignal(view.prospect_reply_finished, timeout=10_000):
        qtbot.mouseClick(view.banner.buttons["Retry reply"], Qt.MouseButton.LeftButton)
    assert not view.banner.isVisible()
    assert view.transcript.turn_text(2) == "Ja, det stämmer. Säg vad det gäller."
    assert len(view.call.turns) == 3


def test_dead_server_offers_the_offline_engine(qtbot, make_window, isolated_env):
    with OpenAITestServer() as server:
        settings = llm_settings(server)
    view = make_window(settings).call_view  # the server is gone now: connection refused
    start_call(qtbot, view)
    assert view.banner.isVisible() and "Cannot reach" in view.banner.text()
    assert view.transcript.turn_count() == 0 and view.in_call()
    with qtbot.waitSignal(view.prospect_reply_finished, timeout=10_000):
        qtbot.mouseClick(view.banner.buttons["Use offline engine"], Qt.MouseButton.LeftButton)
    assert view.engine_label.text() == "Offline scripted"
    assert view.transcript.turn_text(0) == "Grahn."
    say(qtbot, view, CALLBACK_CALL[0])
    assert view.transcript.turn_count() == 3


def test_hang_up_mid_reply_cancels_cleanly(qtbot, make_window, llm_server, isolated_env):
    long_reply = " ".join(["Jag har verkligen inte tid med det här just nu."] * 20)
    llm_server.add_reply(Reply(long_reply, tokens_per_second=20))
    view = make_window(llm_settings(llm_server)).call_view
    view.persona_combo.setCurrentIndex(view.persona_combo.findData("grumpy-ceo-sv"))
    view.trainee_combo.setEditText("Anna")
    with qtbot.waitSignal(view.prospect_delta, timeout=10_000):
        qtbot.mouseClick(view.call_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.call_ended, timeout=10_000) as ended:
        qtbot.mouseClick(view.hangup_button, Qt.MouseButton.LeftButton)
    assert ended.args == ["ended"]
    said = view.call.turns[0]
    assert said.cut_off and said.text and long_reply.startswith(said.text)
    assert len(said.text) < len(long_reply)
    qtbot.waitUntil(lambda: view.threads.running() == 0, timeout=10_000)
    fresh = Store()
    try:
        stored = fresh.get_transcript(view.session_id)
    finally:
        fresh.close()
    assert stored.outcome == "ended"
    assert [(t.text, t.cut_off) for t in stored.turns] == [(said.text, True)]


def test_turn_jump_highlights_the_turn(qtbot, make_window):
    view = make_window().call_view
    start_call(qtbot, view)
    say(qtbot, view, CALLBACK_CALL[0])
    view.transcript.scroll_to_turn(1)
    assert view.transcript.highlighted_turn() == 1
    view.transcript.scroll_to_turn(0)
    assert view.transcript.highlighted_turn() == 0


def test_the_call_is_scored_after_it_ends(qtbot, make_window, isolated_env):
    pytest.importorskip("trainer.scoring_service")
    view = make_window().call_view
    start_call(qtbot, view)
    with (
        qtbot.waitSignal(view.scored, timeout=20_000) as scored,
        qtbot.waitSignal(view.call_ended, timeout=10_000),
    ):
        qtbot.mouseClick(view.hangup_button, Qt.MouseButton.LeftButton)
    payload = scored.args[0]
    assert {"needs", "time", "overall"} <= set(payload)
    assert view.store.get_score(view.session_id)["overall"] == payload["overall"]
    assert view.score_panel.isVisible()


def test_settings_test_connection_and_save(qtbot, make_window, llm_server):
    from trainer.ui.settings_dialog import SettingsDialog

    window = make_window()
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    assert dialog.api_key.echoMode() == dialog.api_key.EchoMode.Password
    dialog.engine.setCurrentIndex(dialog.engine.findData("llm"))
    dialog.base_url.setText(llm_server.base_url)
    dialog.model.setEditText("llama3.2")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10_000)
    assert dialog.test_result.text().startswith("Connected to")
    dialog.model.setEditText("no-such-model")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10_000)
    assert "does not list the model 'no-such-model'" in dialog.test_result.text()
    dialog.model.setEditText("llama3.2")
    dialog.accept()
    assert load_settings().llm_base_url == llm_server.base_url
    assert window.call_view.engine_label.text() == "LLM · llama3.2"


def test_a_local_servers_models_are_offered_and_long_messages_wrap(qtbot):
    from trainer.ui.settings_dialog import SettingsDialog

    with OpenAITestServer(models=["qwen2.5", "llama3.2"]) as server:
        dialog = SettingsDialog(Settings())
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.base_url.setText(server.base_url)
        dialog.base_url.editingFinished.emit()
        qtbot.waitUntil(lambda: dialog.model.count() == 2, timeout=10_000)
        items = [dialog.model.itemText(i) for i in range(dialog.model.count())]
        assert items == ["llama3.2", "qwen2.5"]
        # The default model is not served there: the first it lists is taken, and said so.
        assert dialog.model.currentText() == "llama3.2"
        assert "does not serve 'gpt-4o-mini'" in dialog.test_result.text() or (
            "does not serve gpt-4o-mini" in dialog.test_result.text()
        )
        assert dialog.current().llm_model == "llama3.2"
    dialog.test_result.setText("word " * 80)
    qtbot.waitUntil(
        lambda: (
            dialog.test_result.height()
            >= dialog.test_result.heightForWidth(dialog.test_result.width())
        ),
        timeout=5_000,
    )
    assert dialog.test_result.width() > dialog.width() // 2  # the whole row, not a corner


def test_settings_test_connection_to_a_dead_server(qtbot):
    from trainer.ui.settings_dialog import SettingsDialog

    with OpenAITestServer() as server:
        url = server.base_url
    dialog = SettingsDialog(Settings(llm_base_url=url))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15_000)
    assert dialog.test_result.text().startswith("Cannot reach the LLM server")


def test_app_lists_valid_personas_and_names_the_bad_file(qtbot, isolated_env, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from trainer.ui import app as app_module

    (isolated_env / "personas").mkdir(exist_ok=True)
    (isolated_env / "personas" / "broken.yaml").write_text(
        "id: broken\nrole: [\n", encoding="utf-8"
    )
    seen: dict = {}

    def inspect(app) -> int:
        """Stands in for the event loop (a nested app.exec() upsets pytest-qt's later waits)."""
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        qtbot.waitExposed(window)
        seen["status"] = window.status_label.text()
        seen["personas"] = window.call_view.persona_combo.count()
        seen["engine"] = window.call_view.engine_label.text()
        seen["icon"] = not QApplication.windowIcon().isNull()
        window.hide()
        return 0

    monkeypatch.setattr(QApplication, "exec", inspect)
    assert app_module.run([]) == 0
    assert "broken.yaml:" in seen["status"] and "\n" not in seen["status"]
    assert seen["personas"] >= 4 and seen["engine"] == "Offline scripted"
    assert seen["icon"]


def test_app_says_why_when_the_store_cannot_open(qtbot, isolated_env, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from trainer.ui import app as app_module

    blocker = isolated_env / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("TRAINER_DATABASE_URL", f"sqlite:///{blocker}/trainer.sqlite3")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert app_module.run([]) == 1
    assert len(shown) == 1 and str(blocker) in shown[0] and "\n" not in shown[0]


def test_llm_judge_gives_a_second_opinion_beside_the_score(qtbot, make_window, llm_server):
    """With an LLM configured, the judge's verdict joins the card and is stored apart."""

    llm_server.add_reply("Grahn.", "Okej. Och?")
    llm_server.responder = lambda body: _judge_reply(body) if body.get("response_format") else "Mm."
    view = make_window(llm_settings(llm_server)).call_view
    start_call(qtbot, view)
    say(qtbot, view, "Hej Lars, anledningen till att jag ringer är era rutter.")
    with qtbot.waitSignal(view.judged, timeout=15_000) as blocker:
        qtbot.mouseClick(view.hangup_button, Qt.MouseButton.LeftButton)
    payload = blocker.args[0]
    assert payload["judge"]["fallback"] is False, payload["judge"]
    assert payload["judge"]["needs"]["score"] == 100  # the judge's own numbers ...
    assert payload["needs"]["score"] < 100  # ... beside the deterministic ones, not instead
    stored = view.store.get_score(view.session_id, "llm_judge")
    assert stored is not None and stored["needs"]["score"] == 100
    assert view.store.get_score(view.session_id)["needs"]["score"] == payload["needs"]["score"]
    assert "LLM-domaren" in view._score_card.footer.text()  # a Swedish call: Swedish card


def _judge_reply(body: dict) -> dict:
    """Full marks on every criterion the rubric in the request lists."""
    text = " ".join(str(m.get("content", "")) for m in body["messages"])
    ids = set(re.findall(r'"id": "([a-z_]+)"', text))
    return {
        "criteria": [{"id": i, "score": 100, "evidence": [1], "reason": "r"} for i in sorted(ids)],
        "summary": "ok",
    }


def test_switching_trainee_clears_the_last_persons_call(qtbot, make_window):
    view = make_window().call_view
    start_call(qtbot, view, trainee="Anna", persona="grumpy-ceo-en")
    say(qtbot, view, "Hi Larry, Anna from Routia.")
    with qtbot.waitSignal(view.scored, timeout=10_000):
        qtbot.mouseClick(view.hangup_button, Qt.MouseButton.LeftButton)
    assert view.transcript.turn_count() >= 2 and view.outcome_label.isVisible()
    view.trainee_combo.setEditText("Bo")
    assert view.transcript.turn_count() == 0
    assert not view.outcome_label.isVisible() and not view.score_panel.isVisible()
    assert view.call_button.text() == "Call"
    start_call(qtbot, view, trainee="Bo", persona="grumpy-ceo-en")
    assert view.call.transcript.trainee == "Bo"


def test_quitting_mid_call_asks_keeps_it_not_finished_and_scores_it(qtbot, make_window):
    window = make_window()
    view = window.call_view
    start_call(qtbot, view, trainee="Anna", persona="grumpy-ceo-en")
    say(qtbot, view, "Hi Larry, Anna from Routia, I'm calling about your delivery planning.")
    sid = view.session_id
    asked: list[bool] = []
    window.confirm_quit = lambda: asked.append(True) or False  # "No": stay in the call
    window.close()
    assert asked and window.isVisible() and view.in_call()
    window.confirm_quit = lambda: True
    window.close()
    assert not window.isVisible()
    fresh = Store()
    try:
        assert fresh.get_transcript(sid).outcome == "not_finished"
        assert fresh.get_score(sid) is not None  # scored as it stands
        assert fresh.count_sessions(outcome="not_finished") == 1
    finally:
        fresh.close()
