"""The review list as a Qt model over the database: a window of pages, loaded off the GUI thread.

`rowCount` is the number of matching sessions (one COUNT query), so the scroll bar is right at
once; rows arrive a page at a time when the view first asks for them. Sorting and filtering are
SQL (`trainer.store.review.query_rows`), so 10,000 sessions cost what 200 do. A generation number
drops pages that belong to an older filter or sort.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from trainer.exchange.report import duration_text, local_time
from trainer.store import review
from trainer.ui.review import words
from trainer.ui.style import level_colour
from trainer.workers.tasks import run_task

COLUMNS: list[tuple[str, str]] = [
    ("trainee", QT_TRANSLATE_NOOP("SessionTableModel", "Trainee")),
    ("persona", QT_TRANSLATE_NOOP("SessionTableModel", "Persona")),
    ("started_at", QT_TRANSLATE_NOOP("SessionTableModel", "Date")),
    ("duration", QT_TRANSLATE_NOOP("SessionTableModel", "Duration")),
    ("outcome", QT_TRANSLATE_NOOP("SessionTableModel", "Outcome")),
    ("needs", QT_TRANSLATE_NOOP("SessionTableModel", "Needs")),
    ("time", QT_TRANSLATE_NOOP("SessionTableModel", "Time")),
    ("overall", QT_TRANSLATE_NOOP("SessionTableModel", "Overall")),
    ("reviewed", QT_TRANSLATE_NOOP("SessionTableModel", "Reviewed")),
]
SCORE_COLUMNS = {"needs", "time", "overall"}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ReviewRow, or None while its page loads
PAGE_SIZE = 200
MAX_PAGES = 100
_Index = QModelIndex | QPersistentModelIndex


class SessionTableModel(QAbstractTableModel):
    """Sessions matching a `SessionFilter`, sorted by any column, paged in from the store."""

    ready = Signal(int)  # count and first page are in: the number of matching sessions
    page_loaded = Signal(int)  # page number
    failed = Signal(str)  # one line for the user

    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = review.SessionFilter()
        self._sort, self._descending = "started_at", True
        self._count = 0
        self._pages: OrderedDict[int, list[review.ReviewRow]] = OrderedDict()
        self._inflight: set[int] = set()
        self._generation = 0
        self._loading = False

    # ----------------------------------------------------------------- state

    @property
    def filter(self) -> review.SessionFilter:
        return self._filter

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    @property
    def is_loading(self) -> bool:
        return self._loading

    def set_filter(self, flt: review.SessionFilter) -> None:
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Count and fetch the first page again (after a filter, a sort or an import)."""
        self._generation += 1
        generation, store = self._generation, self._store
        flt, sort, desc = self._filter, self._sort, self._descending
        self._loading = True

        def work() -> tuple[int, list[review.ReviewRow]]:
            count = review.count_rows(store, flt)
            return count, review.query_rows(store, flt, sort, desc, limit=PAGE_SIZE, offset=0)

        run_task(
            work,
            lambda result: self._reset(generation, *result),
            lambda exc: self._failed(generation, exc),
        )

    def _reset(self, generation: int, count: int, first: list[review.ReviewRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._count = count
        self._pages = OrderedDict({0: first})
        self._inflight.clear()
        self.endResetModel()
        self._loading = False
        self.ready.emit(count)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self.failed.emit(self.tr("Cannot read the session list: {error}").format(error=exc))

    def _request(self, page: int) -> None:
        if page in self._inflight:
            return
        self._inflight.add(page)
        generation, store = self._generation, self._store
        flt, sort, desc = self._filter, self._sort, self._descending
        run_task(
            lambda: review.query_rows(
                store, flt, sort, desc, limit=PAGE_SIZE, offset=page * PAGE_SIZE
            ),
            lambda rows: self._page_arrived(generation, page, rows),
            lambda exc: self._failed(generation, exc),
        )

    def _page_arrived(self, generation: int, page: int, rows: list[review.ReviewRow]) -> None:
        if generation != self._generation:
            return
        self._inflight.discard(page)
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE_SIZE
        last = min(self._count, first + PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self.page_loaded.emit(page)

    def row_at(self, row: int) -> review.ReviewRow | None:
        """The loaded row, or None (and its page is requested) while it is still on its way."""
        if row < 0 or row >= self._count:
            return None
        page = self._pages.get(row // PAGE_SIZE)
        if page is None:
            self._request(row // PAGE_SIZE)
            return None
        self._pages.move_to_end(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def row_of(self, session_id: int) -> int | None:
        """Where a loaded session sits in the list, if its page is loaded."""
        for page, rows in self._pages.items():
            for offset, item in enumerate(rows):
                if item.id == session_id:
                    return page * PAGE_SIZE + offset
        return None

    def update_session(self, session_id: int, **changes) -> None:
        """Reflect a change made elsewhere (the reviewed mark) without reloading the list."""
        for page, rows in self._pages.items():
            for offset, item in enumerate(rows):
                if item.id == session_id:
                    rows[offset] = dataclasses.replace(item, **changes)
                    row = page * PAGE_SIZE + offset
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # ----------------------------------------------------------------- Qt model API

    def rowCount(self, parent: _Index | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else self._count

    def columnCount(self, parent: _Index | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("SessionTableModel", COLUMNS[section][1])
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.TextAlignmentRole
            and COLUMNS[section][0] in SCORE_COLUMNS | {"duration", "reviewed"}
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0] if 0 <= column < len(COLUMNS) else "started_at"
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending) and self._pages:
            return
        self._sort, self._descending = key, descending
        self.refresh()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        key = COLUMNS[index.column()][0]
        if role == ROW_ROLE:
            return item
        if item is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            key in SCORE_COLUMNS or key in ("duration", "reviewed")
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key in SCORE_COLUMNS:
            value = getattr(item, key)
            if value is not None:
                return QBrush(QColor(level_colour(value)[0]))
        if role == Qt.ItemDataRole.BackgroundRole and key == "overall" and item.overall is not None:
            return QBrush(QColor(level_colour(item.overall)[1]))
        if role == Qt.ItemDataRole.ToolTipRole:
            line = (
                self.tr("Session {id} · {count} turns · {language} · reviewed")
                if item.reviewed
                else self.tr("Session {id} · {count} turns · {language}")
            )
            return line.format(id=item.id, count=item.turn_count, language=item.language)
        return None

    @staticmethod
    def _display(item: review.ReviewRow, key: str) -> str:
        if key == "trainee":
            return item.trainee
        if key == "persona":
            return item.persona_name
        if key == "started_at":
            return local_time(item.started_at)
        if key == "duration":
            return duration_text(item.duration_seconds)
        if key == "outcome":
            return words.outcome_text(item.outcome, item.agreed_time, short=True)
        if key in SCORE_COLUMNS:
            value = getattr(item, key)
            return "–" if value is None else str(value)
        if key == "reviewed":
            return "✓" if item.reviewed else ""
        return ""
