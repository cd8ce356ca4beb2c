"""One session under review: transcript with the score's evidence, scores, metrics, feedback.

Reading happens on a pool thread (`report.load`); the widgets only render. Feedback writes are
single-row inserts, done at once so what the trainer typed is on disk when the button returns.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.core.coach.texts import coaching_used
from trainer.core.errors import KnownError
from trainer.core.scoring.corrections import corrected_totals, with_totals
from trainer.exchange import report
from trainer.exchange.evidence import (
    TurnMark,
    acts_note_html,
    is_earned,
    points_text,
    turn_marks,
    turn_notes_html,
)
from trainer.store import review
from trainer.ui.review import words as words_for
from trainer.ui.review.turn_audio import TurnAudio, turn_audio_exists
from trainer.ui.score_card import card_texts, wrap_rows
from trainer.ui.style import GREEN, GREEN_BG, MUTED, RED, RED_BG, level_colour
from trainer.workers.tasks import run_task

TONE_BG = {"earned": GREEN_BG, "lost": RED_BG, "mixed": "#fef3c7"}
SELECTED = "#bfdbfe"
KEPT_NOTE = QT_TRANSLATE_NOOP(
    "SessionView", "The automatic score is kept; the trainer's score is shown beside it."
)


def _card() -> QFrame:
    frame = QFrame()
    frame.setObjectName("Card")
    return frame


class ScoreBadge(QLabel):
    """A headline score: a big coloured number over its name."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title  # renamed to the call's language with each session
        self.value: int | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(90)
        self.set_value(None)

    def set_value(self, value: int | None, adjusted: int | None = None) -> None:
        self.value = value
        fg, bg = level_colour(value) if value is not None else (MUTED, "#f3f4f6")
        text = "–" if value is None else str(value)
        self.setText(
            f"<div style='font-size:20pt; font-weight:700; color:{fg}'>{text}</div>"
            f"<div style='color:{MUTED}; font-weight:600'>{self.title}</div>"
        )
        self.setStyleSheet(f"background:{bg}; border-radius:10px; padding:6px 10px;")


class SessionView(QWidget):
    """The right-hand side of the review workspace."""

    reviewed_changed = Signal(int, bool)
    totals_changed = Signal(int, object, object, object)  # session, needs, time, overall
    scored = Signal(int)
    feedback_changed = Signal(int)
    loaded = Signal(int)  # session id, once shown
    report_requested = Signal(int)

    def __init__(
        self, store, parent: QWidget | None = None, author: str = "", can_review: bool = True
    ) -> None:
        super().__init__(parent)
        self._store = store
        # Only a trainer comments, overrides and marks reviewed: anyone else reads (a team's
        # server refuses the rest anyway). See set_can_review.
        self._trainee = not can_review
        self.author = author
        self.session_id: int | None = None
        self.data: report.SessionBundle | None = None
        self.marks: dict[int, TurnMark] = {}
        self.selected_turn: int | None = None
        self._request = 0
        self.audio = TurnAudio(self)

        self.placeholder = QLabel(self.tr("Pick a session in the list to review it."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setProperty("muted", True)

        # header
        self.title = QLabel()
        self.title.setObjectName("PersonaName")
        self.meta = QLabel()
        self.meta.setProperty("muted", True)
        # Names come from imports too: never read as rich text.
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        # An imported call whose sender's totals differ from the score worked out here.
        self.sender_note = QLabel(textFormat=Qt.TextFormat.PlainText, visible=False)
        self.sender_note.setObjectName("SenderScore")
        self.reviewed = QCheckBox(self.tr("Reviewed"))
        self.report_button = QPushButton(self.tr("Report…"))
        self.report_button.setToolTip(
            self.tr("Save this session as a printable HTML or PDF report")
        )
        # A call that was never scored (the app closed mid-call, an old import) can be here.
        self.score_button = QPushButton(self.tr("Score now"))
        self.score_button.setToolTip(self.tr("Score this call with the current scorer"))
        self.score_button.hide()
        self.badges = {
            key: ScoreBadge(title)
            for key, title in (("needs", "Needs"), ("time", "Time"), ("overall", "Overall"))
        }
        self.metrics = QLabel(wordWrap=True)
        self.metrics.setProperty("muted", True)

        # transcript and the per-turn bar
        self.transcript = QTextBrowser(openLinks=False, openExternalLinks=False)
        self.transcript.setObjectName("ReviewTranscript")
        self.transcript.anchorClicked.connect(self._anchor)
        self.transcript.viewport().installEventFilter(self)
        self.turn_label = QLabel(self.tr("Click a turn number to comment on it or play it."))
        self.turn_label.setProperty("muted", True)
        self.turn_comment = QLineEdit(placeholderText=self.tr("Comment on the selected turn…"))
        self.turn_comment.returnPressed.connect(self.add_turn_comment)
        self.turn_comment_button = QPushButton(self.tr("Comment"))
        self.turn_comment_button.clicked.connect(self.add_turn_comment)
        self.play_button = QPushButton(self.tr("▶ Play"))
        self.play_button.setToolTip(self.tr("Play the selected turn's kept audio"))
        self.play_button.clicked.connect(self.play_selected)
        self.audio_status = QLabel()
        self.audio_status.setProperty("muted", True)
        self.audio_status.hide()  # shown only with something to say: the height is scarce
        self.audio.status.connect(self._audio_status)

        # criteria with overrides
        self.criteria = QTreeWidget()
        self._set_card_words(card_texts(None))
        self.criteria.setRootIsDecorated(False)
        self.criteria.setIndentation(10)
        self.criteria.setAlternatingRowColors(True)
        header = self.criteria.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        wrap_rows(self.criteria)  # long criterion names wrap instead of being cut
        self.criteria.currentItemChanged.connect(self._criterion_picked)
        self.override_criterion = QComboBox()
        self.override_score = QSpinBox()
        self.override_reason = QLineEdit(
            placeholderText=self.tr("Reason (required): why is it fairer?")
        )
        self.override_button = QPushButton(self.tr("Override"))
        self.override_button.setObjectName("Send")
        self.override_button.setEnabled(False)
        self.override_reason.textChanged.connect(self._update_override_button)
        self.override_criterion.currentIndexChanged.connect(self._override_target_changed)
        self.override_button.clicked.connect(self.apply_override)
        self.override_reason.returnPressed.connect(self.apply_override)

        # session comments
        self.comments = QListWidget(wordWrap=True)
        self.comments.setAlternatingRowColors(True)
        self.session_comment = QPlainTextEdit(
            placeholderText=self.tr("A comment on the whole call…")
        )
        self.session_comment.setFixedHeight(70)
        self.session_comment_button = QPushButton(self.tr("Add comment"))
        self.session_comment_button.clicked.connect(self.add_session_comment)
        self.status = QLabel(wordWrap=True)
        self.status.hide()

        self._layout()
        self.set_can_review(can_review)
        self.reviewed.toggled.connect(self._reviewed_toggled)
        self.report_button.clicked.connect(lambda: self.report_requested.emit(self.session_id))
        self.score_button.clicked.connect(self.score_now)
        self._show_placeholder(True)

    def _layout(self) -> None:
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.meta)
        titles.addWidget(self.sender_note)
        head.addLayout(titles, 1)
        for badge in self.badges.values():
            head.addWidget(badge)
        side = QVBoxLayout()
        side.addWidget(self.reviewed)
        side.addWidget(self.report_button)
        side.addWidget(self.score_button)
        head.addLayout(side)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.transcript, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.turn_label)
        bar.addStretch(1)
        bar.addWidget(self.play_button)
        lv.addLayout(bar)
        # The reviewing controls sit in panels of their own: shown to a trainer only.
        self.turn_comment_panel = QWidget()
        row = QHBoxLayout(self.turn_comment_panel)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.turn_comment, 1)
        row.addWidget(self.turn_comment_button)
        lv.addWidget(self.turn_comment_panel)
        lv.addWidget(self.audio_status)

        crit_tab = QWidget()
        cv = QVBoxLayout(crit_tab)
        cv.addWidget(self.criteria, 1)
        self.override_panel = QWidget()
        ov = QVBoxLayout(self.override_panel)
        ov.setContentsMargins(0, 0, 0, 0)
        override = QLabel(self.tr("OVERRIDE A SCORE"))
        override.setObjectName("SectionTitle")
        override.setToolTip(self.tr(KEPT_NOTE))
        ov.addWidget(override)
        orow = QHBoxLayout()
        orow.addWidget(self.override_criterion, 1)
        orow.addWidget(self.override_score)
        ov.addLayout(orow)
        rrow = QHBoxLayout()
        rrow.addWidget(self.override_reason, 1)
        rrow.addWidget(self.override_button)
        ov.addLayout(rrow)
        cv.addWidget(self.override_panel)
        self.override_button.setToolTip(self.tr(KEPT_NOTE))

        com_tab = QWidget()
        mv = QVBoxLayout(com_tab)
        mv.addWidget(self.comments, 1)
        self.comment_panel = QWidget()
        pv = QVBoxLayout(self.comment_panel)
        pv.setContentsMargins(0, 0, 0, 0)
        pv.addWidget(self.session_comment)
        crow = QHBoxLayout()
        crow.addStretch(1)
        crow.addWidget(self.session_comment_button)
        pv.addLayout(crow)
        mv.addWidget(self.comment_panel)

        self.tabs = QTabWidget()
        self.tabs.addTab(crit_tab, self.tr("Criteria"))
        self.tabs.addTab(com_tab, self.tr("Comments"))
        self.score_card = self._make_score_card()
        if self.score_card is not None:
            self.tabs.addTab(self.score_card, self.tr("Score card"))

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("review_session")  # the window remembers named splitters
        self.splitter = split
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)

        self.body = QWidget()
        bv = QVBoxLayout(self.body)
        bv.setContentsMargins(0, 0, 0, 0)
        bv.addLayout(head)
        bv.addWidget(self.metrics)
        bv.addWidget(split, 1)
        bv.addWidget(self.status)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(self.placeholder, 1)
        outer.addWidget(self.body, 1)

    def set_can_review(self, can_review: bool) -> None:
        """A trainer gets the reviewing controls; anyone else a read-only view of the call, its
        feedback, the trainer's comments and corrected scores."""
        self._trainee = not can_review
        for panel in (self.turn_comment_panel, self.override_panel, self.comment_panel):
            panel.setVisible(can_review)
        for widget in (self.turn_comment, self.turn_comment_button, self.session_comment):
            widget.setEnabled(can_review)
        self.session_comment_button.setEnabled(can_review)
        self.reviewed.setEnabled(can_review)
        self.reviewed.setToolTip(
            self.tr("Mark the session as reviewed by a trainer")
            if can_review
            else self.tr("Only a trainer can mark a call reviewed")
        )
        self._update_override_button()
        self._update_turn_bar()

    def _make_score_card(self):
        """The scoring package's card, where it is installed."""
        try:
            from trainer.ui.score_card import ScoreCard
        except ImportError:
            return None
        card = ScoreCard()
        card.turn_clicked.connect(self.select_turn)
        return card

    def _set_card_words(self, words) -> None:
        """The badges' names and the criteria's column headers in the call's language, as on its
        score card (the card describes the call; the buttons around it follow the interface)."""
        names = {"needs": words.groups.get("needs", "Needs"), "time": words.groups.get("time")}
        names["overall"] = words.label("overall")
        for key, badge in self.badges.items():
            badge.title = names[key] or key.capitalize()
            badge.set_value(badge.value)
        self.criteria.setHeaderLabels(
            [words.label(k) for k in ("criterion", "auto", "trainer", "turns")]
        )

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _show_placeholder(self, empty: bool) -> None:
        self.placeholder.setVisible(empty)
        self.body.setVisible(not empty)

    # ----------------------------------------------------------------- loading

    def open_session(self, session_id: int) -> None:
        """Load the session on a pool thread; the latest request wins."""
        self._request += 1
        request, store = self._request, self._store
        self._set_status(self.tr("Loading…"))
        run_task(
            lambda: report.load(store, session_id),
            lambda data: self._loaded(request, data),
            lambda exc: self._load_failed(request, exc),
        )

    def score_now(self) -> None:
        """Score an unscored call off the GUI thread, then show it again with its score."""
        if self.data is None:
            return
        sid, store = self.data.info.id, self._store
        self.score_button.setEnabled(False)
        self._set_status(self.tr("Scoring…"))

        def done(_payload) -> None:
            self.score_button.setEnabled(True)
            self.open_session(sid)
            info = store.session_info(sid)
            self.totals_changed.emit(sid, info.needs, info.time, info.overall)
            self.scored.emit(sid)

        def failed(exc: BaseException) -> None:
            self.score_button.setEnabled(True)
            line = self.tr("Cannot score the call: {error}").format(error=exc)
            self._set_status(f"<span style='color:{RED}'>{escape(line, quote=False)}</span>")

        from trainer.scoring_service import score_and_store

        run_task(lambda: score_and_store(store, sid), done, failed, context=self)

    def clear(self) -> None:
        self._request += 1
        self.session_id, self.data = None, None
        self._show_placeholder(True)

    def _load_failed(self, request: int, exc: BaseException) -> None:
        if request == self._request:
            line = self.tr("Cannot open the session: {error}").format(error=exc)
            self._set_status(escape(line, quote=False))

    def _loaded(self, request: int, data: report.SessionBundle) -> None:
        if request != self._request:
            return
        changed = self.session_id != data.info.id
        self.session_id, self.data = data.info.id, data
        if changed:
            self.selected_turn = None
            self.audio.stop()
            self._audio_status("")
        self._set_status("")
        self._render()
        self._show_placeholder(False)
        self._show_score_card()
        self.score_button.setVisible(not data.score and bool(data.transcript.turns))
        self.loaded.emit(data.info.id)

    def _show_score_card(self) -> None:
        """The score card sub-tab, its totals with the trainer's corrections."""
        data = self.data
        if self.score_card is None or data is None or not data.score:
            return
        overrides = {c: o.score for c, o in data.feedback.overrides.items()}
        shown = with_totals(data.score, corrected_totals(data.score, overrides))
        try:
            self.score_card.show_score(shown, data.transcript)
        except Exception as exc:  # a card that cannot show this payload must not hide the rest
            self._set_status(
                escape(
                    self.tr("The score card cannot show this score ({error}).").format(error=exc),
                    quote=False,
                )
            )

    def reload_feedback(self) -> None:
        """Re-read the feedback after a change (small: one session's rows)."""
        if self.data is None:
            return
        self.data.feedback = review.feedback_for(self._store, self.data.info.id)
        self._render()
        self._show_score_card()
        self.feedback_changed.emit(self.data.info.id)
        info = self._store.session_info(self.data.info.id)
        self.totals_changed.emit(info.id, info.needs, info.time, info.overall)

    # ----------------------------------------------------------------- rendering

    def _render(self) -> None:
        data = self.data
        assert data is not None
        info, score, fb = data.info, data.score or {}, data.feedback
        words = card_texts(score or {"language": info.language}, data.transcript)
        self._set_card_words(words)
        self.title.setText(f"{info.trainee}  →  {info.persona_name or info.persona_id}")
        self.meta.setText(
            " · ".join(
                [
                    report.local_time(info.started_at),
                    report.duration_text(info.duration_seconds),
                    words_for.outcome_label(info.outcome),
                    self.tr("{count} turns").format(count=info.turn_count),
                    info.language,
                    words_for.engine_label(info.engine)
                    + (f" ({info.model})" if info.model else ""),
                    *coaching_used(data.transcript.coaching),
                ]
            )
        )
        sender = data.sender
        self.sender_note.setVisible(bool(sender and sender.differs))
        if sender and sender.differs:
            self.sender_note.setText(
                self.tr("Imported · the sender's score was {score}").format(score=sender.text)
            )
        auto = {
            "needs": (score.get("needs") or {}).get("score", info.needs),
            "time": (score.get("time") or {}).get("score", info.time),
            "overall": score.get("overall", info.overall),
        }
        totals = corrected_totals(score, {c: o.score for c, o in fb.overrides.items()})
        for key, value in (totals or auto).items():
            self.badges[key].set_value(value)
            self.badges[key].setToolTip(
                self.tr("With the trainer's corrections; automatic: {score}").format(
                    score=auto[key]
                )
                if totals
                else ""
            )
        metrics = [
            m for k, v in (score.get("metrics") or {}).items() if (m := words_for.metric_text(k, v))
        ]
        text = (
            "   ·   ".join(f"{escape(k)}: <b>{escape(v)}</b>" for k, v in metrics)
            if metrics
            else (self.tr("This session has not been scored yet.") if not score else "")
        )
        if totals:
            line = self.tr(
                "Totals include the trainer's corrections (automatic: {needs} {needs_score} · "
                "{time} {time_score} · {overall} {overall_score})"
            ).format(
                needs=self.badges["needs"].title,
                needs_score=auto["needs"],
                time=self.badges["time"].title,
                time_score=auto["time"],
                overall=self.badges["overall"].title,
                overall_score=auto["overall"],
            )
            text = f"{escape(line, quote=False)}<br>{text}"
        self.metrics.setText(text)
        self.reviewed.blockSignals(True)
        self.reviewed.setChecked(fb.reviewed)
        self.reviewed.blockSignals(False)
        self.marks = turn_marks(data.score, fb.overrides)
        self._render_transcript()
        self._render_criteria()
        self._render_comments()
        self._update_turn_bar()

    def _render_transcript(self) -> None:
        data = self.data
        assert data is not None
        rows = []
        for i, turn in enumerate(data.transcript.turns):
            mark = self.marks.get(i)
            bg = TONE_BG[mark.tone] if mark else "#ffffff"
            who = self.tr("Trainee") if turn.speaker == "trainee" else self.tr("Prospect")
            when = f"{turn.start:.0f} s" if turn.start is not None else ""
            comments = data.feedback.turn_comments.get(i, [])
            notes = turn_notes_html(mark, comments, GREEN, RED, "#1d4ed8")
            if turn.speaker == "trainee" and (
                read := acts_note_html(
                    turn.acts, turn.llm_acts, language=words_for.interface_code()
                )
            ):
                notes.append(read)
            num_bg = SELECTED if i == self.selected_turn else "#f9fafb"
            cut_off = self.tr("cut off")
            cut = (
                f" <i style='color:#6b7280'>({escape(cut_off, quote=False)})</i>"
                if turn.cut_off
                else ""
            )
            rows.append(
                f"<tr><td width='52' align='center' bgcolor='{num_bg}'>"
                f"<a name='t{i}' href='turn:{i}' style='text-decoration:none'><b>#{i + 1}</b></a>"
                f"<br><small style='color:{MUTED}'>{when}</small></td>"
                f"<td bgcolor='{bg}'><small style='color:{MUTED}'><b>{who}</b></small><br>"
                f"{escape(turn.text)}{cut}"
                + (f"<br><small>{'<br>'.join(notes)}</small>" if notes else "")
                + "</td></tr>"
            )
        earned, lost, both = self.tr("earned points"), self.tr("lost points"), self.tr("both")
        hover = self.tr("hover a turn number for the criteria")
        legend = (
            f"<p style='color:{MUTED}'><small>"
            f"<span style='background-color:{GREEN_BG}'>&nbsp;{earned}&nbsp;"
            f"</span>&nbsp;<span style='background-color:{RED_BG}'>&nbsp;{lost}"
            f"&nbsp;</span>&nbsp;<span style='background-color:#fef3c7'>&nbsp;{both}"
            f"&nbsp;</span>&nbsp; {hover}</small></p>"
        )
        body = (
            "<table width='100%' cellspacing='3' cellpadding='6'>" + "".join(rows) + "</table>"
            if rows
            else "<p><i>" + self.tr("No turns were stored for this call.") + "</i></p>"
        )
        bar = self.transcript.verticalScrollBar()
        position = bar.value()
        self.transcript.setHtml(legend + body)
        bar.setValue(position)

    def _render_criteria(self) -> None:
        data = self.data
        assert data is not None
        current = self.override_criterion.currentData()
        self.criteria.clear()
        self.override_criterion.blockSignals(True)
        self.override_criterion.clear()
        parents: dict[str, QTreeWidgetItem] = {}
        score = data.score or {}
        words = card_texts(score or {"language": data.info.language}, data.transcript)
        totals = corrected_totals(
            data.score, {c: o.score for c, o in data.feedback.overrides.items()}
        )
        for section, crit in review.criteria(data.score):
            parent = parents.get(section)
            if parent is None:
                head = score.get(section) or {}
                # The group's automatic total, and with the trainer's corrections beside it.
                trainer_total = str(totals[section]) if totals else ""
                parent = QTreeWidgetItem(
                    [
                        words.groups.get(section) or head.get("name") or section.capitalize(),
                        str(head.get("score", "")),
                        trainer_total,
                        "",
                    ]
                )
                font = parent.font(0)
                font.setBold(True)
                for col in (0, 1, 2):
                    parent.setFont(col, font)
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parents[section] = parent
                self.criteria.addTopLevelItem(parent)
            cid = crit.get("id", "")
            override = data.feedback.overrides.get(cid)
            auto = points_text(crit, words.label("na"))
            trainer = f"{override.score}/{override.max}" if override else ""
            turns = ", ".join(f"#{i + 1}" for i in crit.get("evidence") or [])
            item = QTreeWidgetItem([crit.get("name") or cid, auto, trainer, turns])
            item.setData(0, Qt.ItemDataRole.UserRole, cid)
            auto_earned = is_earned(crit.get("score"), crit.get("max"))
            applicable = crit.get("applicable") is not False
            auto_colour = MUTED if not applicable else GREEN if auto_earned else RED
            item.setForeground(1, QColor(auto_colour))
            if override:
                earned = is_earned(override.score, override.max)
                item.setForeground(2, QColor(GREEN if earned else RED))
                font = item.font(2)
                font.setBold(True)
                item.setFont(2, font)
            tip = crit.get("note") or ""
            if crit.get("tip"):
                tip += "\n" + self.tr("Tip: {tip}").format(tip=crit["tip"])
            if override:
                line = (
                    self.tr("Trainer ({author}): {score}: {reason}")
                    if override.author
                    else self.tr("Trainer: {score}: {reason}")
                )
                tip += "\n" + line.format(
                    author=override.author,
                    score=f"{override.score}/{override.max}",
                    reason=override.reason,
                )
                item.setToolTip(2, override.reason)
            item.setToolTip(0, tip.strip())
            parent.addChild(item)
            self.override_criterion.addItem(crit.get("name") or cid, cid)
        self.criteria.expandAll()
        self.override_criterion.blockSignals(False)
        if current is not None and (idx := self.override_criterion.findData(current)) >= 0:
            self.override_criterion.setCurrentIndex(idx)
        self._override_target_changed()
        has = self.override_criterion.count() > 0
        for w in (self.override_criterion, self.override_score, self.override_reason):
            w.setEnabled(has)
        self._update_override_button()

    def _render_comments(self) -> None:
        data = self.data
        assert data is not None
        self.comments.clear()
        fb = data.feedback
        for c in fb.all_comments:
            where = (
                self.tr("Session")
                if c.turn_index is None
                else self.tr("Turn #{number}").format(number=c.turn_index + 1)
            )
            by = f" — {c.author}" if c.author else ""
            item = QListWidgetItem(f"{where}: {c.text}{by}\n{report.local_time(c.created_at)}")
            item.setData(Qt.ItemDataRole.UserRole, c.turn_index)
            self.comments.addItem(item)
        for o in fb.override_history:
            by = f" — {o.author}" if o.author else ""
            self.comments.addItem(
                QListWidgetItem(
                    self.tr("Override {criterion}: {auto} → {score}: {reason}").format(
                        criterion=o.criterion_id,
                        auto=o.auto_score,
                        score=f"{o.score}/{o.max}",
                        reason=o.reason,
                    )
                    + f"{by}\n{report.local_time(o.created_at)}"
                )
            )
        if self.comments.count() == 0:
            empty = QListWidgetItem(self.tr("No feedback yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.comments.addItem(empty)
        self.tabs.setTabText(
            1,
            self.tr("Comments ({count})").format(count=len(fb.all_comments))
            if fb.all_comments
            else self.tr("Comments"),
        )

    # ----------------------------------------------------------------- turns

    def _anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("turn:"):
            self.select_turn(int(text.split(":", 1)[1]))

    def select_turn(self, index: int) -> None:
        if self.data is None or not 0 <= index < len(self.data.transcript.turns):
            return
        self.selected_turn = index
        self._render_transcript()
        self.transcript.scrollToAnchor(f"t{index}")
        self._update_turn_bar()

    def _update_turn_bar(self) -> None:
        index = self.selected_turn
        has = self.data is not None and index is not None
        for w in (self.turn_comment, self.turn_comment_button):
            w.setEnabled(has and not self._trainee)
        audio = False
        if has:
            turn = self.data.transcript.turns[index]
            line = (
                self.tr("Turn #{number} (trainee)")
                if turn.speaker == "trainee"
                else self.tr("Turn #{number} (prospect)")
            )
            self.turn_label.setText(line.format(number=index + 1))
            # Only a turn whose audio was kept can be played (a stat, not a read).
            audio = turn_audio_exists(self.data.info.id, index, turn.speaker)
        elif self._trainee:
            self.turn_label.setText(self.tr("Click a turn number to play it."))
        else:
            self.turn_label.setText(self.tr("Click a turn number to comment on it or play it."))
        self.play_button.setEnabled(audio)
        self.play_button.setToolTip(
            self.tr("Play the selected turn's kept audio")
            if audio or not has
            else self.tr("No audio was kept for this turn")
        )

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            anchor = self.transcript.anchorAt(event.pos())
            if anchor.startswith("turn:"):
                mark = self.marks.get(int(anchor.split(":", 1)[1]))
                lines = []
                if mark:
                    lines += [f"✓ {n}" for n in mark.earned] + [f"✗ {n}" for n in mark.lost]
                QToolTip.showText(
                    event.globalPos(), "\n".join(lines) or self.tr("No criterion cites this turn.")
                )
                return True
        return super().eventFilter(obj, event)

    def _audio_status(self, text: str) -> None:
        self.audio_status.setText(text)
        self.audio_status.setVisible(bool(text))

    def play_selected(self) -> None:
        if self.data is None or self.selected_turn is None:
            return
        turn = self.data.transcript.turns[self.selected_turn]
        self.audio.play(self.data.info.id, self.selected_turn, turn.speaker)

    # ----------------------------------------------------------------- feedback

    def _run(self, action) -> bool:
        try:
            action()
        except KnownError as exc:
            self._set_status(f"<span style='color:{RED}'>{escape(str(exc))}</span>")
            return False
        self._set_status("")
        self.reload_feedback()
        return True

    def add_turn_comment(self) -> None:
        if self.data is None or self._trainee or self.selected_turn is None:
            return
        text, sid, index = self.turn_comment.text(), self.data.info.id, self.selected_turn
        if self._run(lambda: review.add_comment(self._store, sid, text, index, self.author)):
            self.turn_comment.clear()

    def add_session_comment(self) -> None:
        if self.data is None or self._trainee:
            return
        text, sid = self.session_comment.toPlainText(), self.data.info.id
        if self._run(lambda: review.add_comment(self._store, sid, text, None, self.author)):
            self.session_comment.clear()

    def _criterion_picked(self, item: QTreeWidgetItem | None, _prev=None) -> None:
        if item is None or self.data is None:
            return
        cid = item.data(0, Qt.ItemDataRole.UserRole)
        idx = self.override_criterion.findData(cid)
        if idx >= 0:
            self.override_criterion.setCurrentIndex(idx)
        found = review.find_criterion(self.data.score, cid)
        if found and found[1].get("evidence"):
            self.select_turn(found[1]["evidence"][0])

    def _override_target_changed(self, *_args) -> None:
        if self.data is None:
            return
        found = review.find_criterion(self.data.score, self.override_criterion.currentData() or "")
        if not found:
            return
        crit = found[1]
        self.override_score.setRange(0, int(crit.get("max") or 100))
        current = self.data.feedback.overrides.get(crit.get("id", ""))
        self.override_score.setValue(current.score if current else int(crit.get("score") or 0))
        self.override_score.setSuffix(f" / {crit.get('max')}")

    def _update_override_button(self, *_args) -> None:
        if self._trainee:
            self.override_button.setEnabled(False)
            self.override_button.setToolTip(self.tr("Only a trainer can override scores"))
            return
        self.override_button.setEnabled(
            bool(self.override_reason.text().strip()) and self.override_criterion.count() > 0
        )
        self.override_button.setToolTip(
            self.tr(KEPT_NOTE)
            if self.override_reason.text().strip()
            else self.tr("Give a reason first")
        )

    def apply_override(self) -> None:
        if self.data is None or self._trainee:
            return
        sid, cid = self.data.info.id, self.override_criterion.currentData()
        score, reason = self.override_score.value(), self.override_reason.text()
        if self._run(
            lambda: review.set_override(self._store, sid, cid, score, reason, self.author)
        ):
            self.override_reason.clear()

    def _reviewed_toggled(self, checked: bool) -> None:
        if self.data is None or self._trainee:
            return
        sid = self.data.info.id
        if self._run(lambda: review.set_reviewed(self._store, sid, checked)):
            self.reviewed_changed.emit(sid, checked)
