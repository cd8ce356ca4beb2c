"""The prospect's patience as a practice aid: a bar that turns amber, then red, as it runs out."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from trainer.ui.style import level_colour

# Why patience moved, as the prospect's state words it (trainer/core/prospect_state.py keeps
# no interface language): each is shown in the interface's. A test holds the list complete.
REASONS = (
    QT_TRANSLATE_NOOP("PatienceMeter", "'have you heard of us?' opener"),
    QT_TRANSLATE_NOOP("PatienceMeter", "'is this a bad time?'"),
    QT_TRANSLATE_NOOP("PatienceMeter", "acknowledged the interruption"),
    QT_TRANSLATE_NOOP("PatienceMeter", "asked about the caller's needs"),
    QT_TRANSLATE_NOOP("PatienceMeter", "asked for a call-back the call did not earn"),
    QT_TRANSLATE_NOOP("PatienceMeter", "asked for a call-back without saying what it is about"),
    QT_TRANSLATE_NOOP("PatienceMeter", "asked what lies behind the no"),
    QT_TRANSLATE_NOOP("PatienceMeter", "brochure talk and buzzwords"),
    QT_TRANSLATE_NOOP("PatienceMeter", "carried on after 'I'm heading into a meeting'"),
    QT_TRANSLATE_NOOP("PatienceMeter", "followed up on an answer"),
    QT_TRANSLATE_NOOP("PatienceMeter", "held the floor too long"),
    QT_TRANSLATE_NOOP("PatienceMeter", "meeting push before any need was discussed"),
    QT_TRANSLATE_NOOP("PatienceMeter", "meeting push without enough interest"),
    QT_TRANSLATE_NOOP("PatienceMeter", "monologue"),
    QT_TRANSLATE_NOOP("PatienceMeter", "no progress on the caller's question"),
    QT_TRANSLATE_NOOP("PatienceMeter", "offered a call-back"),
    QT_TRANSLATE_NOOP("PatienceMeter", "offered a call-back at a set time"),
    QT_TRANSLATE_NOOP("PatienceMeter", "open question about the business"),
    QT_TRANSLATE_NOOP("PatienceMeter", "pitch before any question"),
    QT_TRANSLATE_NOOP("PatienceMeter", "promised a call-back at a set time"),
    QT_TRANSLATE_NOOP("PatienceMeter", "question about the business"),
    QT_TRANSLATE_NOOP("PatienceMeter", "reason for the call, early and brief"),
    QT_TRANSLATE_NOOP("PatienceMeter", "still has not said what the call is about"),
    QT_TRANSLATE_NOOP("PatienceMeter", "sent the caller away"),
    QT_TRANSLATE_NOOP("PatienceMeter", "talked nonsense"),
    QT_TRANSLATE_NOOP("PatienceMeter", "took the caller's number"),
    QT_TRANSLATE_NOOP("PatienceMeter", "answered the caller's question"),
    QT_TRANSLATE_NOOP("PatienceMeter", "booked the caller in at a set time"),
    QT_TRANSLATE_NOOP("PatienceMeter", "asked if he knows the shop instead of answering"),
    QT_TRANSLATE_NOOP("PatienceMeter", "pitched instead of answering"),
    QT_TRANSLATE_NOOP("PatienceMeter", "pushed a meeting on a caller who wants a price"),
    # the call view's own lines
    QT_TRANSLATE_NOOP("PatienceMeter", "at the start of the call"),
    QT_TRANSLATE_NOOP("PatienceMeter", "no change on your last line"),
)
# Longest first, so "offered a call-back at a set time" is not read as "offered a call-back".
_REASON = re.compile("|".join(re.escape(r) for r in sorted(REASONS, key=len, reverse=True)))


def translate_reasons(text: str) -> str:
    """The reasons in `text` (one, or several joined with commas) in the interface's language."""
    return _REASON.sub(lambda m: QCoreApplication.translate("PatienceMeter", m.group(0)), text)


class PatienceMeter(QFrame):
    """Shows 0..100 with the last reason it moved; hidden in exam mode by the call view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        head = QHBoxLayout()
        title = QLabel(self.tr("PROSPECT'S PATIENCE"))
        title.setObjectName("SectionTitle")
        self.value_label = QLabel()
        self.value_label.setStyleSheet("font-weight: 700;")
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.value_label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(12)
        self.reason = QLabel()
        self.reason.setObjectName("Muted")
        self.reason.setWordWrap(True)
        layout.addLayout(head)
        layout.addWidget(self.bar)
        layout.addWidget(self.reason)
        self.set_value(50)

    def value(self) -> int:
        return self.bar.value()

    def set_value(self, value: int, reason: str = "", delta: int = 0) -> None:
        value = max(0, min(100, int(value)))
        fg, _bg = level_colour(value)
        self.bar.setValue(value)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {fg}; border-radius: 6px; }}")
        self.value_label.setText(f"{value} / 100")
        self.value_label.setStyleSheet(f"font-weight: 700; color: {fg};")
        if reason:
            reason = translate_reasons(reason)
            sign = "+" if delta > 0 else ""
            self.reason.setText(f"{sign}{delta}  {reason}" if delta else reason)
        else:
            self.reason.setText("")
