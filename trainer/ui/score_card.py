"""The score card shown after hang-up: Needs, Time, the criteria with their turns, three tips.

Renders a stored score payload only (scoring runs elsewhere); a click on a criterion emits
`turn_clicked` with its first evidence turn so the call window can scroll the transcript there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.core.transcript import Transcript
from trainer.exchange.evidence import points_text
from trainer.ui.style import AMBER, GREEN, MUTED, RED, level_colour

EVIDENCE_ROLE = Qt.ItemDataRole.UserRole
TIPS_TITLE = "Three things to change on the next call"


class _ScoreTile(QFrame):
    """One headline number with its label, coloured by how good it is."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(0)
        self.title = QLabel(title.upper())
        self.title.setObjectName("SectionTitle")
        self.value = QLabel("–")
        font = QFont(self.value.font())
        font.setPointSizeF(22)
        font.setBold(True)
        self.value.setFont(font)
        layout.addWidget(self.title)
        layout.addWidget(self.value)

    def set_score(self, title: str, value: int) -> None:
        fg, bg = level_colour(value)
        self.title.setText(title.upper())
        self.value.setText(f"{value}<span style='font-size:9pt; color:{MUTED}'>/100</span>")
        self.value.setStyleSheet(f"color: {fg};")
        self.setStyleSheet(
            f"QFrame#Card {{ background: {bg}; border: none; border-radius: 10px; }}"
        )


class ScoreCard(QWidget):
    """Both scores, every criterion with earned/lost points and its turns, and three tips."""

    turn_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._payload: dict = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)

        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        self.needs_tile, self.time_tile = _ScoreTile("Needs"), _ScoreTile("Time")
        self.overall_tile = _ScoreTile("Overall")
        for tile in (self.needs_tile, self.time_tile, self.overall_tile):
            tiles.addWidget(tile)
        outer.addLayout(tiles)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(["Criterion", "Points", "Turns", "What happened"])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setIndentation(12)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setStyleSheet(
            "QTreeWidget { background: white; border: 1px solid #e5e7eb; border-radius: 10px; }"
            "QTreeWidget::item { padding: 4px 2px; }"
        )
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        outer.addWidget(self.tree, 1)

        tips_card = QFrame()
        tips_card.setObjectName("Card")
        tips_layout = QVBoxLayout(tips_card)
        tips_layout.setContentsMargins(14, 10, 14, 12)
        title = QLabel(TIPS_TITLE.upper())
        title.setObjectName("SectionTitle")
        tips_layout.addWidget(title)
        self.tips_label = QLabel()
        self.tips_label.setWordWrap(True)
        self.tips_label.setTextFormat(Qt.TextFormat.RichText)
        tips_layout.addWidget(self.tips_label)
        outer.addWidget(tips_card)

        self.footer = QLabel()
        self.footer.setObjectName("Muted")
        self.footer.setWordWrap(True)
        outer.addWidget(self.footer)

    # --- rendering -------------------------------------------------------------------------

    def show_score(self, payload: dict, transcript: Transcript | None = None) -> None:
        """Render a score payload (as `score_transcript(...).to_json()` or the store gives it)."""
        self._payload = payload
        needs, time = payload.get("needs", {}), payload.get("time", {})
        self.needs_tile.set_score(needs.get("name", "Needs"), int(needs.get("score", 0)))
        self.time_tile.set_score(time.get("name", "Time"), int(time.get("score", 0)))
        self.overall_tile.set_score("Overall", int(payload.get("overall", 0)))
        self.tree.clear()
        turns = transcript.turns if transcript is not None else []
        for group in (needs, time):
            self._add_group(group, turns)
        self.tree.expandAll()
        self.tree.setCurrentItem(None)
        self.tree.clearSelection()
        tips = payload.get("tips") or []
        if tips:
            self.tips_label.setText(
                "".join(
                    f"<p style='margin:4px 0'><b>{n}.</b>&nbsp; {_escape(t)}</p>"
                    for n, t in enumerate(tips, 1)
                )
            )
        else:
            self.tips_label.setText("Nothing to change: every criterion earned full points.")
        self.footer.setText(self._footer_text(payload))

    def _add_group(self, group: dict, turns: list) -> None:
        head = QTreeWidgetItem(
            [f"{group.get('name', '')}  {group.get('score', 0)}/100", "", "", ""]
        )
        font = QFont(self.tree.font())
        font.setBold(True)
        head.setFont(0, font)
        head.setFirstColumnSpanned(True)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(head)
        for c in group.get("criteria", []):
            applicable = c.get("applicable", True)
            lost = c["max"] - c["score"] if applicable else 0
            points = points_text(c)
            if lost:
                points += f"  (−{lost})"
            evidence = [int(i) for i in c.get("evidence", [])]
            item = QTreeWidgetItem(
                [
                    c.get("name", c["id"]),
                    points,
                    ", ".join(f"#{i + 1}" for i in evidence),
                    c.get("note", ""),
                ]
            )
            if not applicable:
                colour = MUTED
            else:
                colour = GREEN if lost == 0 else RED if c["score"] == 0 else AMBER
            item.setForeground(1, QBrush(QColor(colour)))
            item.setData(0, EVIDENCE_ROLE, evidence)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{c.get('name')}: {points}")
            item.setToolTip(0, self._tooltip(c, turns))
            item.setToolTip(3, self._tooltip(c, turns))
            head.addChild(item)

    @staticmethod
    def _tooltip(c: dict, turns: list) -> str:
        lines = [f"<b>{_escape(c.get('name', ''))}</b>", _escape(c.get("note", ""))]
        for index, quoted in zip(c.get("evidence", []), c.get("quotes", []), strict=False):
            who = turns[index].speaker if index < len(turns) else ""
            lines.append(f"Turn #{index + 1} {who}: “{_escape(quoted)}”")
        if c.get("tip"):
            lines.append(f"<i>Tip: {_escape(c['tip'])}</i>")
        return "<br>".join(lines)

    @staticmethod
    def _footer_text(payload: dict) -> str:
        m = payload.get("metrics") or {}
        parts = []
        if m.get("talk_ratio") is not None:
            parts.append(f"You talked {round(100 * m['talk_ratio'])}% of the time")
        parts.append(f"longest turn {m.get('longest_monologue_words', 0)} words")
        parts.append(f"{m.get('needs_questions', 0)} needs question(s)")
        if m.get("words_per_minute"):
            parts.append(f"{m['words_per_minute']:.0f} words/min")
        judge = payload.get("judge")
        text = " · ".join(parts) + "."
        if judge and judge.get("fallback"):
            text += f"\nLLM judge: {judge.get('message')}"
        elif judge:
            n = len(judge.get("disagreements", []))
            text += (
                f"\nLLM judge: Needs {judge['needs']['score']}, Time {judge['time']['score']}"
                + (f"; disagrees on {n} criteria." if n else "; agrees on every criterion.")
            )
        text += f"  Scorer {payload.get('scorer_version', '?')}."
        return text

    # --- interaction -----------------------------------------------------------------------

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        evidence = item.data(0, EVIDENCE_ROLE) or []
        if evidence:
            self.turn_clicked.emit(int(evidence[0]))

    def criterion_items(self) -> list[QTreeWidgetItem]:
        """Every criterion row, in the order shown (for keyboard navigation and tests)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            out += [head.child(j) for j in range(head.childCount())]
        return out


def _escape(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
