"""The live coach beside the call: stage, talk share, the turn's length, questions, one tip,
and the Pause, Hint and Rewind buttons; after the call, the costliest moments and the button
that starts their drill.

Thin: every number and every word comes from trainer.core.coach; this widget renders them and
forwards the buttons as signals. The tip needs the scorer, so `CoachDriver` scores the call
so far on a pool thread (run_task) and only shows the result on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trainer.core.coach.live import LiveNumbers, TipClock, live_numbers, pick_tip
from trainer.core.coach.moments import CoachReview, Drill
from trainer.core.coach.rewind import snapshot
from trainer.core.coach.stage import STAGES
from trainer.core.scoring import score_transcript
from trainer.core.transcript import Coaching, Transcript
from trainer.ui.style import AMBER, AMBER_BG, GREEN, GREEN_BG, MUTED, RED, RED_BG
from trainer.workers.tasks import run_task

log = logging.getLogger(__name__)

STAGE_NAMES = {
    "opener": QT_TRANSLATE_NOOP("CoachPanel", "Opener"),
    "reason": QT_TRANSLATE_NOOP("CoachPanel", "Reason"),
    "discovery": QT_TRANSLATE_NOOP("CoachPanel", "Discovery"),
    "objections": QT_TRANSLATE_NOOP("CoachPanel", "Objections"),
    "next_step": QT_TRANSLATE_NOOP("CoachPanel", "Next step"),
}
UNITS = {
    "words": QT_TRANSLATE_NOOP("CoachPanel", "words"),
    "seconds": QT_TRANSLATE_NOOP("CoachPanel", "seconds"),
}
LEVEL_COLOURS = {"ok": (GREEN, GREEN_BG), "amber": (AMBER, AMBER_BG), "red": (RED, RED_BG)}
PAUSE_KEY, HINT_KEY, REWIND_KEY, DRILL_KEY = "Ctrl+P", "Ctrl+I", "Ctrl+Z", "Ctrl+D"


def _bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 100)
    bar.setTextVisible(False)
    bar.setFixedHeight(10)
    return bar


def _paint(bar: QProgressBar, level: str) -> None:
    fg, _bg = LEVEL_COLOURS[level]
    bar.setStyleSheet(f"QProgressBar::chunk {{ background: {fg}; border-radius: 5px; }}")


class WrapLabel(QLabel):
    """A word-wrapped label that asks for the height its lines take at its width, so a
    crowded column scrolls instead of cutting the text off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        height = self.heightForWidth(self.width()) if self.width() > 0 else -1
        if height > 0 and height != self.minimumHeight():
            self.setMinimumHeight(height)


class CoachPanel(QFrame):
    """Renders `LiveNumbers`, one tip and three hints; Pause, Hint, Rewind and the drill
    button are signals."""

    pause_toggled = Signal(bool)
    hint_requested = Signal()
    rewind_requested = Signal()
    hint_chosen = Signal(str)
    drill_requested = Signal(object)  # the Drill the review offered
    review_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        col = QVBoxLayout(self)
        col.setContentsMargins(14, 10, 14, 12)
        col.setSpacing(6)
        title = QLabel(self.tr("COACH"))
        title.setObjectName("SectionTitle")
        col.addWidget(title)

        # During a drill: what it is for, at the top.
        self.drill_banner = WrapLabel()
        self.drill_banner.setObjectName("FeedbackHint")
        self.drill_banner.hide()
        col.addWidget(self.drill_banner)

        # The stages in two rows, so the names fit the narrow column beside a score card.
        self.stage_labels: dict[str, QLabel] = {}
        stages = QGridLayout()
        stages.setHorizontalSpacing(4)
        stages.setVerticalSpacing(4)
        for n, stage in enumerate(STAGES):
            label = QLabel(self.tr(STAGE_NAMES[stage]))
            label.setObjectName("Pill")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stage_labels[stage] = label
            stages.addWidget(label, n // 3, n % 3)
        col.addLayout(stages)

        self.share_label = QLabel()
        self.share_bar = _bar()
        self.turn_label = QLabel()
        self.turn_bar = _bar()
        self.questions_label = QLabel()
        for widget in (
            self.share_label,
            self.share_bar,
            self.turn_label,
            self.turn_bar,
            self.questions_label,
        ):
            col.addWidget(widget)
        for label in (self.share_label, self.turn_label, self.questions_label):
            label.setWordWrap(True)

        self.tip_label = QLabel()
        self.tip_label.setObjectName("FeedbackHint")
        self.tip_label.setWordWrap(True)
        self.tip_label.hide()
        col.addWidget(self.tip_label)

        self.hints_box = QWidget()
        self.hints_col = QVBoxLayout(self.hints_box)
        self.hints_col.setContentsMargins(0, 0, 0, 0)
        self.hints_col.setSpacing(4)
        self.hint_buttons: list[QPushButton] = []
        self.hints_box.hide()
        col.addWidget(self.hints_box)

        # After the call the moments can run long: they scroll within the column.
        self.review_label = QLabel()
        self.review_label.setWordWrap(True)
        self.review_label.setTextFormat(Qt.TextFormat.RichText)
        self.review_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.review_label.hide()
        self.review_scroll = QScrollArea()
        self.review_scroll.setWidget(self.review_label)
        self.review_scroll.setWidgetResizable(True)
        self.review_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.review_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.review_scroll.setMinimumHeight(140)
        self.review_scroll.hide()
        col.addWidget(self.review_scroll, 1)

        # The drill the review offers and, under it, the button that starts it.
        self.drill: Drill | None = None
        self.drill_label = WrapLabel()
        self.drill_label.setTextFormat(Qt.TextFormat.RichText)
        self.drill_label.hide()
        col.addWidget(self.drill_label)
        self.drill_button = QPushButton()
        self.drill_button.setObjectName("Primary")
        self.drill_button.clicked.connect(self._drill_clicked)
        self.drill_button.hide()
        col.addWidget(self.drill_button)
        # A shortcut of the panel, not of the button: setText drops a button's own shortcut.
        drill_key = QShortcut(QKeySequence(DRILL_KEY), self)
        drill_key.activated.connect(self._drill_key)

        row = QHBoxLayout()
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setCheckable(True)
        self.pause_button.setShortcut(PAUSE_KEY)
        self.pause_button.setToolTip(
            self.tr("Stop the prospect, stop listening and freeze the clock ({key})").format(
                key=PAUSE_KEY
            )
        )
        self.pause_button.toggled.connect(self._pause_toggled)
        self.hint_button = QPushButton(self.tr("Hint"))
        self.hint_button.setShortcut(HINT_KEY)
        self.hint_button.setToolTip(
            self.tr("Three lines you could say next ({key})").format(key=HINT_KEY)
        )
        self.hint_button.clicked.connect(self.hint_requested)
        self.rewind_button = QPushButton(self.tr("Rewind"))
        self.rewind_button.setShortcut(REWIND_KEY)
        self.rewind_button.setToolTip(
            self.tr("Take back your last line and the prospect's reply ({key})").format(
                key=REWIND_KEY
            )
        )
        self.rewind_button.clicked.connect(self.rewind_requested)
        for button in (self.pause_button, self.hint_button, self.rewind_button):
            row.addWidget(button)
        col.addLayout(row)
        self.set_actions(False, False, False)
        self.set_drill_enabled(True)

    # -- rendering ---------------------------------------------------------------------------
    def show_numbers(self, n: LiveNumbers) -> None:
        for stage, label in self.stage_labels.items():
            current = stage == n.stage
            label.setProperty("current", current)
            label.setStyleSheet(
                "color: #1e3a8a; background: #dbeafe; font-weight: 600;"
                if current
                else f"color: {MUTED}; background: #f3f4f6;"
            )
        low, high = (round(100 * b) for b in n.band)
        if n.share is None:
            self.share_label.setText(
                self.tr("Your talk share: – (aim for {low}–{high}%)").format(low=low, high=high)
            )
            self.share_bar.setValue(0)
        else:
            share = round(100 * n.share)
            self.share_label.setText(
                self.tr("Your talk share: {share}% of the {unit} (aim for {low}–{high}%)").format(
                    share=share, unit=self.tr(UNITS.get(n.unit, n.unit)), low=low, high=high
                )
            )
            self.share_bar.setValue(share)
        _paint(self.share_bar, n.share_level)
        if n.turn_seconds is not None:
            used = max(n.turn_seconds / n.seconds_limit, n.turn_words / n.word_limit)
            self.turn_label.setText(
                self.tr(
                    "This turn: {words} words, {seconds} s "
                    "(limit about {word_limit} words or {seconds_limit} s)"
                ).format(
                    words=n.turn_words,
                    seconds=f"{n.turn_seconds:.0f}",
                    word_limit=n.word_limit,
                    seconds_limit=f"{n.seconds_limit:.0f}",
                )
            )
        else:
            used = n.turn_words / n.word_limit
            self.turn_label.setText(
                self.tr("This turn: {words} words (limit about {word_limit})").format(
                    words=n.turn_words, word_limit=n.word_limit
                )
            )
        self.turn_bar.setValue(min(100, round(100 * used)))
        self.turn_bar.setProperty("level", n.turn_level)
        _paint(self.turn_bar, n.turn_level)
        self.questions_label.setText(
            self.tr("Questions: {open} open · {closed} closed").format(
                open=n.open_questions, closed=n.closed_questions
            )
        )

    def show_tip(self, text: str | None) -> None:
        self.tip_label.setText(text or "")
        self.tip_label.setVisible(bool(text))

    def tip(self) -> str:
        return self.tip_label.text() if self.tip_label.isVisible() else ""

    def show_hints(self, lines: list[str]) -> None:
        for button in self.hint_buttons:
            button.deleteLater()
        self.hint_buttons = []
        for line in lines:
            button = QPushButton(line)
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 4px 6px;")
            button.setToolTip(self.tr("Put this line in the text box"))
            button.clicked.connect(lambda _=False, text=line: self.hint_chosen.emit(text))
            self.hints_col.addWidget(button)
            self.hint_buttons.append(button)
        self.hints_box.setVisible(bool(lines))

    def hints(self) -> list[str]:
        return [b.text() for b in self.hint_buttons]

    def set_actions(self, can_pause: bool, can_hint: bool, can_rewind: bool) -> None:
        self.pause_button.setEnabled(can_pause)
        self.hint_button.setEnabled(can_hint)
        self.rewind_button.setEnabled(can_rewind)

    def _drilled(self, coaching: Coaching) -> str:
        """ "This call was a drill of your call at 14:05" (the review's meta says the same)."""
        mark = coaching.drill
        assert mark is not None
        if mark.at is None:
            return self.tr("This call was a drill of an earlier call")
        when = mark.at.astimezone().strftime("%Y-%m-%d %H:%M")
        return self.tr("This call was a drill of your call at {time}").format(time=when)

    def set_drill_enabled(self, on: bool) -> None:
        """The drill starts a call: not while one is running."""
        self.drill_button.setEnabled(on and self.drill is not None)

    def show_drill_banner(self, text: str | None) -> None:
        """During a drill call: the one thing it is for (the drill's own words)."""
        self.drill_banner.setText(self.tr("Drill: {text}").format(text=text) if text else "")
        self.drill_banner.setVisible(bool(text))

    def drill_banner_text(self) -> str:
        return self.drill_banner.text() if self.drill_banner.isVisible() else ""

    @Slot()
    def _drill_clicked(self) -> None:
        if self.drill is not None:
            self.drill_requested.emit(self.drill)

    @Slot()
    def _drill_key(self) -> None:
        if self.drill_button.isEnabled() and self.drill_button.isVisible():
            self.drill_button.click()

    def set_paused(self, paused: bool) -> None:
        self.pause_button.blockSignals(True)
        self.pause_button.setChecked(paused)
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.blockSignals(False)

    @Slot(bool)
    def _pause_toggled(self, on: bool) -> None:
        self.pause_button.setText(self.tr("Resume") if on else self.tr("Pause"))
        self.pause_toggled.emit(on)

    def clear(self) -> None:
        self.show_tip(None)
        self.show_hints([])
        self.show_drill_banner(None)
        self.review_label.hide()
        self.review_scroll.hide()
        self.drill = None
        self.drill_label.hide()
        self.drill_button.hide()

    def show_review(self, coached: CoachReview, coaching: Coaching | None = None) -> None:
        """After the call: the three costliest moments, the drill (with the button that starts
        it) and the coaching used."""
        parts = []
        for m in coached.moments:
            turn = self.tr("Turn {n}").format(n=m.turn + 1)
            parts.append(
                f"<p><b>{escape(turn)}</b>: “{escape(m.said)}”<br>→ “{escape(m.instead)}”"
                f"<br><span style='color:{MUTED}'>{escape(m.why)}</span></p>"
            )
        if coaching is not None:
            used = self.tr(
                "Coaching used: {pauses} pause(s), {hints} hint(s), {rewinds} rewind(s)"
            ).format(pauses=coaching.pauses, hints=len(coaching.hints), rewinds=coaching.rewinds)
            parts.append(f"<p style='color:{MUTED}'>{escape(used)}</p>")
            if coaching.drill is not None:
                parts.append(f"<p style='color:{MUTED}'>{escape(self._drilled(coaching))}</p>")
        title = self.tr("THE MOMENTS THAT COST MOST") if coached.moments else ""
        self.review_label.setText((f"<b>{escape(title)}</b>" if title else "") + "".join(parts))
        self.review_label.setVisible(bool(parts))
        self.review_scroll.setVisible(bool(parts))
        self.show_tip(None)
        self.show_hints([])
        self.show_drill_banner(None)
        self.drill = coached.drill
        if coached.drill is not None:
            heading = self.tr("Drill")
            self.drill_label.setText(f"<b>{escape(heading)}</b>: {escape(coached.drill.text)}")
            if coached.drill.kind == "replay" and coached.drill.turn is not None:
                label = self.tr("Replay from turn {n}").format(n=coached.drill.turn + 1)
                tip = self.tr("Call again from just before turn {n} and try the better line")
                tip = tip.format(n=coached.drill.turn + 1)
            else:
                label = self.tr("Start a focused call")
                tip = self.tr("A new call with the same prospect, on one thing")
            self.drill_button.setText(label)
            self.drill_button.setToolTip(f"{tip} ({DRILL_KEY})")
        self.drill_label.setVisible(coached.drill is not None)
        self.drill_button.setVisible(coached.drill is not None)
        self.set_drill_enabled(True)
        self.review_shown.emit()


class CoachDriver(QObject):
    """Feeds a CoachPanel from a live call: numbers at once, the tip from a background score.

    `source()` returns (call, prospect_speaking) or None outside a call; it is read on the GUI
    thread only, and the scorer gets a copy of the transcript.
    """

    tip_shown = Signal(str)

    def __init__(self, panel: CoachPanel, source: Callable[[], tuple | None]) -> None:
        super().__init__(panel)
        self.panel = panel
        self.source = source
        self.tips = TipClock()
        self._asking = False

    def reset(self) -> None:
        self.tips = TipClock()
        self.panel.clear()

    def refresh(self, draft: str = "", draft_seconds: float | None = None) -> None:
        """Redraw the numbers (cheap; on every keystroke or turn)."""
        got = self.source()
        if got is None:
            return
        call, _speaking = got
        self.panel.show_numbers(
            live_numbers(call.turns, call.persona, call.state, draft, draft_seconds)
        )

    def consider_tip(self) -> None:
        """Score the call so far off the GUI thread when a tip may be due; show the result."""
        got = self.source()
        if got is None or self._asking:
            return
        call, speaking = got
        if not self.tips.due(call.now(), speaking) or not call.turns:
            return
        transcript = Transcript(
            persona=call.persona.id,
            language=call.persona.language,
            turns=[t.model_copy() for t in call.turns],
        )
        persona, state = call.persona, snapshot(call.state)  # the call moves on meanwhile
        turns = list(transcript.turns)
        self._asking = True

        def score():
            result = score_transcript(transcript, persona)
            return pick_tip(result, turns, persona, state, self.tips.recent)

        run_task(score, self._tip_ready, self._tip_failed, context=self)

    def _tip_ready(self, tip) -> None:
        self._asking = False
        got = self.source()
        if got is None:
            return
        call, speaking = got
        shown = self.tips.offer(tip, call.now(), speaking)
        if shown:
            self.panel.show_tip(shown)
            self.tip_shown.emit(shown)

    def _tip_failed(self, exc: BaseException) -> None:
        self._asking = False
        log.warning("the live tip could not be worked out: %s", exc)
