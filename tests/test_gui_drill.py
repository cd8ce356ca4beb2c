"""The drill after a coached call: the button under the review starts it, as a call of its own.

Real parts throughout: the main window over a SQLite file, the scripted engine, the loopback
OpenAI-compatible server for the LLM engine, and the Review workspace reading the store.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.test_gui_call import llm_server, llm_settings, make_window, say, start_call  # noqa: F401
from trainer.store import Store
from trainer.workers.tasks import wait_for_tasks

pytestmark = pytest.mark.gui

# The third line is a buzzword monologue with an early meeting push that costs most (turn index
# 5), so the drill is a replay of it; a second monologue after it and the prospect hangs up.
MONOLOGUE_CALL = [
    "Hi Larry, Anna from Acme. I know I'm calling out of the blue, may I take 30 seconds?",
    "How do you plan your deliveries today?",
    "We are the market leader in innovative synergies and we have a great platform that "
    "leverages AI to optimise everything end to end for you, and our customers love it, so "
    "can we book a meeting with my boss?",
    "It is a seamless, best-in-class, next-generation ecosystem and our brochure explains it "
    "all, so shall I just book you in with my boss on Thursday?",
]
# Only closed questions: the loss is spread over the call, so the drill is a focused call.
CLOSED_CALL = [
    "Hi Larry, Anna from Acme. I know you did not expect my call. I am calling to hear how you "
    "handle your peak periods today.",
    "Do you plan routes by hand?",
    "Is December busy?",
    "Do you use Excel?",
    "Do you have many drivers?",
    "Can I call you on Friday at 2 pm?",
]
BETTER = "Tell me more about deliveries. When does it hit you hardest?"


def say_the_monologues(qtbot, view):
    """The two monologues; the prospect answers the first and hangs up on the second."""
    say(qtbot, view, MONOLOGUE_CALL[2])
    say(qtbot, view, MONOLOGUE_CALL[3], signal=view.call_ended)


def finish_monologue_call(qtbot, view):
    """The call up to the prospect hanging up; returns the prospect state before the moment."""
    start_call(qtbot, view, persona="grumpy-ceo-en")
    say(qtbot, view, MONOLOGUE_CALL[0])
    say(qtbot, view, MONOLOGUE_CALL[1])
    state = view.call.state
    before = (state.patience, list(state.history), list(state.revealed))
    with qtbot.waitSignal(view.call_ended, timeout=10_000) as ended:
        say_the_monologues(qtbot, view)
    assert ended.args == ["hung_up"]
    qtbot.waitUntil(lambda: view.coach.panel.drill_button.isVisible(), timeout=15_000)
    return before


def stored(session_id: int):
    assert wait_for_tasks()
    with Store() as store:
        return store.get_transcript(session_id), store.session_info(session_id)


def test_a_replay_starts_just_before_the_worst_moment_as_a_call_of_its_own(
    qtbot,
    make_window,  # noqa: F811
):
    view = make_window().call_view
    panel = view.coach.panel
    patience, history, revealed = finish_monologue_call(qtbot, view)
    original_id, original = view.session_id, [t.text for t in view.call.turns]
    assert panel.drill is not None and panel.drill.kind == "replay" and panel.drill.turn == 5
    assert panel.drill_button.text() == "Replay from turn 6" and panel.drill_button.isEnabled()
    assert "Ctrl+D" in panel.drill_button.toolTip()

    deltas: list[str] = []
    view.prospect_delta.connect(deltas.append)
    with qtbot.waitSignal(view.prospect_reply_finished, timeout=10_000) as said:
        qtbot.mouseClick(panel.drill_button, Qt.MouseButton.LeftButton)
    # The earlier turns are on screen and the prospect says their last line again, streamed
    # like a reply (what the voice speaks).
    assert view.in_call() and view.session_id != original_id
    shown = [view.transcript.turn_text(i) for i in range(view.transcript.turn_count())]
    assert shown == original[:5] == [t.text for t in view.call.turns]
    assert said.args[1] == original[4] and "".join(deltas) == original[4]
    # The prospect stands where it stood before the moment: patience, its reasons, the needs.
    state = view.call.state
    assert (state.patience, state.history, list(state.revealed)) == (
        patience,
        history,
        revealed,
    )
    assert view.meter.value() == patience
    assert panel.drill_banner_text().startswith("Drill: Replay the call from just before turn 6")
    assert not panel.drill_button.isEnabled() and not panel.drill_button.isVisible()
    assert view.call.now() >= view.call.turns[3].end  # the clock goes on from where it stood

    say(qtbot, view, BETTER)  # the better line: the call goes on
    assert not view.call.ended and len(view.call.turns) == 7
    assert view.call.turns[5].text == BETTER and view.call.state.patience > 0
    with qtbot.waitSignal(view.scored, timeout=15_000):
        qtbot.mouseClick(view.hangup_button, Qt.MouseButton.LeftButton)

    drill, info = stored(view.session_id)
    assert [t.text for t in drill.turns] == [t.text for t in view.call.turns]
    mark = drill.coaching.drill
    assert (mark.of, mark.kind, mark.from_turn) == (original_id, "replay", 5)
    assert info.outcome == "ended"  # its own outcome and score, not the original's
    kept, kept_info = stored(original_id)
    assert [t.text for t in kept.turns] == original and kept_info.outcome == "hung_up"
    assert kept.coaching.drill is None
    assert mark.at == kept_info.started_at.replace(tzinfo=mark.at.tzinfo)
    # The drill's own review names the call it drilled.
    qtbot.waitUntil(lambda: panel.review_label.isVisible(), timeout=15_000)
    assert "drill of your call at" in panel.review_label.text()


def test_the_review_names_the_call_a_drill_drilled(qtbot, make_window):  # noqa: F811
    from trainer.exchange.report import local_time
    from trainer.ui.review import ReviewWorkspace

    view = make_window().call_view
    finish_monologue_call(qtbot, view)
    original_id = view.session_id
    with qtbot.waitSignal(view.prospect_reply_finished, timeout=10_000):
        view.coach.panel.drill_button.click()
    with qtbot.waitSignal(view.scored, timeout=15_000):
        view.hang_up()
    drill_id = view.session_id
    assert wait_for_tasks()
    with Store() as store:
        started = store.session_info(original_id).started_at
        ws = ReviewWorkspace(store, author="Trainer Kim")
        qtbot.addWidget(ws)
        with qtbot.waitSignal(ws.model.ready, timeout=20_000):
            ws.show()
        with qtbot.waitSignal(ws.session_view.loaded, timeout=20_000):
            ws.session_view.open_session(drill_id)
        meta = ws.session_view.meta.text()
        assert f"Drill of {local_time(started)} (replay from turn 6)" in meta
        with qtbot.waitSignal(ws.session_view.loaded, timeout=20_000):
            ws.session_view.open_session(original_id)
        assert "Drill of" not in ws.session_view.meta.text()
        if hasattr(ws, "shutdown"):
            ws.shutdown()
        assert wait_for_tasks()


def test_a_focus_drill_is_a_fresh_call_with_the_criterion_in_the_panel(qtbot, make_window):  # noqa: F811
    window = make_window()
    view = window.call_view
    panel = view.coach.panel
    start_call(qtbot, view, persona="grumpy-ceo-en")
    for line in CLOSED_CALL:
        if view.call.ended:
            break
        say(qtbot, view, line, signal=view.prospect_reply_finished)
    if view.in_call():
        view.hang_up()
    qtbot.waitUntil(lambda: panel.drill_button.isVisible(), timeout=15_000)
    original_id, drill = view.session_id, panel.drill
    assert drill.kind == "focus" and drill.criterion == "open_questions"
    assert panel.drill_button.text() == "Start a focused call"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    with qtbot.waitSignal(view.prospect_reply_finished, timeout=10_000):
        qtbot.keyClick(view.transcript, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert view.in_call() and view.session_id != original_id
    assert [t.speaker for t in view.call.turns] == ["prospect"]  # a fresh call: the greeting
    assert view.call.persona.id == "grumpy-ceo-en"
    assert view.call.state.patience == view.call.persona.patience.start
    assert panel.drill_banner_text() == f"Drill: {drill.text}"
    assert "Open questions" in panel.drill_banner_text()
    say(qtbot, view, "How do you plan your deliveries today?")
    with qtbot.waitSignal(view.scored, timeout=15_000):
        view.hang_up()
    transcript, _info = stored(view.session_id)
    mark = transcript.coaching.drill
    assert (mark.of, mark.kind, mark.from_turn, mark.criterion) == (
        original_id,
        "focus",
        None,
        "open_questions",
    )
    assert len(transcript.turns) == 3


def test_the_drill_button_is_off_during_a_call(qtbot, make_window):  # noqa: F811
    window = make_window()
    view = window.call_view
    panel = view.coach.panel
    start_call(qtbot, view, persona="grumpy-ceo-en")
    say(qtbot, view, MONOLOGUE_CALL[0])
    say(qtbot, view, MONOLOGUE_CALL[1])
    say_the_monologues(qtbot, view)
    start_call(qtbot, view, persona="grumpy-ceo-en")  # at once, before the review is worked out
    calls = view.call
    assert wait_for_tasks()
    qtbot.wait(50)  # results are delivered: the earlier call's review must not show over this
    assert not panel.review_label.isVisible() and not panel.drill_button.isVisible()
    assert not panel.drill_button.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(view.transcript, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert view.call is calls and len(view.call.turns) == 1  # the key does nothing mid-call
    say(qtbot, view, MONOLOGUE_CALL[0])
    view.hang_up()
    qtbot.waitUntil(lambda: panel.drill_button.isVisible(), timeout=15_000)
    assert panel.drill_button.isEnabled()  # once the call is over


def test_a_replay_with_the_llm_engine_asks_it_from_the_moment_on(
    qtbot,
    make_window,  # noqa: F811
    llm_server,  # noqa: F811
):
    # The prospect's replies are the streamed requests; the act reader and judge get "{}".
    lines = iter(["Graham.", "Thirty seconds.", "It's November and December, mostly."])
    llm_server.responder = lambda body: next(lines, "Go on.") if body.get("stream") else "{}"
    view = make_window(llm_settings(llm_server)).call_view
    panel = view.coach.panel
    finish_monologue_call(qtbot, view)
    assert panel.drill.kind == "replay" and panel.drill.turn == 5
    original = [t.text for t in view.call.turns]
    asked = len(llm_server.chat_requests)
    with qtbot.waitSignal(view.prospect_reply_finished, timeout=10_000) as said:
        panel.drill_button.click()
    assert said.args[1] == "It's November and December, mostly." == original[4]
    assert view.call.engine.name != "scripted" and view.engine_label.text().startswith("LLM")
    replies = [r for r in llm_server.chat_requests[asked:] if r.body.get("stream")]
    assert not replies  # the line said again is the stored one, not a new reply
    say(qtbot, view, BETTER)
    assert view.transcript.turn_text(6) == "Go on."
    chat = [r for r in llm_server.chat_requests if r.body.get("stream")][-1]
    sent = " ".join(str(m.get("content", "")) for m in chat.body["messages"])
    assert MONOLOGUE_CALL[1] in sent and BETTER in sent
    assert MONOLOGUE_CALL[2] not in sent and MONOLOGUE_CALL[3] not in sent
    with qtbot.waitSignal(view.call_ended, timeout=10_000):
        view.hang_up()
    transcript, info = stored(view.session_id)
    assert transcript.coaching.drill.kind == "replay" and info.engine == "llm"
    assert [t.text for t in transcript.turns] == [t.text for t in view.call.turns]
