"""The coach panel renders what trainer.core.coach computes for a live call."""

from __future__ import annotations

import pytest

from trainer.core.call import Call
from trainer.core.coach import Rewinder
from trainer.core.coach.clock import PausableClock
from trainer.engines.scripted import ScriptedEngine
from trainer.ui.coach_panel import CoachDriver, CoachPanel
from trainer.ui.style import AMBER, RED
from trainer.workers.tasks import wait_for_tasks

pytestmark = pytest.mark.gui


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def coached(qtbot, catalog):
    persona = catalog.get("grumpy-ceo-en")
    time = FakeTime()
    clock = PausableClock(time)
    rewinder = Rewinder()
    call = rewinder.bind(
        Call(persona, ScriptedEngine(), trainee="Anna", on_turn=rewinder, clock=clock)
    )
    "".join(call.greet())
    panel = CoachPanel()
    qtbot.addWidget(panel)
    panel.show()
    speaking = {"now": False}
    driver = CoachDriver(panel, lambda: (call, speaking["now"]))
    yield panel, driver, call, time, speaking
    assert wait_for_tasks()


def test_the_panel_shows_stage_share_turn_length_and_questions(coached):
    panel, driver, call, _time, _ = coached
    driver.refresh()
    assert panel.stage_labels["opener"].property("current")
    call.reply_text(
        call.trainee_says("Hi Larry, Anna from Acme. I'm calling because we help hauliers.")
    )
    call.reply_text(call.trainee_says("How do you plan your deliveries today? Do you use Excel?"))
    driver.refresh()
    assert not panel.stage_labels["opener"].property("current")
    assert "1 open · 1 closed" in panel.questions_label.text()
    assert "%" in panel.share_label.text() and "words" in panel.share_label.text()
    limit = call.persona.patience.monologue_words
    driver.refresh(draft=" ".join(["word"] * int(limit * 0.8)))
    assert panel.turn_bar.property("level") == "amber" and AMBER in panel.turn_bar.styleSheet()
    driver.refresh(draft=" ".join(["word"] * (limit + 3)))
    assert panel.turn_bar.property("level") == "red" and RED in panel.turn_bar.styleSheet()
    driver.refresh(draft="short", draft_seconds=call.persona.patience.monologue_seconds + 1)
    assert panel.turn_bar.property("level") == "red" and " s " in panel.turn_label.text()


def test_one_tip_at_a_time_scored_off_the_gui_thread_never_while_the_prospect_speaks(
    qtbot, coached
):
    panel, driver, call, time, speaking = coached
    call.reply_text(call.trainee_says("Hi, have you heard of us?"))
    speaking["now"] = True
    time.now = 30.0
    driver.consider_tip()
    assert not driver._asking and panel.tip() == ""  # not over the prospect
    speaking["now"] = False
    with qtbot.waitSignal(driver.tip_shown, timeout=5000) as shown:
        driver.consider_tip()
    first = shown.args[0]
    assert panel.tip() == first and "heard of us" not in first.lower()
    call.reply_text(call.trainee_says("We are the market leader in innovative synergies."))
    time.now = 35.0  # within 20 s of the last tip: nothing new
    driver.consider_tip()
    assert not driver._asking and panel.tip() == first


def test_buttons_are_signals_and_hints_can_be_picked(qtbot, coached):
    panel, *_ = coached
    panel.set_actions(True, True, True)
    with qtbot.waitSignal(panel.pause_toggled) as paused:
        panel.pause_button.click()
    assert paused.args == [True] and panel.pause_button.text() == "Resume"
    with qtbot.waitSignal(panel.hint_requested):
        panel.hint_button.click()
    with qtbot.waitSignal(panel.rewind_requested):
        panel.rewind_button.click()
    panel.show_hints(["One.", "Two.", "Three."])
    assert panel.hints() == ["One.", "Two.", "Three."]
    with qtbot.waitSignal(panel.hint_chosen) as chosen:
        panel.hint_buttons[1].click()
    assert chosen.args == ["Two."]


def test_a_paused_clock_stands_still():
    time = FakeTime()
    clock = PausableClock(time)
    time.now = 5.0
    clock.pause()
    time.now = 50.0
    assert clock() == 5.0 and clock.paused
    clock.resume()
    time.now = 52.0
    assert clock() == 7.0 and clock.pauses == 1


def test_a_replayed_call_clock_goes_on_from_where_the_stored_call_stood():
    time = FakeTime()
    clock = PausableClock(time)
    start = clock()
    clock.shift(42.5)
    assert clock() - start == 42.5
    time.now = 3.0
    assert clock() - start == 45.5 and not clock.paused
