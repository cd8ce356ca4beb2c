"""Live coaching in the call window: the coach panel, Pause, Hint and Rewind, for a CallView,
and after the call the review whose drill button the view starts.

Kept apart from the call view so the view only says when turns happen; everything the coach
says comes from trainer.core.coach. Hints and the review are worked out off the GUI thread.
In exam mode the panel is hidden and Hint and Rewind are off; the call is stored at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from trainer.core.call import Call, TurnSink
from trainer.core.coach import Rewinder, review
from trainer.core.coach.clock import PausableClock
from trainer.core.coach.script import hints_now
from trainer.core.errors import KnownError
from trainer.core.persona import Persona
from trainer.core.scoring import score_transcript
from trainer.core.transcript import Coaching, DrillMark
from trainer.ui.coach_panel import CoachDriver, CoachPanel
from trainer.workers.tasks import run_task

if TYPE_CHECKING:
    from trainer.ui.call_view import CallView

log = logging.getLogger(__name__)

# How many exchanges a coached call holds back from the store when it has no way to drop
# stored turns. The window gives one, so every turn is saved the moment it is said and a
# Rewind drops it from the store again.
COACHED_HOLD = 0


class CallCoach(QObject):
    """Owns the coach panel and the coached call's clock and rewinder."""

    paused_changed = Signal(bool)  # voice input listens: paused means not listening
    hints_shown = Signal(list)
    rewound = Signal(int)  # the first turn index taken back

    def __init__(self, view: CallView) -> None:
        super().__init__(view)
        self.view = view
        self.panel = CoachPanel()
        self.driver = CoachDriver(self.panel, self._source)
        self.clock: PausableClock | None = None
        self.rewinder: Rewinder | None = None
        self._hinting = False
        self.hold = COACHED_HOLD
        self.reviewed: Call | None = None  # the ended call the panel's review (and drill) is of
        self.panel.pause_toggled.connect(self.set_paused)
        self.panel.hint_requested.connect(self.hint)
        self.panel.rewind_requested.connect(self.rewind)
        self.panel.hint_chosen.connect(self._use_hint)
        view.input.textChanged.connect(self._draft_changed)
        view.clock.timeout.connect(self._tick)
        view.exam_check.toggled.connect(self.set_exam)
        self.set_exam(view.settings.exam_mode)

    # -- state -----------------------------------------------------------------------------
    @property
    def exam(self) -> bool:
        return self.view.settings.exam_mode

    @property
    def paused(self) -> bool:
        return self.clock is not None and self.clock.paused

    def _source(self):
        call = self.view.call
        if call is None or call.ended:
            return None
        return call, self.view.is_prospect_speaking()

    def _coaching(self) -> Coaching:
        call = self.view.call
        assert call is not None
        if call.transcript.coaching is None:
            call.transcript.coaching = Coaching()
        return call.transcript.coaching

    def set_exam(self, on: bool) -> None:
        self.panel.setVisible(not on)
        self.update_actions()

    def holds(self, index: int) -> bool:
        """True while the turn is held back from the store (a later Rewind may take it)."""
        return self.rewinder is not None and self.rewinder.holds(index)

    # -- the call's life -------------------------------------------------------------------
    def start(
        self,
        persona: Persona,
        engine,
        trainee: str,
        sink: TurnSink,
        drop: Callable[[int], None] | None = None,
        started_at: datetime | None = None,
        drill: DrillMark | None = None,
        banner: str | None = None,
    ) -> Call:
        """The call, with a clock Pause can freeze and a rewinder in front of the store.

        With `drop` (forget stored turns from an index on) every turn is stored as it is said
        and Rewind still works; without it the rewinder holds `hold` exchanges back. A drill
        call keeps `drill` in its coaching and shows `banner` (what it is for) in the panel."""
        self.clock = PausableClock()
        if self.exam:
            self.rewinder = Rewinder(sink, hold=0)
        else:
            self.rewinder = Rewinder(sink, hold=self.hold, drop=drop)
        call = Call(
            persona,
            engine,
            trainee=trainee,
            on_turn=self.rewinder,
            clock=self.clock,
            started_at=started_at,
        )
        if not self.exam:
            call.transcript.coaching = Coaching(drill=drill)
        self.rewinder.bind(call)
        self.reviewed = None
        self.driver.reset()
        self.panel.show_drill_banner(banner)
        self.panel.set_paused(False)
        self.driver.refresh()
        self.update_actions()
        return call

    def turn_taken(self) -> None:
        self.panel.show_hints([])
        self.driver.refresh()
        self.update_actions()

    def reply_done(self) -> None:
        self.driver.refresh(self.view.input.toPlainText())
        if not self.exam:
            self.driver.consider_tip()
        self.update_actions()
        if self.paused:
            self._mute(True)

    def call_ended(self) -> None:
        """Commit the held turns before the end is written, then show the review."""
        if self.clock is not None:
            self.clock.resume()
        if self.rewinder is not None:
            self.rewinder.flush()
        self.panel.set_paused(False)
        self.update_actions()
        call = self.view.call
        if call is None or self.exam:
            return
        transcript = call.transcript.model_copy(deep=True)
        persona = call.persona

        def show(coached) -> None:
            if self.view.call is not call or self.view.in_call():
                return  # another call started meanwhile: this review is not of it
            self.reviewed = call
            self.panel.show_review(coached, transcript.coaching)
            self.update_actions()

        run_task(
            lambda: review(transcript, score_transcript(transcript, persona), persona),
            show,
            lambda exc: log.warning("the costliest moments could not be worked out: %s", exc),
            context=self.panel,
        )

    def forget_review(self) -> None:
        """The call the review was of is gone from the window (another trainee's turn)."""
        self.reviewed = None
        self.panel.clear()

    def update_actions(self) -> None:
        live = self.view.in_call()
        coached = live and not self.exam
        can_rewind = coached and self.rewinder is not None and self.rewinder.can_rewind()
        self.panel.set_actions(live, coached and not self._hinting, can_rewind)
        self.panel.set_drill_enabled(not live and self.reviewed is not None)

    # -- Pause -------------------------------------------------------------------------------
    @Slot(bool)
    def set_paused(self, on: bool) -> None:
        """Stop the prospect mid-sentence, stop listening and freeze the clock (or go on)."""
        if self.clock is None or not self.view.in_call():
            self.panel.set_paused(False)
            return
        if on and not self.clock.paused:
            self.view.barge_in()  # what was said so far is kept, cut off
            self.clock.pause()
            self._coaching().pauses += 1
        elif not on:
            self.clock.resume()
        self.panel.set_paused(on)
        self._mute(on)
        self.paused_changed.emit(on)

    def _mute(self, on: bool) -> None:
        if on:
            self.view.input.setEnabled(False)
            self.view.send_button.setEnabled(False)
        else:
            self.view._update_input()

    # -- Hint --------------------------------------------------------------------------------
    @Slot()
    def hint(self) -> None:
        """Three lines to say next, worked out off the GUI thread (the LLM's with an LLM)."""
        call = self.view.call
        if call is None or call.ended or self.exam or self._hinting:
            return
        from trainer.core.coach.rewind import snapshot
        from trainer.engines.hint_writer import hinter_for

        coaching = self._coaching()
        frozen = Call(call.persona, call.engine, trainee=call.transcript.trainee)
        frozen.transcript.turns = [t.model_copy() for t in call.turns]
        frozen.state = snapshot(call.state)
        record = coaching.model_copy(deep=True)
        hinter = hinter_for(call.engine)
        self._hinting = True
        self.update_actions()

        def done(result) -> None:
            self._hinting = False
            lines, use = result
            if self.view.call is call:
                coaching.hints.append(use)
                self.panel.show_hints(lines)
                self.hints_shown.emit(lines)
            self.update_actions()

        def failed(exc: BaseException) -> None:
            self._hinting = False
            self.update_actions()
            self.view.show_banner(
                "warning", self.tr("No hints this time: {error}").format(error=exc)
            )

        def work():
            lines = hints_now(frozen, record, hinter)
            return lines, record.hints[-1]

        run_task(work, done, failed, context=self.panel)

    @Slot(str)
    def _use_hint(self, line: str) -> None:
        if self.view.input.isEnabled():
            self.view.input.setPlainText(line)
            self.view.input.setFocus()

    # -- Rewind ------------------------------------------------------------------------------
    @Slot()
    def rewind(self) -> None:
        """Take back the last trainee turn and the reply; the prospect's line before is said
        again (shown in the transcript)."""
        call, rewinder = self.view.call, self.rewinder
        if call is None or rewinder is None or self.exam or not rewinder.can_rewind():
            return
        if self.view.is_prospect_speaking():
            self.view.barge_in()
        try:
            back = rewinder.rewind()
        except KnownError as exc:
            self.view.show_banner("warning", str(exc))
            return
        self._coaching().rewinds += 1
        for _turn in back.removed:
            self.view.transcript.remove_last()
        if back.say_again:
            name = call.persona.display_name
            self.view.transcript.add_note(
                self.tr("Rewound. {name}, again: “{line}”").format(name=name, line=back.say_again)
            )
        self.view._update_meter()
        self.panel.show_hints([])
        self.driver.refresh()
        self.update_actions()
        self.rewound.emit(back.index)
        if self.paused:
            self._mute(True)
        else:
            self.view._update_input()

    # -- the clock and the draft -------------------------------------------------------------
    @Slot()
    def _draft_changed(self) -> None:
        self.driver.refresh(self.view.input.toPlainText())

    @Slot()
    def _tick(self) -> None:
        if not self.exam and not self.paused:
            self.driver.consider_tip()
