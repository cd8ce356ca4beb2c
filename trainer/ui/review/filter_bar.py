"""The row of filters above the review list; it only builds a `SessionFilter` and emits it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainer.exchange.report import OUTCOME_LABELS
from trainer.store.review import SessionFilter
from trainer.ui.review import words

NO_DATE = QDate(2000, 1, 1)  # shown as "any": the minimum of the date editors


# The review combo's choices and the filter fields each one sets.
REVIEW_STATES: dict[str | None, dict[str, bool | None]] = {
    None: {},
    "reviewed": {"reviewed": True},
    "not_reviewed": {"reviewed": False},
    "feedback": {"has_feedback": True},
}


def _review_state(flt: SessionFilter) -> str | None:
    """The combo choice that shows a filter's review fields (None when it sets neither)."""
    for key, wanted in REVIEW_STATES.items():
        if wanted and all(getattr(flt, name) == value for name, value in wanted.items()):
            return key
    return None


class FilterBar(QWidget):
    """Trainee, persona, dates, outcome, overall score range, reviewed and words said."""

    filter_changed = Signal(object)  # SessionFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._emit_timer = QTimer(self, singleShot=True, interval=300)
        self._emit_timer.timeout.connect(self._emit)
        self._quiet = False

        self.words = QLineEdit(
            placeholderText=self.tr("Words said in the call…"), clearButtonEnabled=True
        )
        self.words.setMinimumWidth(150)
        self.trainee = QComboBox()
        self.persona = QComboBox()
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Any outcome"), None)
        for key in OUTCOME_LABELS:
            self.outcome.addItem(words.outcome_label(key), key or "none")
        self.reviewed = QComboBox()
        for label, value in (
            (self.tr("Reviewed or not"), None),
            (self.tr("Reviewed"), "reviewed"),
            (self.tr("Not reviewed"), "not_reviewed"),
            (self.tr("With trainer feedback"), "feedback"),
        ):
            self.reviewed.addItem(label, value)
        self.reviewed.setToolTip(
            self.tr("The reviewed mark, or sessions with a trainer's comment or score override")
        )
        for combo in (self.trainee, self.persona, self.outcome, self.reviewed):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(9)
        self.date_from = self._date_edit(self.tr("From"))
        self.date_to = self._date_edit(self.tr("To"))
        self.score_min, self.score_max = QSpinBox(), QSpinBox()
        for spin, prefix, value in ((self.score_min, "≥ ", 0), (self.score_max, "≤ ", 100)):
            spin.setRange(0, 100)
            spin.setValue(value)
            spin.setPrefix(prefix)
            spin.setToolTip(self.tr("Overall score range"))
        self.clear = QPushButton(self.tr("Clear"))
        self.clear.setToolTip(self.tr("Show every session again"))

        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(6)
        first, second = QHBoxLayout(), QHBoxLayout()
        first.setSpacing(6)
        second.setSpacing(6)
        first.addWidget(self.words, 3)
        for widget in (self.trainee, self.persona, self.outcome, self.reviewed):
            first.addWidget(widget, 2)
        second.addWidget(QLabel(self.tr("Date")))
        second.addWidget(self.date_from)
        second.addWidget(QLabel("–"))
        second.addWidget(self.date_to)
        second.addSpacing(10)
        second.addWidget(QLabel(self.tr("Overall")))
        second.addWidget(self.score_min)
        second.addWidget(self.score_max)
        second.addWidget(self.clear)
        second.addStretch(1)
        self.extra = second  # room for more at the end of this row
        rows.addLayout(first)
        rows.addLayout(second)

        self.words.textChanged.connect(lambda _t: self._emit_timer.start())
        for combo in (self.trainee, self.persona, self.outcome, self.reviewed):
            combo.currentIndexChanged.connect(self._changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._changed)
        for spin in (self.score_min, self.score_max):
            spin.valueChanged.connect(lambda _v: self._emit_timer.start())
        self.clear.clicked.connect(self.reset)
        self.set_choices([], [])

    def _date_edit(self, tip: str) -> QDateEdit:
        edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(NO_DATE)
        edit.setToolTip(
            self.tr("{what} (local days; pick the earliest date for 'any')").format(what=tip)
        )
        return edit

    def set_choices(self, trainees: list[str], personas: list[tuple[str, str]]) -> None:
        """Fill the trainee and persona lists, keeping what is selected."""
        self._quiet = True
        try:
            for combo, label, items in (
                (self.trainee, self.tr("All trainees"), [(t, t) for t in trainees]),
                (self.persona, self.tr("All personas"), [(name, pid) for pid, name in personas]),
            ):
                current = combo.currentData()
                combo.clear()
                combo.addItem(label, None)
                for text, value in items:
                    combo.addItem(text, value)
                found = combo.findData(current) if current is not None else 0
                combo.setCurrentIndex(max(0, found))
        finally:
            self._quiet = False

    def _changed(self, *_args) -> None:
        if not self._quiet:
            self._emit_timer.start(0)

    def _emit(self) -> None:
        self.filter_changed.emit(self.current())

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        value = edit.date()
        return None if value == NO_DATE else date(value.year(), value.month(), value.day())

    def current(self) -> SessionFilter:
        low, high = self.score_min.value(), self.score_max.value()
        return SessionFilter(
            trainee=self.trainee.currentData(),
            persona_id=self.persona.currentData(),
            date_from=self._day(self.date_from),
            date_to=self._day(self.date_to),
            outcome=self.outcome.currentData(),
            score_min=low if low > 0 else None,
            score_max=high if high < 100 else None,
            words=self.words.text().strip(),
            **REVIEW_STATES[self.reviewed.currentData()],
        )

    def apply(self, flt: SessionFilter) -> None:
        """Show a filter (tests, restoring a view) and emit it once."""
        self._quiet = True
        try:
            if flt.trainee and self.trainee.findData(flt.trainee) < 0:
                self.trainee.addItem(flt.trainee, flt.trainee)  # new since the list was read
            self.words.setText(flt.words)
            for combo, value in (
                (self.trainee, flt.trainee),
                (self.persona, flt.persona_id),
                (self.outcome, flt.outcome),
                (self.reviewed, _review_state(flt)),
            ):
                combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
            for edit, day in ((self.date_from, flt.date_from), (self.date_to, flt.date_to)):
                edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
            self.score_min.setValue(flt.score_min or 0)
            self.score_max.setValue(100 if flt.score_max is None else flt.score_max)
        finally:
            self._quiet = False
        self._emit_timer.stop()
        self._emit()

    def reset(self) -> None:
        self.apply(SessionFilter())
