"""The prospect's patience as a practice aid: a bar that turns amber, then red, as it runs out."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from trainer.ui.style import level_colour


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
            sign = "+" if delta > 0 else ""
            self.reason.setText(f"{sign}{delta}  {reason}" if delta else reason)
        else:
            self.reason.setText("")
