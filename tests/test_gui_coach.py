"""Live coaching in the Practice tab: the panel beside the call, Pause, Hint and Rewind."""

from __future__ import annotations

import pytest

from tests.test_gui_call import make_window, say, start_call  # noqa: F401
from trainer.settings import load_settings
from trainer.store import Store
from trainer.workers.tasks import wait_for_tasks

pytestmark = pytest.mark.gui

LINES = [
    "Hi Larry, Anna from Acme. I know I'm calling out of the blue, may I take 30 seconds?",
    "How do you plan your deliveries today?",
]


def test_coached_call_with_hint_rewind_and_pause(qtbot, make_window):  # noqa: F811
    window = make_window()
    view = window.call_view
    coach = view.coach
    start_call(qtbot, view, persona="grumpy-ceo-en")
    assert coach.panel.isVisibleTo(view) and coach.panel.stage_labels["opener"].property("current")

    with qtbot.waitSignal(coach.hints_shown, timeout=10_000) as shown:
        coach.panel.hint_button.click()
    hints = shown.args[0]
    assert len(set(hints)) == 3 and coach.panel.hints() == hints
    coach.panel.hint_buttons[0].click()
    assert view.input.toPlainText() == hints[0]  # a hint can be picked into the text box
    view.input.clear()

    say(qtbot, view, LINES[0])
    patience = view.call.state.patience
    history = list(view.call.state.history)
    say(qtbot, view, LINES[1])
    assert view.call.state.patience != patience or view.call.state.history != history
    assert coach.panel.rewind_button.isEnabled()
    coach.panel.rewind_button.click()
    assert view.call.state.patience == patience and view.call.state.history == history
    assert [t.text for t in view.call.turns if t.speaker == "trainee"] == [LINES[0]]
    assert view.transcript.turn_count() == len(view.call.turns)
    assert coach.panel.rewind_button.isEnabled()  # the first exchange can go too
    assert view.writer is not None and view._background.wait_idle(5)
    with Store() as store:  # the store forgot what was taken back
        assert [t.text for t in store.get_transcript(view.session_id).turns] == [
            t.text for t in view.call.turns
        ]

    coach.panel.pause_button.click()
    frozen = view.call.now()
    qtbot.wait(300)
    assert view.call.now() == frozen and not view.input.isEnabled()
    assert not view.submit_line("Anything")
    coach.panel.pause_button.click()
    assert view.input.isEnabled()

    say(qtbot, view, LINES[1])
    view.hang_up()
    coaching = view.call.transcript.coaching
    assert coaching.pauses == 1 and coaching.rewinds == 1
    assert coaching.hints[0].before_turn == 1 and coaching.hints[0].lines == hints
    qtbot.waitUntil(lambda: coach.panel.review_label.isVisible(), timeout=10_000)
    assert "Turn " in coach.panel.review_label.text()
    assert wait_for_tasks()
    with Store() as store:
        stored = store.get_transcript(view.session_id)
    assert [t.text for t in stored.turns] == [t.text for t in view.call.turns]
    assert stored.coaching == coaching  # pauses, hints and rewinds are kept for the review


def test_every_turn_is_saved_as_said_and_rewind_still_works(qtbot, make_window):  # noqa: F811
    view = make_window().call_view
    start_call(qtbot, view, persona="grumpy-ceo-en")
    say(qtbot, view, LINES[0])
    assert not view.coach.holds(1) and view._background.wait_idle(5)
    with Store() as store:
        assert len(store.get_transcript(view.session_id).turns) == len(view.call.turns)
    assert view.coach.panel.rewind_button.isEnabled()
    assert view.coach.panel.hint_button.isEnabled()


def test_exam_mode_shows_no_coach(qtbot, make_window):  # noqa: F811
    settings = load_settings().model_copy(update={"exam_mode": True})
    window = make_window(settings)
    view = window.call_view
    start_call(qtbot, view, persona="grumpy-ceo-en")
    assert not view.coach.panel.isVisibleTo(view)
    say(qtbot, view, LINES[0])
    assert not view.coach.panel.hint_button.isEnabled()
    assert not view.coach.panel.rewind_button.isEnabled()
    assert view.call.transcript.coaching is None
