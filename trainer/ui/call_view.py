"""The Practice tab: pick who you are and whom you call, then talk to the prospect.

Thin by design: the `Call` (trainer.core.call) owns the transcript and the prospect state;
the engine's reply streams on a `ReplyWorker` thread; this widget renders and forwards intent.
All `Call` bookkeeping happens on the GUI thread, in the order the turns happened, so the
transcript rows, the stored turns and the call agree. The writes themselves go through a
`SessionWriter` flushed on a thread of its own: a locked database or a full disk never freezes
the window, and what cannot be written yet is kept, in order, and written as soon as it can.

Hooks for voice (all on the GUI thread):
- `submit_line(text, start, end)`: a trainee turn from speech, with times from `call_time()`.
- signals `prospect_reply_started`, `prospect_delta(str)`, `prospect_reply_finished(int, str, bool)`:
  feed a sentence splitter / TTS from the deltas; the finished signal gives the stored turn index.
- `barge_in()`: stop the reply now; it is stored as cut off. Then `set_spoken_text(text)` keeps
  only what was actually heard (updates the call, the store and the transcript).
- `prospect_cut_in()`: the trainee held the floor too long; the prospect interrupts.
- `set_barge_in_enabled(True)`: typing or speaking while the prospect talks interrupts them.
- `voice_bar`: a layout under the input for a push-to-talk button and a level meter
  (`add_voice_widget(widget)`).
"""

from __future__ import annotations

import logging
import re
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from trainer.core.acts.times import agreed_time_text
from trainer.core.call import Call
from trainer.core.coach.drill import drill_mark, fold_turns, replay_parts
from trainer.core.coach.moments import Drill
from trainer.core.errors import KnownError
from trainer.core.persona import Persona, PersonaCatalog
from trainer.core.prospect_state import Directions
from trainer.core.transcript import DrillMark, Turn
from trainer.scoring_service import judge_and_store, score_and_store
from trainer.session_writer import BackgroundWriter, SessionWriter, end_budget, writer_store
from trainer.settings import Settings, save_settings
from trainer.ui import messages
from trainer.ui.coach_controls import CallCoach
from trainer.ui.feedback_hint import FeedbackHint
from trainer.ui.patience_meter import PatienceMeter
from trainer.ui.persona_card import PersonaCard
from trainer.ui.score_card import ScoreCard
from trainer.ui.style import AMBER, AMBER_BG, GREEN, GREEN_BG, RED, RED_BG, repolish
from trainer.ui.transcript_view import TranscriptView
from trainer.workers.call_worker import ReplyThreads, ReplyWorker
from trainer.workers.tasks import run_task

log = logging.getLogger(__name__)

OUTCOME_TEXT = {
    "meeting": (QT_TRANSLATE_NOOP("CallView", "Meeting booked"), GREEN, GREEN_BG),
    "callback": (QT_TRANSLATE_NOOP("CallView", "Call-back agreed"), GREEN, GREEN_BG),
    "ended": (
        QT_TRANSLATE_NOOP("CallView", "You ended the call without a next step"),
        AMBER,
        AMBER_BG,
    ),
    "hung_up": (QT_TRANSLATE_NOOP("CallView", "The prospect hung up"), RED, RED_BG),
    "failed": (
        QT_TRANSLATE_NOOP("CallView", "The LLM failed; the call is kept as failed"),
        RED,
        RED_BG,
    ),
    "not_finished": (QT_TRANSLATE_NOOP("CallView", "Not finished"), AMBER, AMBER_BG),
}
# How long the window waits for a write before it carries on and lets the writer catch up.
STORE_WAIT_SECONDS = 0.25


CALL_KEY = "Ctrl+Return"
HANG_UP_KEY = "Ctrl+H"


def _again(text: str, cancel):
    """A stored line streamed word by word, as the offline engine streams its replies."""
    for piece in re.findall(r"\S+\s*", text):
        if cancel.is_set():
            return
        yield piece


class Composer(QPlainTextEdit):
    """The trainee's line: Enter sends, Shift+Enter starts a new line."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class Banner(QFrame):
    """An inline message above the input (not a modal) with optional action buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setProperty("level", "error")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 8, 8)
        row.setSpacing(8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(self.label, 1)
        self.actions_row = QHBoxLayout()
        self.actions_row.setSpacing(6)
        row.addLayout(self.actions_row)
        close = QPushButton()
        close.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        close.setFlat(True)
        close.setFixedWidth(30)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        row.addWidget(close)
        self.buttons: dict[str, QPushButton] = {}
        self.hide()

    def show_message(self, level: str, text: str, actions: list[tuple[str, Any]] = ()) -> None:
        while self.actions_row.count():
            item = self.actions_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.buttons = {}
        for title, slot in actions:
            button = QPushButton(title)
            button.clicked.connect(slot)
            self.actions_row.addWidget(button)
            self.buttons[title] = button
        self.setProperty("level", level)
        repolish(self)
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return self.label.text()


class CallView(QWidget):
    """Trainee and persona pickers, the persona card, the live call and, after it, the score."""

    call_started = Signal(int)  # session id, -1 until the first turn has been stored
    call_ended = Signal(str)  # outcome
    trainee_turn_added = Signal(int, str)  # turn index, text
    prospect_reply_started = Signal()
    prospect_delta = Signal(str)
    prospect_reply_finished = Signal(int, str, bool)  # turn index (-1: nothing said), text, cut off
    speaking_changed = Signal(bool)  # the prospect is (or stops) producing a reply
    scored = Signal(dict)
    judged = Signal(dict)  # the deterministic payload with the LLM judge's "judge" entry
    feedback_requested = Signal(str, int)  # trainee, session: open their trainer's feedback
    save_problem = Signal(str)  # from the writer's thread: turns are waiting for the database
    save_recovered = Signal()  # from the writer's thread: everything waiting is written now

    def __init__(self, store, catalog: PersonaCatalog, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.catalog = catalog
        self.settings = settings
        self.call: Call | None = None
        self.writer: SessionWriter | None = None
        self._background: BackgroundWriter | None = None
        self._writers: list[BackgroundWriter] = []  # every call's, until it has written all
        self._write_store = None
        self.threads = ReplyThreads(self)
        self.barge_in_enabled = False
        self._worker: ReplyWorker | None = None
        self._reply_id = 0
        self._reply_text = ""
        self._reply_row = -1
        self._reply_start = 0.0
        self._reply_directions: Directions | None = None
        self._retry_directions: Directions | None = None
        self._pending_line: tuple[str, float | None, float | None] | None = None
        self._unread: list[int] = []  # trainee turns the LLM has not been asked to read yet
        self._score_card: QWidget | None = None
        self._closing = False
        self._folding = False  # a replay is folding in its earlier turns: queue, wait once
        self._drill_origin: SessionWriter | None = None  # the call a drill call drills
        self._opened_at: datetime | None = None  # when the current call's session started
        self._build()
        # The live coach, beside the call under the patience meter (hidden in exam mode).
        self.coach = CallCoach(self)
        self.left_column.layout().insertWidget(2, self.coach.panel)
        self.coach.panel.drill_requested.connect(self.start_drill)
        self.coach.panel.review_shown.connect(self._show_drill_button)
        self.save_problem.connect(self._show_save_problem)
        self.save_recovered.connect(self._show_saved)
        self._load_pickers()
        self.apply_settings(settings)
        self._set_in_call(False)

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.setSpacing(10)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.trainee_combo = QComboBox()
        self.trainee_combo.setEditable(True)
        self.trainee_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.trainee_combo.lineEdit().setPlaceholderText(self.tr("Your name"))
        self.trainee_combo.setMinimumWidth(170)
        self.trainee_combo.setToolTip(
            self.tr("Pick your profile, or type a new name to create one")
        )
        self.persona_combo = QComboBox()
        self.persona_combo.setMinimumWidth(280)
        self.persona_combo.currentIndexChanged.connect(self._persona_changed)
        self.engine_label = QLabel()
        self.engine_label.setObjectName("Pill")
        self.call_button = QPushButton(self.tr("Call"))
        self.call_button.setObjectName("Primary")
        self.call_button.setMinimumWidth(96)
        self.call_button.clicked.connect(self.start_call)
        # A shortcut of the view, not of the button: setText("Call again") drops a button's own.
        call_key = QShortcut(QKeySequence(CALL_KEY), self)
        call_key.activated.connect(self._call_key)
        self.call_button.setToolTip(self.tr("Start the call (Ctrl+Enter)"))
        pickers = (
            (self.tr("Trainee"), self.trainee_combo),
            (self.tr("Persona"), self.persona_combo),
        )
        for label, widget in pickers:
            caption = QLabel(label)
            caption.setObjectName("Muted")
            top.addWidget(caption)
            top.addWidget(widget)
            top.addSpacing(6)
        top.addStretch(1)
        top.addWidget(self.engine_label)
        top.addSpacing(6)
        top.addWidget(self.call_button)
        root.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        root.addWidget(self.splitter, 1)

        # Left: who you are calling, how patient they are, the clock and the way out.
        left = QWidget()
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        left_col.setSpacing(10)
        self.card = PersonaCard()
        left_col.addWidget(self.card, 1)
        self.meter = PatienceMeter()
        left_col.addWidget(self.meter)
        clock = QFrame()
        clock.setObjectName("Card")
        clock_row = QHBoxLayout(clock)
        clock_row.setContentsMargins(16, 10, 12, 10)
        self.timer_label = QLabel("00:00")
        self.timer_label.setObjectName("Timer")
        self.hangup_button = QPushButton(self.tr("Hang up"))
        self.hangup_button.setObjectName("Danger")
        self.hangup_button.clicked.connect(self.hang_up)
        self.hangup_button.setShortcut(QKeySequence(HANG_UP_KEY))
        self.hangup_button.setToolTip(
            self.tr("End the call now; it is saved and scored ({key})").format(key=HANG_UP_KEY)
        )
        clock_row.addWidget(self.timer_label)
        clock_row.addStretch(1)
        clock_row.addWidget(self.hangup_button)
        left_col.addWidget(clock)
        self.exam_check = QCheckBox(self.tr("Exam mode"))
        self.exam_check.setToolTip(self.tr("Hide the patience meter, as in a real call"))
        self.exam_check.toggled.connect(self._exam_toggled)
        left_col.addWidget(self.exam_check)
        self.feedback_hint = FeedbackHint(self.store)
        self.feedback_hint.open_requested.connect(self.feedback_requested)
        self.trainee_combo.currentTextChanged.connect(self.feedback_hint.show_for)
        self.trainee_combo.currentTextChanged.connect(self._trainee_changed)
        left_col.addWidget(self.feedback_hint)
        left.setMinimumWidth(260)
        # When the window is short, the column scrolls rather than squeezing its parts together.
        self.left_column = left
        self.left_scroll = left_scroll = QScrollArea()
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setMinimumWidth(272)
        self.splitter.addWidget(left_scroll)

        # Middle: the conversation and the input.
        middle = QWidget()
        mid_col = QVBoxLayout(middle)
        mid_col.setContentsMargins(0, 0, 0, 0)
        mid_col.setSpacing(8)
        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("Outcome")
        self.outcome_label.setWordWrap(True)  # a narrow column must not cut the outcome
        self.outcome_label.hide()
        mid_col.addWidget(self.outcome_label)
        self.transcript = TranscriptView()
        mid_col.addWidget(self.transcript, 1)
        self.banner = Banner()
        mid_col.addWidget(self.banner)
        self.save_status = QLabel()
        self.save_status.setObjectName("SaveStatus")
        self.save_status.setWordWrap(True)
        self.save_status.setStyleSheet(f"color: {RED};")
        self.save_status.hide()
        mid_col.addWidget(self.save_status)
        compose_row = QHBoxLayout()
        compose_row.setSpacing(8)
        self.input = Composer()
        self.input.setPlaceholderText(
            self.tr("Type your line. Enter sends, Shift+Enter for a new line.")
        )
        self.input.setFixedHeight(66)
        self.input.submitted.connect(self._send_typed)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("Send")
        self.send_button.setFixedHeight(66)
        self.send_button.clicked.connect(self._send_typed)
        compose_row.addWidget(self.input, 1)
        compose_row.addWidget(self.send_button)
        mid_col.addLayout(compose_row)
        self.voice_bar = QHBoxLayout()
        self.voice_bar.setSpacing(8)
        mid_col.addLayout(self.voice_bar)
        self.splitter.addWidget(middle)

        # Right: the score card once the call is scored.
        self.score_panel = QWidget()
        self.score_col = QVBoxLayout(self.score_panel)
        self.score_col.setContentsMargins(0, 0, 0, 0)
        self.score_status = QLabel()
        self.score_status.setObjectName("Muted")
        self.score_status.setWordWrap(True)
        self.score_col.addWidget(self.score_status)
        self.score_panel.setMinimumWidth(300)
        self.score_panel.hide()
        self.splitter.addWidget(self.score_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([330, 740, 0])

        self.clock = QTimer(self)
        self.clock.setInterval(250)
        self.clock.timeout.connect(self._tick)

    def _load_pickers(self) -> None:
        self.trainee_combo.clear()
        try:
            names = self.store.trainees()
        except KnownError as exc:
            names = []
            messages.error(str(exc))
        self.trainee_combo.addItems(names)
        self.trainee_combo.setEditText(self.settings.trainee or (names[0] if names else ""))
        # setEditText told the hint the name; the first showEvent reads its count.
        self.persona_combo.blockSignals(True)
        self.persona_combo.clear()
        personas = sorted(self.catalog.personas.values(), key=lambda p: (p.language, p.id))
        for persona in personas:
            self.persona_combo.addItem(
                f"{persona.display_name} ({persona.role}, {persona.language})", persona.id
            )
        index = self.persona_combo.findData(self.settings.persona)
        self.persona_combo.setCurrentIndex(max(0, index) if personas else -1)
        self.persona_combo.blockSignals(False)
        self._persona_changed()

    # -- settings --------------------------------------------------------------------------
    def apply_settings(self, settings: Settings) -> None:
        """New settings from the dialog: engine indicator, exam mode (the call in progress keeps its engine)."""
        self.settings = settings
        self.exam_check.blockSignals(True)
        self.exam_check.setChecked(settings.exam_mode)
        self.exam_check.blockSignals(False)
        self.meter.setVisible(not settings.exam_mode)
        self.coach.set_exam(settings.exam_mode)
        if self.call is None:
            self._show_engine(settings.effective_engine(), settings.llm_model)

    def _show_engine(self, kind: str, model: str | None) -> None:
        if kind == "llm":
            from trainer.engines.llm_client import host_of

            host = host_of(self.settings.llm_base_url)
            self.engine_label.setText(f"LLM · {model or '?'}")
            self.engine_label.setToolTip(f"Replies from {model} at {host}")
            self.engine_label.setStyleSheet("color: #5b21b6; background: #ede9fe;")
        else:
            self.engine_label.setText(self.tr("Offline scripted"))
            self.engine_label.setToolTip(
                "Deterministic replies from the persona file; no network. "
                "Set an LLM in File → Settings."
            )
            self.engine_label.setStyleSheet("color: #374151; background: #e5e7eb;")

    @Slot(bool)
    def _exam_toggled(self, on: bool) -> None:
        self.meter.setVisible(not on)
        self.settings = self.settings.model_copy(update={"exam_mode": on})
        self._save_settings()

    def _save_settings(self) -> None:
        try:
            save_settings(self.settings)
        except OSError as exc:
            messages.warning(
                self.tr("Could not save the settings ({error}); they apply until you quit.").format(
                    error=exc
                )
            )

    # -- pickers ---------------------------------------------------------------------------
    def current_persona(self) -> Persona | None:
        persona_id = self.persona_combo.currentData()
        return self.catalog.personas.get(persona_id) if persona_id else None

    @Slot()
    def _persona_changed(self) -> None:
        persona = self.current_persona()
        self.card.set_persona(persona)
        if persona is not None and self.call is None:
            self.meter.set_value(persona.patience.start, "at the start of the call")
            self.transcript.set_names(persona.display_name)

    # -- state -----------------------------------------------------------------------------
    def in_call(self) -> bool:
        return self.call is not None and not self.call.ended

    @property
    def session_id(self) -> int | None:
        """The stored session of the current (or last) call; None until its first turn is in."""
        return self.writer.session_id if self.writer is not None else None

    def is_prospect_speaking(self) -> bool:
        return self._worker is not None

    def call_time(self) -> float:
        """Seconds since the call started, on the clock the stored turns use (0 outside a call)."""
        return self.call.now() if self.call is not None else 0.0

    def _set_in_call(self, active: bool) -> None:
        self.call_button.setEnabled(not active and self.current_persona() is not None)
        self.trainee_combo.setEnabled(not active)
        self.persona_combo.setEnabled(not active)
        self.exam_check.setEnabled(not active)
        self.hangup_button.setEnabled(active)
        self._update_input()

    def _update_input(self) -> None:
        can_type = self.in_call() and (not self.is_prospect_speaking() or self.barge_in_enabled)
        self.input.setEnabled(can_type)
        self.send_button.setEnabled(can_type)
        if can_type:
            self.input.setFocus()

    def set_barge_in_enabled(self, on: bool) -> None:
        self.barge_in_enabled = on
        self._update_input()

    def add_voice_widget(self, widget: QWidget) -> None:
        """Where push-to-talk and the level meter go (under the input)."""
        self.voice_bar.addWidget(widget)

    def show_banner(self, level: str, text: str, actions: list[tuple[str, Any]] = ()) -> None:
        self.banner.show_message(level, text, list(actions))

    # -- the call --------------------------------------------------------------------------
    @Slot()
    def _call_key(self) -> None:
        if self.call_button.isEnabled() and self.call_button.isVisible():
            self.call_button.click()

    @Slot()
    def start_call(self) -> None:
        if self.call is not None and not self.call.ended:
            return
        persona = self.current_persona()
        trainee = " ".join(self.trainee_combo.currentText().split())
        if persona is None:
            self.show_banner("warning", "No persona to call: add a persona file and restart.")
            return
        if not trainee:
            self.show_banner(
                "warning",
                self.tr("Type your name in the Trainee box first (it keeps your calls together)."),
            )
            self.trainee_combo.setFocus()
            return
        try:
            engine = self._make_engine()
        except KnownError as exc:
            self.show_banner(
                "error",
                f"{exc}",
                [
                    (self.tr("Use offline engine"), self._start_offline),
                    (self.tr("Settings…"), self._open_settings),
                ],
            )
            return
        note = self.tr("Calling {name}, {company}").format(
            name=persona.display_name, company=persona.company
        )
        if self._begin(persona, trainee, engine, note):
            self._start_reply(self.call.state.greeting())

    def _begin(
        self,
        persona: Persona,
        trainee: str,
        engine,
        note: str,
        drill: DrillMark | None = None,
        banner: str | None = None,
        started_at: datetime | None = None,
    ) -> bool:
        """Open the writer and the call, and clear the window for it; False (with a banner
        saying why) when the call cannot start. The caller starts the prospect's first line."""
        try:
            self._open_writer(trainee, persona, engine)
        except KnownError as exc:
            self.show_banner(
                "error", self.tr("Could not start the call: {error}").format(error=exc)
            )
            return False
        if self.trainee_combo.findText(trainee) < 0:
            self.trainee_combo.addItem(trainee)
        self.settings = self.settings.model_copy(update={"trainee": trainee, "persona": persona.id})
        self._save_settings()
        self.call = self.coach.start(
            persona,
            engine,
            trainee,
            self._store_turn,
            self._drop_turns,
            started_at=started_at,
            drill=drill,
            banner=banner,
        )
        self._drill_origin = None
        self._retry_directions = None
        self._pending_line = None
        self._unread = []
        self.banner.hide()
        self.save_status.hide()
        self.outcome_label.hide()
        self._clear_score()
        self.transcript.clear()
        self.transcript.set_names(persona.display_name)
        self.transcript.add_note(note)
        self.meter.set_value(self.call.state.patience)
        self._show_engine(engine.name, engine.model)
        self.timer_label.setText("00:00")
        self.clock.start()
        self._set_in_call(True)
        self.call_started.emit(self.session_id if self.session_id is not None else -1)
        return True

    # -- drills ----------------------------------------------------------------------------
    @Slot()
    def _show_drill_button(self) -> None:
        """The review is in: scroll the column (once it is laid out) so its drill button shows."""
        button = self.coach.panel.drill_button
        QTimer.singleShot(
            0, self, lambda: button.isVisible() and self.left_scroll.ensureWidgetVisible(button)
        )

    @Slot(object)
    def start_drill(self, drill: Drill) -> None:
        """The review's drill: replay the call just shown from just before its worst moment,
        or a fresh call with the same prospect on one criterion. Either is a call (and a
        stored session) of its own, marked as a drill of the one it drills."""
        original = self.call
        if self.in_call() or original is None or self.coach.reviewed is not original:
            return
        persona = original.persona
        trainee = original.transcript.trainee or " ".join(self.trainee_combo.currentText().split())
        engine = original.engine
        if engine.name == "scripted":  # a fresh one, as every call gets
            from trainer.engines.scripted import ScriptedEngine

            engine = ScriptedEngine()
        origin = self.writer
        at = self._opened_at or original.started_at.astimezone(UTC)  # as the store has it
        mark = drill_mark(drill, self.session_id, at)
        self.persona_combo.setCurrentIndex(max(0, self.persona_combo.findData(persona.id)))
        if mark.kind == "focus" or drill.turn is None:
            note = self.tr("Drill: a short call with {name} on one thing").format(
                name=persona.display_name
            )
            if self._begin(persona, trainee, engine, note, mark, drill.text):
                self._drill_origin = origin
                self._start_reply(self.call.state.greeting())
            return
        earlier, again = replay_parts(original.transcript.turns, drill.turn)
        note = self.tr("Drill: your call of {time} again, from just before turn {n}").format(
            time=at.astimezone().strftime("%H:%M"), n=drill.turn + 1
        )
        if not self._begin(
            persona, trainee, engine, note, mark, drill.text, started_at=original.started_at
        ):
            return
        self._drill_origin = origin
        self._replay(earlier, again)

    def _replay(self, earlier: list[Turn], again: Turn | None) -> None:
        """Fold the earlier turns into the new call (shown, stored, the prospect state as it
        stood), then the prospect says their last line before the moment again."""
        call = self.call
        assert call is not None
        # The clock goes on from where the stored call stood when the line said again began.
        times = [t for turn in earlier for t in (turn.start, turn.end) if t is not None]
        if again is not None and again.start is not None:
            times.append(again.start)
        stood = max(times, default=0.0)
        if self.coach.clock is not None:
            self.coach.clock.shift(max(0.0, stood - call.now()))
        self._folding = True
        try:
            fold_turns(call, earlier)
        finally:
            self._folding = False
        for index, turn in enumerate(earlier):
            call.turns[index].llm_acts = turn.llm_acts
            if turn.llm_acts and self.writer is not None:
                self.writer.set_llm_acts(index, turn.llm_acts)
            elif turn.speaker == "trainee":
                self._unread.append(index)
            self.transcript.add_turn(turn.speaker, call.turns[index].text, turn.start)
            if turn.cut_off:
                self.transcript.set_text(index, call.turns[index].text, cut_off=True)
        self._written()
        # New lines' times ("tomorrow at nine") are read against today, not the earlier day.
        call.started_at = datetime.now().replace(microsecond=0) - timedelta(seconds=call.now())
        self.transcript.follow()
        self._tick()
        self._update_meter()
        self.coach.turn_taken()
        if again is not None:
            self._start_reply(Directions([]), said=again.text)
        else:
            self.coach.reply_done()

    def _make_engine(self):
        from trainer.engines.factory import make_engine

        try:
            return make_engine(self.settings)
        except ModuleNotFoundError as exc:
            raise KnownError(f"The LLM engine is not available here ({exc.name}).") from None

    @Slot()
    def _start_offline(self) -> None:
        self.settings = self.settings.model_copy(update={"engine": "scripted"})
        self._show_engine("scripted", None)
        self.banner.hide()
        self.start_call()

    def _open_settings(self) -> None:
        window = self.window()
        if hasattr(window, "open_settings"):
            window.open_settings()

    # -- writing the call ------------------------------------------------------------------
    def _open_writer(self, trainee: str, persona: Persona, engine) -> None:
        """A writer for the new call; the session is stored with its first turn."""
        if self._write_store is None:
            self._write_store = writer_store(self.store)
        # Earlier calls' writers that have written everything are done: stop their threads.
        self._writers = [
            w for w in self._writers if w.writer.pending() or not w.close(STORE_WAIT_SECONDS)
        ]
        self._opened_at = datetime.now(UTC)
        self.writer = SessionWriter(
            self._write_store,
            trainee,
            persona,
            engine.name,
            engine.model,
            exam_mode=self.settings.exam_mode,
            started_at=self._opened_at,
            on_problem=self.save_problem.emit,
            on_saved=self.save_recovered.emit,
        )
        self._background = BackgroundWriter(self.writer)
        self._writers.append(self._background)

    def _written(self) -> None:
        """Hand the queue to the writer; wait a moment so a healthy database stays in step."""
        if self._background is not None:
            self._background.kick()
            self._background.wait_idle(STORE_WAIT_SECONDS)

    def _store_turn(self, index: int, turn: Turn) -> None:
        """Call's on_turn: queue each turn as it completes; the writer commits it."""
        if self.writer is not None:
            self.writer.add_turn(index, turn)
            coaching = self.call.transcript.coaching if self.call is not None else None
            if index == 0 and coaching is not None and coaching.drill is not None:
                self.writer.set_coaching(coaching)  # marked a drill from its first turn on
            if not self._folding:
                self._written()

    def _drop_turns(self, index: int) -> None:
        """A Rewind took back the turns from `index` on: the store forgets them too."""
        if self.writer is not None:
            self.writer.drop_turns(index)
            self._written()

    @Slot(str)
    def _show_save_problem(self, text: str) -> None:
        self.save_status.setText(text)
        self.save_status.setStyleSheet(f"color: {RED};")
        self.save_status.show()

    @Slot()
    def _show_saved(self) -> None:
        if self.save_status.isVisible():
            self.save_status.setText(self.tr("Every turn is saved now."))
            self.save_status.setStyleSheet(f"color: {GREEN};")

    @Slot()
    def _send_typed(self) -> None:
        text = self.input.toPlainText().strip()
        if not text or not self.input.isEnabled():
            return
        if self.submit_line(text):
            self.input.clear()

    def submit_line(self, text: str, start: float | None = None, end: float | None = None) -> bool:
        """A trainee turn (typed, or from speech with its times). False when it cannot be taken now."""
        text = text.strip()
        if not text or not self.in_call() or self.coach.paused:
            return False
        if self.is_prospect_speaking():
            if not self.barge_in_enabled:
                return False
            self._pending_line = (text, start, end)
            self.barge_in()
            return True
        assert self.call is not None
        self.banner.hide()
        self._retry_directions = None
        directions = self.call.trainee_says(text, start, end)
        turn = self.call.turns[-1]
        self._unread.append(len(self.call.turns) - 1)
        row = self.transcript.add_turn("trainee", turn.text, turn.start)
        self.transcript.follow()
        self.trainee_turn_added.emit(row, turn.text)
        self._update_meter()
        self.coach.turn_taken()
        self._start_reply(directions)
        return True

    def _ask_llm_reading(self, index: int, text: str) -> None:
        """With an LLM engine, its reading of the turn is stored beside the model's, in the background."""
        assert self.call is not None
        reader = getattr(self.call.engine, "read_acts", None)
        if reader is None or self.writer is None:
            return
        previous = next(
            (t.text for t in reversed(self.call.turns[:index]) if t.speaker == "prospect"), ""
        )
        call, writer, background = self.call, self.writer, self._background
        language = call.persona.language

        def store(acts: list[str] | None) -> None:
            if acts is not None and writer is not None and background is not None:
                call.turns[index].llm_acts = acts
                writer.set_llm_acts(index, acts)
                background.kick()

        run_task(
            lambda: reader(text, language, previous),
            store,
            lambda exc: log.info("the LLM did not read turn %d: %s", index + 1, exc),
            context=self,
        )

    def prospect_cut_in(self) -> None:
        """The trainee holds the floor past the persona's limit: the prospect interrupts."""
        if self.in_call() and not self.is_prospect_speaking():
            assert self.call is not None
            directions = self.call.cut_in()
            self._update_meter()
            self._start_reply(directions)

    def _start_reply(self, directions: Directions, said: str | None = None) -> None:
        """The prospect's next reply from the engine, or `said`: a line of theirs said again
        (a replay), streamed and spoken the same way."""
        assert self.call is not None
        call = self.call
        self._reply_id += 1
        self._reply_text = ""
        self._reply_start = call.now()
        self._reply_directions = directions
        self._reply_row = self.transcript.add_turn("prospect", "", self._reply_start)
        persona, turns, engine = call.persona, list(call.turns), call.engine

        def produce(cancel):
            if said is not None:
                return _again(said, cancel)
            return engine.reply(persona, turns, directions, cancel)

        worker = ReplyWorker(self._reply_id, produce)
        worker.delta.connect(self._on_delta)
        worker.finished.connect(self._on_reply_finished)
        worker.failed.connect(self._on_reply_failed)
        self._worker = worker
        self.threads.start(worker)
        self._update_input()
        self.speaking_changed.emit(True)
        self.prospect_reply_started.emit()

    @Slot(int, str)
    def _on_delta(self, reply_id: int, text: str) -> None:
        if reply_id != self._reply_id or self._worker is None:
            return  # a reply that was cut off or abandoned
        self._reply_text += text
        self.transcript.append_text(self._reply_row, text)
        self.prospect_delta.emit(text)

    @Slot(int, bool)
    def _on_reply_finished(self, reply_id: int, cut_off: bool) -> None:
        if reply_id == self._reply_id and self._worker is not None:
            self._complete_reply(cut_off)

    @Slot(int, str)
    def _on_reply_failed(self, reply_id: int, message: str) -> None:
        if reply_id != self._reply_id or self._worker is None:
            return
        directions = self._reply_directions
        self._complete_reply(cut_off=bool(self._reply_text.strip()), failed=True, error=message)
        self._retry_directions = directions
        actions = [(self.tr("Retry reply"), self.retry_reply)]
        if self.call is not None and self.call.engine.name != "scripted":
            actions.append((self.tr("Use offline engine"), self.switch_to_offline))
        self.show_banner(
            "error",
            f"{message} Everything said so far is saved.",
            actions,
        )

    def _complete_reply(self, cut_off: bool, failed: bool = False, error: str = "") -> None:
        """Record what the prospect said (GUI thread), then end the call or hand the floor back."""
        assert self.call is not None
        call = self.call
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.cancel()
        text = self._reply_text.strip()
        directions = self._reply_directions or Directions([])
        index = call.finish_reply(text, self._reply_start, directions, cut_off, failed, error)
        if index >= 0:
            self.transcript.set_text(self._reply_row, text, cut_off=cut_off)
        else:
            self.transcript.remove_last()
        self._update_meter()
        self.speaking_changed.emit(False)
        self.prospect_reply_finished.emit(index, text, cut_off)
        if not failed:
            # After the reply, not beside it: a local server answers one request at a time.
            for unread in self._unread:
                self._ask_llm_reading(unread, call.turns[unread].text)
            self._unread.clear()
        if call.ended:
            self._finish_call()
            return
        self._update_input()
        self.coach.reply_done()
        if self._pending_line is not None:
            line, self._pending_line = self._pending_line, None
            self.submit_line(*line)

    @Slot()
    def retry_reply(self) -> None:
        """Ask the engine again for the reply that failed."""
        if self.in_call() and not self.is_prospect_speaking() and self._retry_directions:
            directions, self._retry_directions = self._retry_directions, None
            self.banner.hide()
            self._start_reply(directions)

    @Slot()
    def switch_to_offline(self) -> None:
        """Carry on this call with the offline engine (the session keeps its recorded engine)."""
        from trainer.engines.scripted import ScriptedEngine

        if self.call is None:
            return
        self.call.engine = ScriptedEngine()
        self._show_engine("scripted", None)
        self.retry_reply()

    def barge_in(self) -> None:
        """Stop the prospect's reply at once; what was produced so far is stored as cut off."""
        if self._worker is not None:
            self._worker.cancel()
            self._complete_reply(cut_off=True)

    def set_spoken_text(self, text: str) -> None:
        """After a barge-in, keep only what the trainee actually heard of the last reply."""
        if self.call is None or self.writer is None:
            return
        for index in range(len(self.call.turns) - 1, -1, -1):
            if self.call.turns[index].speaker == "prospect":
                self.call.replace_last_prospect_text(text)
                turn = self.call.turns[index]
                if not self.coach.holds(index):  # a held turn is stored as it is now
                    self.writer.update_turn(index, turn)
                    self._written()
                self.transcript.set_text(index, turn.text, cut_off=True)
                return

    @Slot()
    @Slot()
    def hang_up(self, abandon: bool = False) -> None:
        """The trainee ends the call (a reply in progress is cut off and kept); `abandon`: the
        app is closing, so the call is kept as not finished."""
        if not self.in_call():
            return
        assert self.call is not None
        self._pending_line = None
        if self._worker is not None:
            self._worker.cancel()
            self._reply_directions = None  # the prospect's planned ending no longer applies
            self._complete_reply(cut_off=True)
        if not self.call.ended:
            self.call.abandon() if abandon else self.call.hang_up()
            self._finish_call()

    def _finish_call(self) -> None:
        assert self.call is not None
        self.clock.stop()
        self._tick()
        outcome = self.call.transcript.outcome or "ended"
        self.coach.call_ended()  # held turns go to the writer before the end does
        coaching = self.call.transcript.coaching
        if coaching is not None and coaching.drill is not None and coaching.drill.of is None:
            origin = self._drill_origin  # the drilled call had no session id yet at the start
            coaching.drill.of = origin.session_id if origin is not None else None
        if self.writer is not None and coaching is not None:
            self.writer.set_coaching(coaching)
        if self.writer is not None:
            # the length the clock above showed
            self.writer.end(outcome, self.call.transcript.agreed_time, duration=self.call.now())
            self._written()
        text, fg, bg = OUTCOME_TEXT.get(outcome, (outcome, AMBER, AMBER_BG))
        text = self.tr(text)
        when = agreed_time_text(self.call.transcript.agreed_time)
        shown = f"{text} · {when}" if when else text
        self.outcome_label.setText(f"{shown}  ·  {self.timer_label.text()}")
        self.outcome_label.setStyleSheet(f"color: {fg}; background: {bg};")
        self.outcome_label.show()
        self.transcript.add_note(self.tr("Call ended: {outcome}").format(outcome=text.lower()))
        self._set_in_call(False)
        self.call_button.setText(self.tr("Call again"))
        self.call_ended.emit(outcome)
        if not self._closing:
            self._score()
        elif self.writer is not None and self.writer.stored:
            # Closing: no card to show, but the call is scored as it stands (the window waits
            # for background jobs before it goes).
            score = self._scoring_job()
            run_task(
                score,
                lambda _payload: None,
                lambda exc: log.warning("the unfinished call was not scored: %s", exc),
            )

    def _scoring_job(self):
        """Score the call once its writes are in (off the GUI thread: it may wait for them)."""
        store, writer, background = self.store, self.writer, self._background
        assert writer is not None and background is not None

        def score() -> dict:
            if not background.wait_idle(end_budget()) or writer.session_id is None:
                raise KnownError(
                    f"the call is not in the database yet ({writer.problem or 'still writing'}); "
                    "it is kept and scored once it is saved: score it from the Review tab then"
                )
            return score_and_store(store, writer.session_id)

        return score

    def _tick(self) -> None:
        if self.call is not None:
            seconds = int(self.call.now())
            self.timer_label.setText(f"{seconds // 60:02d}:{seconds % 60:02d}")

    def _update_meter(self) -> None:
        if self.call is None:
            return
        state = self.call.state
        latest = [h for h in state.history if h.trainee_turn == state.trainee_turns]
        delta = sum(h.delta for h in latest)
        reason = ", ".join(h.reason for h in latest) or "no change on your last line"
        self.meter.set_value(state.patience, reason, delta)

    @Slot(str)
    def _trainee_changed(self, name: str) -> None:
        """Another trainee: the last call shown was someone else's, so it goes (it is stored)."""
        if (
            self.in_call()
            or self.call is None
            or name.strip() == (self.call.transcript.trainee or "")
        ):
            return
        self.call = None
        self.writer = None
        self._background = None
        self.outcome_label.hide()
        self.banner.hide()
        self._clear_score()
        self.transcript.clear()
        self.coach.forget_review()
        self.call_button.setText(self.tr("Call"))

    # -- scoring ---------------------------------------------------------------------------
    def _clear_score(self) -> None:
        if self._score_card is not None:
            self._score_card.deleteLater()
            self._score_card = None
        self.score_panel.hide()

    def _score(self) -> None:
        if self.writer is None or not self.writer.stored or self.call is None:
            return  # nothing was said: there is no session to score
        writer = self.writer
        transcript = self.call.transcript.model_copy(deep=True)
        self.score_status.setText(self.tr("Scoring the call…"))
        self.score_status.show()
        self.score_panel.show()
        self.splitter.setSizes([270, 400, 430])
        run_task(
            self._scoring_job(),
            lambda payload: self._show_score(writer, payload, transcript),
            self._score_failed,
            context=self,
        )

    def _show_score(self, writer: SessionWriter, payload: dict, transcript) -> None:
        if writer is not self.writer or writer.session_id is None:
            return  # a newer call started meanwhile
        session_id = writer.session_id
        self.scored.emit(payload)
        self.score_status.hide()
        card = ScoreCard()
        card.show_score(payload, transcript)
        card.turn_clicked.connect(self.transcript.scroll_to_turn)
        self._score_card = card
        self.score_col.addWidget(card, 1)
        if self.settings.effective_engine() == "llm":
            self._ask_judge(session_id, payload, transcript)

    def _ask_judge(self, session_id: int, auto: dict, transcript) -> None:
        """With an LLM configured, its second opinion joins the card when it arrives."""
        store, settings = self.store, self.settings
        self.score_status.setText(self.tr("Asking the LLM judge for a second opinion…"))
        self.score_status.show()

        def show(payload: dict) -> None:
            if session_id != self.session_id or self._score_card is None:
                return
            self.score_status.hide()
            self._score_card.show_score(payload, transcript)
            self.judged.emit(payload)

        def failed(exc: BaseException) -> None:
            self.score_status.setText(
                self.tr("The LLM judge could not give a second opinion: {error}").format(error=exc)
            )

        run_task(
            lambda: judge_and_store(store, session_id, auto, settings), show, failed, context=self
        )

    def _score_failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            text = self.tr("The call is saved but could not be scored: {error}").format(error=exc)
        else:
            log.error("scoring failed", exc_info=exc)
            text = f"The call is saved but scoring failed ({exc.__class__.__name__}: {exc})."
        self.score_status.setText(text)
        messages.error(text)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        """Back from the Review tab: a trainer may have left feedback there meanwhile."""
        super().showEvent(event)
        if not self._closing:
            self.feedback_hint.refresh()

    # -- shutdown --------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop every reply thread (window close, tests); a call in progress is ended and saved."""
        self._closing = True
        if self.in_call():
            self.hang_up(abandon=True)
        self.clock.stop()
        self.threads.shutdown()
        self._close_writers()

    def _close_writers(self) -> None:
        """Give unsaved turns their last chance (bounded), then stop the writers' threads."""
        deadline = time.monotonic() + end_budget()
        for background in self._writers:
            if not background.close(max(0.0, deadline - time.monotonic())):
                left = background.writer.unsaved_turns()
                log.error(
                    "%d turn(s) of a call could not be saved: %s",
                    len(left),
                    background.writer.problem,
                )
        self._writers = []
        if self._write_store is not None and self._write_store is not self.store:
            self._write_store.close()
        self._write_store = None
