"""Who you are about to call: name, role, company, language, situation and your brief."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from trainer.core.persona import Persona
from trainer.ui.style import level_colour

LANGUAGE_NAMES = {"sv": "Svenska", "da": "Dansk", "en": "English"}


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


def difficulty(persona: Persona) -> tuple[str, int]:
    """A rough label from the starting patience: the less of it, the harder the call."""
    start = persona.patience.start
    if start >= 60:
        return "Easy going", start
    if start >= 40:
        return "Impatient", start
    return "Hostile", start


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
        self.pills = QHBoxLayout()
        self.pills.setSpacing(6)
        self.situation_title = QLabel("SITUATION")
        self.situation_title.setObjectName("SectionTitle")
        self.situation = QLabel()
        self.situation.setWordWrap(True)
        self.brief_title = QLabel("YOUR BRIEF")
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
        layout.addSpacing(6)
        layout.addWidget(self.situation_title)
        layout.addWidget(self.situation)
        layout.addSpacing(4)
        layout.addWidget(self.brief_title)
        layout.addWidget(self.brief)
        layout.addStretch(1)
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
            self.name.setText("No persona")
            self.role.setText("Add a persona file to your data folder.")
            for w in (self.situation, self.brief, self.situation_title, self.brief_title):
                w.setVisible(False)
            return
        for w in (self.situation, self.brief, self.situation_title, self.brief_title):
            w.setVisible(True)
        self.name.setText(persona.display_name)
        self.role.setText(f"{persona.role}, {persona.company}")
        inbound = persona.direction == "inbound"
        self.pills.addWidget(
            pill(LANGUAGE_NAMES.get(persona.language, persona.language), "#1e40af", "#dbeafe")
        )
        direction = pill("Inbound" if inbound else "Outbound", "#374151", "#e5e7eb")
        direction.setToolTip(
            "They call you: answer the phone" if inbound else "You call them: a cold call"
        )
        self.pills.addWidget(direction)
        label, start = difficulty(persona)
        fg, bg = level_colour(start, good=60, fair=40)
        mood = pill(label, fg, bg)
        mood.setToolTip(f"Starts with patience {start} of 100")
        self.mood = mood
        self.pills.addWidget(mood)
        self.pills.addStretch(1)
        self.setStyleSheet(f"QFrame#Card {{ border-left: 5px solid {fg}; }}")
        self.situation.setText(persona.situation)
        self.brief.setText(persona.trainee_brief)
