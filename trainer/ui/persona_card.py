"""Who you are about to call: name, role, company, language, situation and your brief."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trainer.core.persona import Persona
from trainer.ui.style import level_colour

# The call's language, named in the interface's (a Swedish trainee reads "Danska").
LANGUAGE_NAMES = {
    "sv": QT_TRANSLATE_NOOP("PersonaCard", "Swedish"),
    "da": QT_TRANSLATE_NOOP("PersonaCard", "Danish"),
    "en": QT_TRANSLATE_NOOP("PersonaCard", "English"),
}
MOODS = (
    QT_TRANSLATE_NOOP("PersonaCard", "Easy going"),
    QT_TRANSLATE_NOOP("PersonaCard", "Impatient"),
    QT_TRANSLATE_NOOP("PersonaCard", "Hostile"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonaCard", text)


def pill(text: str, fg: str, bg: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("Pill")
    label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    label.setStyleSheet(
        f"color: {fg}; background: {bg}; border-radius: 9px; padding: 2px 8px; font-weight: 600;"
    )
    bold = label.font()
    bold.setBold(True)
    label.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(text) + 24)  # room for the padding
    return label


class FlowLayout(QLayout):
    """Items left to right, wrapping onto the next line when the row is full.

    The persona's tags sit in one; in a row layout a narrow card squeezed them on top of each
    other, while here they wrap and the card grows a line instead.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt name)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        width = sum(i.sizeHint().width() for i in self._items)
        width += self._spacing * max(0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt name)
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place (or only measure) the items in rows; returns the height they take."""
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y = rect.x(), y + row_height + self._spacing
                row_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()


def difficulty(persona: Persona) -> tuple[str, int]:
    """A rough label from the starting patience: the less of it, the harder the call."""
    start = persona.patience.start
    if start >= 60:
        return _tr(MOODS[0]), start
    if start >= 40:
        return _tr(MOODS[1]), start
    return _tr(MOODS[2]), start


class PersonaCard(QFrame):
    """A card colour-coded by how much patience the prospect starts with."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(6)
        self.name = QLabel()
        self.name.setObjectName("PersonaName")
        self.name.setWordWrap(True)
        self.role = QLabel()
        self.role.setWordWrap(True)
        self.pills = FlowLayout(spacing=6)
        self.situation_title = QLabel(self.tr("SITUATION"))
        self.situation_title.setObjectName("SectionTitle")
        self.situation = QLabel()
        self.situation.setWordWrap(True)
        self.brief_title = QLabel(self.tr("YOUR BRIEF"))
        self.brief_title.setObjectName("SectionTitle")
        self.brief = QLabel()
        self.brief.setWordWrap(True)
        self.name_row = QHBoxLayout()
        self.name_row.addWidget(self.name)
        self.name_row.addStretch(1)
        self.mood: QLabel | None = None
        layout.addLayout(self.name_row)
        layout.addWidget(self.role)
        layout.addLayout(self.pills)
        # The situation and the brief scroll when the window is too short for them, rather
        # than being squeezed into each other.
        body = QWidget()
        body.setObjectName("PersonaBody")
        body_col = QVBoxLayout(body)
        body_col.setContentsMargins(0, 6, 0, 0)
        body_col.setSpacing(6)
        body_col.addWidget(self.situation_title)
        body_col.addWidget(self.situation)
        body_col.addSpacing(4)
        body_col.addWidget(self.brief_title)
        body_col.addWidget(self.brief)
        body_col.addStretch(1)
        self.body = QScrollArea()
        self.body.setObjectName("PersonaScroll")
        self.body.setWidget(body)
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setStyleSheet(
            "QScrollArea#PersonaScroll, QWidget#PersonaBody { background: transparent; }"
        )
        self.body.viewport().setAutoFillBackground(False)
        body.setAutoFillBackground(False)
        layout.addWidget(self.body, 1)
        self.persona: Persona | None = None
        self.set_persona(None)

    def _clear_pills(self) -> None:
        self.mood = None  # it sits among the pills, which are cleared with them
        while self.pills.count():
            item = self.pills.takeAt(0)
            if item.widget():
                item.widget().deleteLater()

    def set_persona(self, persona: Persona | None) -> None:
        self.persona = persona
        self._clear_pills()
        if persona is None:
            self.name.setText(self.tr("No persona"))
            self.role.setText(self.tr("Add a persona file to your data folder."))
            for w in (self.situation, self.brief, self.situation_title, self.brief_title):
                w.setVisible(False)
            return
        for w in (self.situation, self.brief, self.situation_title, self.brief_title):
            w.setVisible(True)
        self.name.setText(persona.display_name)
        self.role.setText(f"{persona.role}, {persona.company}")
        inbound = persona.direction == "inbound"
        language = LANGUAGE_NAMES.get(persona.language)
        self.pills.addWidget(
            pill(_tr(language) if language else persona.language, "#1e40af", "#dbeafe")
        )
        direction = pill(
            self.tr("Inbound") if inbound else self.tr("Outbound"), "#374151", "#e5e7eb"
        )
        direction.setToolTip(
            self.tr("They call you: answer the phone")
            if inbound
            else self.tr("You call them: a cold call")
        )
        self.pills.addWidget(direction)
        label, start = difficulty(persona)
        fg, bg = level_colour(start, good=60, fair=40)
        mood = pill(label, fg, bg)
        mood.setToolTip(self.tr("Starts with patience {start} of 100").format(start=start))
        self.mood = mood
        self.pills.addWidget(mood)
        self.setStyleSheet(f"QFrame#Card {{ border-left: 5px solid {fg}; }}")
        self.situation.setText(persona.situation)
        self.brief.setText(persona.trainee_brief)
