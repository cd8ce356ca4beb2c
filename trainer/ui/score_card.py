"""The score card shown after hang-up: Needs, Time, the criteria with their turns, three tips.

Renders a stored score payload only (scoring runs elsewhere); a click on a criterion emits
`turn_clicked` with its first evidence turn so the call window can scroll the transcript there.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.core.scoring.texts import ScoreTexts, texts
from trainer.core.transcript import Transcript
from trainer.exchange.evidence import points_text
from trainer.ui.style import AMBER, GREEN, MUTED, RED, level_colour

EVIDENCE_ROLE = Qt.ItemDataRole.UserRole
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1  # "what happened", drawn under the criterion's name


def card_texts(payload: dict | None, transcript: Transcript | None = None) -> ScoreTexts:
    """The words of the call's language: a score card describes the call, so every label on it
    (totals, column headers, counts) speaks the language its criteria and tips are written in,
    whatever the interface's language."""
    code = (payload or {}).get("language") or (transcript.language if transcript else None)
    return texts(code or "en")


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


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped at the column's width, the note under the name.

    Qt's own size hint measures text unwrapped, so a narrow card either cut words or needed a
    horizontal scroll bar; here every cell wraps at the width its column really has.
    """

    NOTE_GAP = 2
    INSET = 2  # between the cell's text rectangle and the drawn name and note

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def _cell_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        tree = self._tree
        if tree.isFirstColumnSpanned(index.row(), index.parent()):
            return tree.viewport().width()
        width = tree.header().sectionSize(index.column())
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= depth * tree.indentation()
        return max(20, width)

    def _note_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        return font

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt name)
        mode = self._tree.header().sectionResizeMode(index.column())
        if mode == QHeaderView.ResizeMode.ResizeToContents:
            return super().sizeHint(option, index)  # such a column grows to its text instead
        opt = QStyleOptionViewItem(option)
        width = self._cell_width(index)
        opt.rect = QRect(0, 0, width, 1)
        size = super().sizeHint(opt, index)
        note = index.data(NOTE_ROLE)
        if note:
            # Measured as paint() draws them: name, then note, both wrapped at the same width.
            full = QStyleOptionViewItem(opt)
            self.initStyleOption(full, index)
            text = self._text_rect(opt, index)
            wrap_width = max(20, text.width() - 2 * self.INSET)
            wrap = Qt.TextFlag.TextWordWrap
            metrics, bound = QFontMetrics(full.font), 100_000
            name_h = metrics.boundingRect(QRect(0, 0, wrap_width, bound), wrap, full.text).height()
            note_h = (
                QFontMetrics(self._note_font(full))
                .boundingRect(QRect(0, 0, wrap_width, bound), wrap, note)
                .height()
            )
            # What the style adds around the text (the item's padding), taken from its own hint.
            styled = metrics.boundingRect(QRect(0, 0, text.width(), bound), wrap, full.text)
            padding = max(0, size.height() - styled.height())
            size.setHeight(padding + self.INSET + name_h + self.NOTE_GAP + note_h)
        return QSize(min(size.width(), width), size.height())

    def _text_rect(self, opt: QStyleOptionViewItem, index) -> QRect:
        full = QStyleOptionViewItem(opt)
        self.initStyleOption(full, index)
        style = self._tree.style()
        return style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, full, self._tree)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        note = index.data(NOTE_ROLE)
        if not note:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, opt.text = opt.text, ""
        style = self._tree.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self._tree)
        opt.text = name
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, self._tree)
        rect.adjust(self.INSET, self.INSET, -self.INSET, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        wrap = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.save()
        painter.setFont(opt.font)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(text_role))
        used = painter.boundingRect(rect, wrap, name)
        painter.drawText(rect, wrap, name)
        note_rect = QRect(rect)
        note_rect.setTop(used.bottom() + 1 + self.NOTE_GAP)
        painter.setFont(self._note_font(opt))
        painter.setPen(opt.palette.color(text_role) if selected else QColor(MUTED))
        painter.drawText(note_rect, wrap, note)
        painter.restore()


def wrap_rows(tree: QTreeWidget) -> None:
    """Make `tree`'s rows wrap their text at the columns' widths, and re-measure the rows
    whenever a column changes width (Qt keeps the heights it measured first otherwise)."""
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    tree.setTextElideMode(Qt.TextElideMode.ElideNone)
    tree.setItemDelegate(_WrappingDelegate(tree))
    relayout = QTimer(tree)
    relayout.setSingleShot(True)
    relayout.setInterval(0)
    relayout.timeout.connect(tree.doItemsLayout)
    tree.header().sectionResized.connect(lambda *_: relayout.start())


class ScoreCard(QWidget):
    """Both scores, every criterion with earned/lost points and its turns, and three tips."""

    turn_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._payload: dict = {}
        self.words: ScoreTexts = texts("en")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)

        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        words = texts("en")  # until a score arrives with its language
        self.needs_tile = _ScoreTile(words.groups.get("needs", "Needs"))
        self.time_tile = _ScoreTile(words.groups.get("time", "Time"))
        self.overall_tile = _ScoreTile(words.label("overall"))
        for tile in (self.needs_tile, self.time_tile, self.overall_tile):
            tiles.addWidget(tile)
        outer.addLayout(tiles)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self._set_headers(words)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setAlternatingRowColors(False)
        self.tree.setIndentation(12)
        self.tree.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.tree.header()
        # The name (with what happened under it) takes what the numbers leave: the view always
        # fits its width, at the window's minimum size too.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, QFontMetrics(self.tree.font()).horizontalAdvance("#12, #14") + 16)
        header.setMinimumSectionSize(40)
        wrap_rows(self.tree)
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
        self.tips_title = QLabel(words.label("tips_title").upper())
        self.tips_title.setObjectName("SectionTitle")
        self.tips_title.setWordWrap(True)  # the card can be narrower than the heading
        tips_layout.addWidget(self.tips_title)
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

    def _set_headers(self, words: ScoreTexts) -> None:
        self.tree.setHeaderLabels([words.label(k) for k in ("criterion", "points", "turns")])

    def show_score(self, payload: dict, transcript: Transcript | None = None) -> None:
        """Render a score payload (as `score_transcript(...).to_json()` or the store gives it)."""
        self._payload = payload
        words = self.words = card_texts(payload, transcript)
        needs, time = _named(payload, "needs", words), _named(payload, "time", words)
        self.needs_tile.set_score(needs["name"], int(needs.get("score", 0)))
        self.time_tile.set_score(time["name"], int(time.get("score", 0)))
        self.overall_tile.set_score(words.label("overall"), int(payload.get("overall", 0)))
        self._set_headers(words)
        self.tips_title.setText(words.label("tips_title").upper())
        self.tree.clear()
        turns = transcript.turns if transcript is not None else []
        for group in (needs, time):
            self._add_group(group, turns, words)
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
            self.tips_label.setText(words.label("no_tips"))
        self.footer.setText(self._footer_text(payload, words))

    def _add_group(self, group: dict, turns: list, words: ScoreTexts) -> None:
        head = QTreeWidgetItem([f"{group.get('name', '')}  {group.get('score', 0)}/100", "", ""])
        font = QFont(self.tree.font())
        font.setBold(True)
        head.setFont(0, font)
        head.setFirstColumnSpanned(True)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(head)
        for c in group.get("criteria", []):
            applicable = c.get("applicable", True)
            lost = c["max"] - c["score"] if applicable else 0
            points = points_text(c, words.label("na"))
            if lost:
                points += f"  (−{lost})"
            evidence = [int(i) for i in c.get("evidence", [])]
            item = QTreeWidgetItem(
                [
                    c.get("name", c["id"]),
                    points,
                    ", ".join(f"#{i + 1}" for i in evidence),
                ]
            )
            if c.get("note"):
                item.setData(0, NOTE_ROLE, c["note"])
            for column in (1, 2):  # level with the name's first line when the row wraps
                item.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                )
            if not applicable:
                colour = MUTED
            else:
                colour = GREEN if lost == 0 else RED if c["score"] == 0 else AMBER
            item.setForeground(1, QBrush(QColor(colour)))
            item.setData(0, EVIDENCE_ROLE, evidence)
            item.setData(
                0,
                Qt.ItemDataRole.AccessibleTextRole,
                f"{c.get('name')}: {points}. {c.get('note', '')}".strip(),
            )
            for column in range(3):
                item.setToolTip(column, self._tooltip(c, turns, words))
            head.addChild(item)

    @staticmethod
    def _tooltip(c: dict, turns: list, words: ScoreTexts) -> str:
        lines = [f"<b>{_escape(c.get('name', ''))}</b>", _escape(c.get("note", ""))]
        for index, quoted in zip(c.get("evidence", []), c.get("quotes", []), strict=False):
            who = words.label(turns[index].speaker) if index < len(turns) else ""
            quote = _escape(quoted)
            lines.append(words.label("turn_quote", n=index + 1, who=who, quote=quote))
        if c.get("tip"):
            lines.append(f"<i>{words.label('tip', tip=_escape(c['tip']))}</i>")
        return "<br>".join(lines)

    @staticmethod
    def _footer_text(payload: dict, words: ScoreTexts) -> str:
        m = payload.get("metrics") or {}
        parts = []
        if m.get("talk_ratio") is not None:
            parts.append(words.label("talk_share", share=round(100 * m["talk_ratio"])))
        parts.append(words.label("longest", words=m.get("longest_monologue_words", 0)))
        parts.append(words.label("needs_questions", count=m.get("needs_questions", 0)))
        if m.get("words_per_minute"):
            parts.append(words.label("pace", wpm=f"{m['words_per_minute']:.0f}"))
        judge = payload.get("judge")
        text = " · ".join(parts) + "."
        if judge and judge.get("fallback"):
            text += "\n" + words.label("judge_fallback", message=judge.get("message"))
        elif judge:
            n = len(judge.get("disagreements", []))
            text += "\n" + words.label(
                "judge", needs=judge["needs"]["score"], time=judge["time"]["score"]
            )
            text += words.label("judge_disagrees", count=n) if n else words.label("judge_agrees")
        text += "  " + words.label("scorer", version=payload.get("scorer_version", "?"))
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


def _named(payload: dict, key: str, words: ScoreTexts) -> dict:
    """The group with its name in the call's language (an old payload may carry English ones)."""
    group = dict(payload.get(key) or {})
    group["name"] = words.groups.get(key) or group.get("name") or key.capitalize()
    return group


def _escape(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
