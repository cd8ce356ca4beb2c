"""The live transcript: chat bubbles, the prospect on the left and the trainee on the right.

Row i is turn i of the call, so the score card can jump to a turn. Replies grow as they stream;
the view follows the newest line unless the user has scrolled up to read.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from trainer.ui.style import repolish

TYPING = "…"


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return ""
    seconds = max(0, int(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class TurnBubble(QWidget):
    """One turn: a small speaker line above a word-wrapped bubble, aligned by speaker."""

    def __init__(self, speaker: str, name: str, start: float | None) -> None:
        super().__init__()
        self.speaker = speaker
        self.text = ""
        self.cut_off = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 2, 0, 2)
        outer.setSpacing(2)
        align = Qt.AlignmentFlag.AlignRight if speaker == "trainee" else Qt.AlignmentFlag.AlignLeft
        self.caption = QLabel(f"{name}  {_clock(start)}".strip())
        self.caption.setObjectName("Speaker")
        self.bubble = QLabel(TYPING)
        self.bubble.setObjectName("BubbleTrainee" if speaker == "trainee" else "BubbleProspect")
        self.bubble.setWordWrap(True)
        self.bubble.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bubble.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if speaker == "trainee":
            row.addStretch(1)
        row.addWidget(self.bubble)
        if speaker != "trainee":
            row.addStretch(1)
        outer.addWidget(self.caption, 0, align)
        outer.addLayout(row)

    def set_text(self, text: str) -> None:
        self.text = text
        shown = (text if text else TYPING) + ("  —" if self.cut_off else "")
        self.bubble.setText(shown)
        self._fit()

    def set_max_width(self, width: int) -> None:
        self.bubble.setMaximumWidth(width)
        self._fit()

    def _fit(self) -> None:
        """Word-wrapped labels prefer to be narrow: let short lines sit on one line, long ones fill."""
        metrics = self.bubble.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(line) for line in self.bubble.text().split("\n")), default=0
        )
        self.bubble.setMinimumWidth(min(longest + 26, self.bubble.maximumWidth()))

    def set_highlight(self, on: bool) -> None:
        self.bubble.setProperty("highlight", "true" if on else "false")
        repolish(self.bubble)


class TranscriptView(QScrollArea):
    """A scrolling column of bubbles plus centred notes (call started, outcome) between them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Transcript")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body.setObjectName("TranscriptBody")
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(14, 12, 14, 12)
        self.column.setSpacing(6)
        self.column.addStretch(1)
        self.setWidget(self.body)
        self.bubbles: list[TurnBubble] = []
        self.names = {"prospect": self.tr("Prospect"), "trainee": self.tr("You")}
        self._follow = True
        self._highlighted: TurnBubble | None = None
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._on_range)
        bar.valueChanged.connect(self._on_scrolled)
        self.placeholder = QLabel(
            self.tr("Pick a persona and press Call. The prospect answers first.")
        )
        self.placeholder.setObjectName("Muted")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column.insertWidget(0, self.placeholder)

    # -- content ---------------------------------------------------------------------------
    def set_names(self, prospect: str, trainee: str | None = None) -> None:
        """The speaker lines: the prospect's name, and "You" in the interface's language."""
        self.names = {"prospect": prospect, "trainee": trainee or self.tr("You")}

    def clear(self) -> None:
        while self.column.count() > 1:
            item = self.column.takeAt(0)
            if item.widget() and item.widget() is not self.placeholder:
                item.widget().deleteLater()
        self.bubbles.clear()
        self._highlighted = None
        self._follow = True
        self.column.insertWidget(0, self.placeholder)
        self.placeholder.show()

    def _append(self, widget: QWidget) -> None:
        self.placeholder.hide()
        self.column.insertWidget(self.column.count() - 1, widget)

    def add_note(self, text: str) -> QLabel:
        """A centred line between turns (not a turn: row numbers stay turn numbers)."""
        note = QLabel(text)
        note.setObjectName("Muted")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        self._append(note)
        return note

    def add_turn(self, speaker: str, text: str = "", start: float | None = None) -> int:
        """Add a bubble (empty text shows a typing mark until the first delta); returns its row."""
        bubble = TurnBubble(speaker, self.names.get(speaker, speaker), start)
        bubble.set_max_width(self._bubble_width())
        bubble.set_text(text)
        self.bubbles.append(bubble)
        self._append(bubble)
        return len(self.bubbles) - 1

    def append_text(self, index: int, delta: str) -> None:
        bubble = self.bubbles[index]
        bubble.set_text(bubble.text + delta)

    def set_text(self, index: int, text: str, cut_off: bool | None = None) -> None:
        bubble = self.bubbles[index]
        if cut_off is not None:
            bubble.cut_off = cut_off
        bubble.set_text(text)

    def remove_last(self) -> None:
        """Drop the last bubble (a reply that produced no words)."""
        if self.bubbles:
            bubble = self.bubbles.pop()
            self.column.removeWidget(bubble)
            bubble.deleteLater()

    def turn_count(self) -> int:
        return len(self.bubbles)

    def turn_text(self, index: int) -> str:
        return self.bubbles[index].text

    def turn_speaker(self, index: int) -> str:
        return self.bubbles[index].speaker

    # -- navigation ------------------------------------------------------------------------
    def scroll_to_turn(self, index: int, highlight: bool = True) -> None:
        """Bring turn `index` into view and mark it (the score card's evidence links use this)."""
        if not 0 <= index < len(self.bubbles):
            return
        bubble = self.bubbles[index]
        self._follow = False
        if highlight:
            self.highlight_turn(index)
        # Layout may still be pending for new bubbles: scroll once now and once after it settles.
        self.ensureWidgetVisible(bubble, 0, 40)
        QTimer.singleShot(0, lambda: self.ensureWidgetVisible(bubble, 0, 40))

    def highlight_turn(self, index: int | None) -> None:
        if self._highlighted is not None:
            self._highlighted.set_highlight(False)
            self._highlighted = None
        if index is not None and 0 <= index < len(self.bubbles):
            self._highlighted = self.bubbles[index]
            self._highlighted.set_highlight(True)

    def highlighted_turn(self) -> int | None:
        return self.bubbles.index(self._highlighted) if self._highlighted in self.bubbles else None

    def follow(self) -> None:
        """Go back to following the newest line."""
        self._follow = True
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _on_range(self, _minimum: int, maximum: int) -> None:
        if self._follow:
            self.verticalScrollBar().setValue(maximum)

    def _on_scrolled(self, value: int) -> None:
        self._follow = value >= self.verticalScrollBar().maximum() - 24

    # -- sizing ----------------------------------------------------------------------------
    def _bubble_width(self) -> int:
        return max(220, int(self.viewport().width() * 0.74))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        width = self._bubble_width()
        for bubble in self.bubbles:
            bubble.set_max_width(width)
