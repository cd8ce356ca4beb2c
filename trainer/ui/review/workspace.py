"""The Review tab: filter, sort and open stored sessions; feedback, progress, export and import."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trainer.core.errors import KnownError
from trainer.store import review
from trainer.ui.review.filter_bar import FilterBar
from trainer.ui.review.progress_view import ProgressView
from trainer.ui.review.roles import TRAINEE, TRAINER, choose, chosen_role, role_changes, role_for
from trainer.ui.review.session_model import COLUMNS, ROW_ROLE, SessionTableModel
from trainer.ui.review.session_view import SessionView
from trainer.ui.style import MUTED, RED, repolish
from trainer.workers.tasks import run_task

COLUMN_WIDTHS = {
    "trainee": 130,
    "persona": 120,
    "started_at": 128,
    "duration": 64,
    "outcome": 185,
    "needs": 56,
    "time": 56,
    "overall": 64,
    "reviewed": 72,
}


class ReviewWorkspace(QWidget):
    """What a trainer works in. Give it the app's Store; it reads everything off the GUI thread."""

    message = Signal(str)  # one line about the last export/import

    def __init__(
        self,
        store,
        parent: QWidget | None = None,
        author: str = "",
        role: str | None = None,
    ) -> None:
        """`role` is this computer's choice for its own database ("trainee" or "trainer"; by
        default the one in the settings); a team's server decides for itself."""
        super().__init__(parent)
        self.store = store
        self.role = role_for(store, chosen_role() if role is None else role)
        self.model = SessionTableModel(store, self)
        self.filters = FilterBar()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        for col, (key, _title) in enumerate(COLUMNS):
            header.resizeSection(col, COLUMN_WIDTHS.get(key, 90))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)

        self.count_label = QLabel(self.tr("Loading sessions…"))
        self.count_label.setProperty("muted", True)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import a bundle exported by another installation"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr("Save the selected sessions as a bundle for another installation")
        )
        self.with_audio = QCheckBox(self.tr("audio"))
        self.with_audio.setToolTip(
            self.tr("Export: include the kept audio of each turn in the bundle")
        )
        self.csv_button = QPushButton(self.tr("CSV…"))
        self.csv_button.setToolTip(self.tr("Save every session that matches the filters as CSV"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        # Who you are and what you may do, over everything else; while this computer has not
        # said, two buttons to say it.
        self.role_line = QLabel(wordWrap=True)
        self.role_line.setObjectName("RoleLine")
        self.role_line.setTextFormat(Qt.TextFormat.PlainText)
        self.as_trainee = QPushButton(self.tr("I practise (trainee)"))
        self.as_trainer = QPushButton(self.tr("I review calls (trainer)"))
        self.as_trainee.clicked.connect(lambda: self._choose(TRAINEE))
        self.as_trainer.clicked.connect(lambda: self._choose(TRAINER))
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # only while the list has focus
        delete_key.activated.connect(self._delete_dialog)
        # The session the Practice tab is recording, which must not vanish under it.
        self.session_in_call: Callable[[], int | None] = lambda: None

        self.session_view = SessionView(store, author=author, can_review=self.role.can_review)
        self._progress: ProgressView | None = None  # built when first shown (matplotlib is slow)
        self._trainees: list[str] = []
        self._progress_holder = QWidget()
        QVBoxLayout(self._progress_holder).setContentsMargins(0, 0, 0, 0)
        self.details = QTabWidget()
        self.details.setDocumentMode(True)
        self.details.addTab(self.session_view, self.tr("Session"))
        self.details.addTab(self._progress_holder, self.tr("Progress"))
        self.details.currentChanged.connect(self._tab_changed)

        # The count and the actions on the list sit under it: beside the filters they did not
        # fit the window's minimum width.
        actions = QHBoxLayout()
        actions.setSpacing(6)
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.with_audio)
        actions.addWidget(self.csv_button)
        actions.addWidget(self.delete_button)
        top = QWidget()
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addWidget(self.filters)
        tv.addWidget(self.table, 1)
        tv.addLayout(actions)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("review")  # the window remembers named splitters
        self.splitter = split
        split.addWidget(top)
        split.addWidget(self.details)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([250, 510])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        role_bar = QHBoxLayout()
        role_bar.addWidget(self.role_line, 1)
        role_bar.addWidget(self.as_trainee)
        role_bar.addWidget(self.as_trainer)
        layout.addLayout(role_bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.feedback)

        self.filters.filter_changed.connect(self.model.set_filter)
        self.model.ready.connect(self._ready)
        self.model.failed.connect(self._say_error)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.page_loaded.connect(self._page_loaded)
        self.session_view.reviewed_changed.connect(
            lambda sid, on: self.model.update_session(sid, reviewed=on)
        )
        self.session_view.totals_changed.connect(
            lambda sid, n, t, o: self.model.update_session(sid, needs=n, time=t, overall=o)
        )
        self.session_view.report_requested.connect(self._report_dialog)
        self.import_button.clicked.connect(self._import_dialog)
        self.export_button.clicked.connect(self._export_dialog)
        self.csv_button.clicked.connect(self._csv_dialog)
        self.delete_button.clicked.connect(self._delete_dialog)
        self._pending_open: int | None = None
        self._total: int | None = None
        role_changes().changed.connect(self._role_chosen)
        self._apply_role()
        self.reload()

    # ----------------------------------------------------------------- role

    def _apply_role(self) -> None:
        """Say who is here and offer only what they may do."""
        role = self.role
        self.role_line.setText(role.line())
        self.role_line.setToolTip(role.where())
        self.role_line.setProperty("undecided", role.undecided)
        repolish(self.role_line)
        for button in (self.as_trainee, self.as_trainer):
            button.setVisible(role.undecided)
        self.delete_button.setEnabled(role.can_review)
        self.delete_button.setVisible(role.can_review)
        self.delete_button.setToolTip(
            self.tr(
                "Delete the selected sessions with their scores, feedback and audio (Del in "
                "the list)"
            )
            if role.can_review
            else self.tr("Only a trainer can delete calls")
        )
        self.session_view.set_can_review(role.can_review)

    def _choose(self, role: str) -> None:
        try:
            choose(role)  # every open view follows through _role_chosen
        except OSError as exc:
            self._say_error(self.tr("Cannot keep the role: {error}").format(error=exc))

    def _role_chosen(self, role: str) -> None:
        if not self.role.on_server:
            self.role = role_for(self.store, role)
            self._apply_role()

    @property
    def progress_view(self) -> ProgressView:
        """The Progress tab's content, created on first use."""
        if self._progress is None:
            self._progress = ProgressView(self.store)
            self._progress_holder.layout().addWidget(self._progress)
            self._progress.set_trainees(self._trainees, self._current_trainee())
            window = self.window()
            if hasattr(window, "restore_splitters"):  # built after the window restored its own
                window.restore_splitters(self._progress)
        return self._progress

    def _tab_changed(self, index: int) -> None:
        if self.details.widget(index) is self._progress_holder:
            self.progress_view  # noqa: B018 (creates it)

    def _current_trainee(self) -> str | None:
        item = self.table.currentIndex().data(ROW_ROLE)
        return item.trainee if item is not None else None

    # ----------------------------------------------------------------- list

    def reload(self) -> None:
        """Read the list (and the filter choices) again, e.g. after an import."""
        store = self.store
        run_task(
            lambda: (store.trainees(), review.distinct_personas(store), review.count_rows(store)),
            self._choices,
            lambda exc: self._say_error(
                self.tr("Cannot read the sessions: {error}").format(error=exc)
            ),
        )
        self.model.refresh()

    def _choices(self, result) -> None:
        trainees, personas, total = result
        self._total = total
        self._trainees = trainees
        self.filters.set_choices(trainees, personas)
        if self._progress is not None:
            self._progress.set_trainees(trainees)
        self._update_count()

    def _ready(self, _count: int) -> None:
        self._update_count()
        if self._pending_open is not None:
            self.select_session(self._pending_open)
        else:
            self._drop_filtered_out()

    def _drop_filtered_out(self) -> None:
        """The call shown below the list goes when the filter no longer lets it in the list."""
        shown = self.session_view.session_id
        if shown is None or self.model.row_of(shown) is not None:
            return
        try:
            still = review.count_rows(self.store, replace(self.model.filter, ids=(shown,)))
        except KnownError:
            return
        if not still:
            self.session_view.clear()

    def _update_count(self) -> None:
        if self.model.is_loading:
            return
        shown, total = self.model.rowCount(), self._total
        one = (total if total is not None else shown) == 1
        if total is None or self.model.filter.is_empty:
            line = self.tr("{shown} session") if one else self.tr("{shown} sessions")
        else:
            line = (
                self.tr("{shown} of {total} session match")
                if one
                else self.tr("{shown} of {total} sessions match")
            )
        self.count_label.setText(
            line.format(
                shown=f"{shown:,}".replace(",", " "), total=f"{total or 0:,}".replace(",", " ")
            )
        )

    def _page_loaded(self, _page: int) -> None:
        if self._pending_open is not None:
            self.select_session(self._pending_open)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = []
        for row in rows:
            item = self.model.row_at(row)
            if item is not None:
                ids.append(item.id)
        return ids

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def select_session(self, session_id: int) -> None:
        """Select a session in the list if it is loaded; open it in the session view anyway."""
        row = self.model.row_of(session_id)
        self._pending_open = None
        if row is not None:
            self.select_row(row)
        else:
            self.session_view.open_session(session_id)

    def show_feedback(self, trainee: str, session_id: int) -> None:
        """A trainee's calls that have their trainer's feedback, `session_id` open."""
        self._pending_open = session_id
        self.filters.apply(review.SessionFilter(trainee=trainee, has_feedback=True))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = current.data(ROW_ROLE) if current.isValid() else None
        if item is None:
            return
        self.details.setCurrentWidget(self.session_view)
        self.session_view.open_session(item.id)
        if self._progress is not None:
            self._progress.show_trainee(item.trainee)

    # ----------------------------------------------------------------- messages

    def _say(self, text: str) -> None:
        self.feedback.setStyleSheet(f"color: {MUTED};")
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))
        self.message.emit(text)

    def _say_error(self, text: str) -> None:
        self.feedback.setStyleSheet(f"color: {RED};")
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))
        self.message.emit(text)

    def _background(self, work, done_text) -> None:
        """Run an export/import off the GUI thread; a KnownError is one red line."""
        self._say(self.tr("Working…"))

        def done(result) -> None:
            self._say(done_text(result))

        def failed(exc: BaseException) -> None:
            text = str(exc) if isinstance(exc, KnownError) else f"{exc.__class__.__name__}: {exc}"
            self._say_error(text)

        run_task(work, done, failed)

    # ----------------------------------------------------------------- exchange

    def export_bundle(self, path: str | Path, ids: list[int], with_audio: bool = False) -> None:
        from trainer.exchange.bundle import export_bundle

        store = self.store
        self._background(
            lambda: export_bundle(store, ids, path, with_audio),
            lambda r: self.tr("Exported {count} session(s) to {path}.").format(
                count=r.sessions, path=r.path
            ),
        )

    def import_bundle(self, path: str | Path) -> None:
        from trainer.exchange.bundle import import_bundle

        store = self.store

        def done(result) -> str:
            self.reload()
            return self.tr(
                "Imported {count} session(s) from {file}; {skipped} were already here."
            ).format(count=len(result.imported), file=Path(path).name, skipped=len(result.skipped))

        self._background(lambda: import_bundle(store, path), done)

    def export_csv(self, path: str | Path) -> None:
        from trainer.exchange.csv_export import write_csv

        store, flt = self.store, self.model.filter
        sort, desc = self.model.sort_key
        self._background(
            lambda: write_csv(store, path, flt, sort, desc),
            lambda n: self.tr("Saved {count} session(s) to {path}.").format(count=n, path=path),
        )

    def export_report(self, path: str | Path, ids: list[int]) -> None:
        """HTML or PDF by the file's extension, read, laid out and written off the GUI thread
        (Qt's text layout and PDF writer work in any thread)."""
        from trainer.exchange import report

        path = Path(path)
        write = report.write_pdf if path.suffix.lower() == ".pdf" else report.write_html
        store = self.store
        self._background(
            lambda: write(store, ids, path),
            lambda p: self.tr("Saved the report to {path}.").format(path=p),
        )

    def delete_sessions(self, ids: list[int]) -> None:
        """Remove sessions for good (turns, scores, feedback, kept audio), off the GUI thread."""
        if not self.role.can_review:
            self._say_error(self.tr("Only a trainer can delete calls."))
            return
        busy = self.session_in_call()
        if busy in ids:
            self._say_error(
                self.tr("That call is still going on in the Practice tab: hang up first.")
            )
            return
        store = self.store

        def work() -> tuple[list[int], str | None]:
            deleted: list[int] = []
            for sid in ids:
                try:
                    store.delete_session(sid)
                except KnownError as exc:  # e.g. the database is locked: stop, say so
                    return deleted, str(exc)
                deleted.append(sid)
            return deleted, None

        def done(result: tuple[list[int], str | None]) -> None:
            deleted, problem = result
            if self.session_view.session_id in deleted:
                self.session_view.clear()
            self.reload()  # the list shows what is really left, after a failure too
            if problem:
                self._say_error(
                    self.tr("Deleted {count} of {total} session(s): {error}").format(
                        count=len(deleted), total=len(ids), error=problem
                    )
                )
            else:
                self._say(self.tr("Deleted {count} session(s).").format(count=len(deleted)))

        run_task(
            work,
            done,
            lambda exc: self._say_error(self.tr("Cannot delete: {error}").format(error=exc)),
        )

    def _delete_dialog(self) -> None:
        if not self.delete_button.isEnabled():  # the Del key too
            return
        ids = self.selected_ids()
        if not ids:
            self._say_error(self.tr("Select one or more sessions in the list first."))
            return
        question = (
            self.tr(
                "Delete this session for good? Transcripts, scores, trainer feedback and kept "
                "audio go with them. Export a bundle first to keep a copy."
            )
            if len(ids) == 1
            else self.tr(
                "Delete these {count} sessions for good? Transcripts, scores, trainer feedback "
                "and kept audio go with them. Export a bundle first to keep a copy."
            ).format(count=len(ids))
        )
        answer = QMessageBox.question(
            self,
            self.tr("Delete sessions"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_sessions(ids)

    def _import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import sessions"),
            "",
            self.tr("Trainer bundles (*.zip);;All files (*)"),
        )
        if name:
            self.import_bundle(name)

    def _export_dialog(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self._say_error(self.tr("Select one or more sessions in the list first."))
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export sessions"),
            f"sessions-{len(ids)}.zip",
            self.tr("Trainer bundles (*.zip)"),
        )
        if name:
            self.export_bundle(name, ids, self.with_audio.isChecked())

    def _csv_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save list as CSV"), "sessions.csv", "CSV (*.csv)"
        )
        if name:
            self.export_csv(name)

    def _report_dialog(self, session_id: int | None) -> None:
        ids = self.selected_ids() or ([session_id] if session_id else [])
        if not ids:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), f"session-{ids[0]}.pdf", "PDF (*.pdf);;HTML (*.html)"
        )
        if name:
            self.export_report(name, ids)
