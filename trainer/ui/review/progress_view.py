"""A trainee's progress: Needs and Time over their sessions (matplotlib) and what they miss most."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.store import review
from trainer.ui.style import ACCENT, GREEN, MUTED
from trainer.workers.tasks import run_task


def date_label(dates: list, position: float) -> str:
    """The tick under a session: its day ("3 Dec"), nothing between sessions."""
    index = round(position)
    if abs(position - index) > 1e-6 or not 0 <= index < len(dates):
        return ""
    day = dates[index].date()
    return f"{day.day} {day:%b}" if day.year == dates[-1].year else f"{day.day} {day:%b %Y}"


def _canvas():
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(6, 3), dpi=100, layout="constrained")
    return FigureCanvasQTAgg(figure), figure


class ProgressView(QWidget):
    """Pick a trainee and how many recent sessions count; the data comes from a pool thread."""

    loaded = Signal(str)  # trainee

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._request = 0
        self.points: list[review.ProgressPoint] = []
        self.missed: list[review.MissedCriterion] = []

        self.trainee = QComboBox(minimumContentsLength=16)
        self.last_n = QSpinBox()
        self.last_n.setRange(1, 500)
        self.last_n.setValue(10)
        self.last_n.setPrefix("last ")
        self.last_n.setSuffix(self.tr(" sessions"))
        self.summary = QLabel()
        self.summary.setProperty("muted", True)
        self.canvas, self.figure = _canvas()
        self.canvas.setMinimumHeight(220)
        self.table = QTreeWidget()
        self.table.setHeaderLabels(
            [
                self.tr("Missed most often"),
                self.tr("Part"),
                self.tr("Missed"),
                self.tr("Partly"),
                self.tr("Of"),
            ]
        )
        header_item = self.table.headerItem()
        header_item.setToolTip(2, self.tr("Sessions in which the criterion earned no points"))
        header_item.setToolTip(
            3, self.tr("Sessions in which it earned some of its points, not all")
        )
        header_item.setToolTip(4, self.tr("Sessions looked at"))
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Trainee")))
        top.addWidget(self.trainee, 1)
        top.addWidget(QLabel(self.tr("Criteria missed over the")))
        top.addWidget(self.last_n)
        top.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("review_progress")  # the window remembers named splitters
        self.splitter = split
        split.addWidget(self.canvas)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

        self.trainee.currentIndexChanged.connect(lambda _i: self.refresh())
        self.last_n.valueChanged.connect(lambda _v: self.refresh())
        self._draw()

    def set_trainees(self, names: list[str], current: str | None = None) -> None:
        keep = current or self.trainee.currentText()
        self.trainee.blockSignals(True)
        self.trainee.clear()
        self.trainee.addItems(names)
        if keep in names:
            self.trainee.setCurrentText(keep)
        self.trainee.blockSignals(False)
        self.refresh()

    def show_trainee(self, name: str) -> None:
        if self.trainee.findText(name) >= 0:
            self.trainee.setCurrentText(name)

    def refresh(self) -> None:
        name = self.trainee.currentText()
        if not name:
            self.points, self.missed = [], []
            self._draw()
            return
        self._request += 1
        request, store, n = self._request, self._store, self.last_n.value()
        run_task(
            lambda: (review.trainee_progress(store, name), review.most_missed(store, name, n)),
            lambda result: self._loaded(request, name, *result),
            lambda exc: self.summary.setText(
                self.tr("Cannot read the progress: {error}").format(error=exc)
            ),
        )

    def _loaded(self, request: int, name: str, points, missed) -> None:
        if request != self._request:
            return
        self.points, self.missed = points, missed
        self._draw()
        self.table.clear()
        parts = {"needs": self.tr("Needs"), "time": self.tr("Time")}
        for m in missed:
            item = QTreeWidgetItem(
                [
                    m.name,
                    parts.get(m.section, m.section.capitalize()),
                    str(m.missed),
                    str(m.partly),
                    str(m.sessions),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, m.criterion_id)
            for col in (2, 3, 4):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignCenter)
            self.table.addTopLevelItem(item)
        if points:
            first, last = points[0], points[-1]
            self.summary.setText(
                self.tr("{count} scored sessions from {first} to {last}.").format(
                    count=len(points),
                    first=f"{first.started_at.astimezone():%Y-%m-%d}",
                    last=f"{last.started_at.astimezone():%Y-%m-%d}",
                )
            )
        else:
            self.summary.setText(self.tr("{name} has no scored sessions yet.").format(name=name))
        self.loaded.emit(name)

    def _draw(self) -> None:
        """Needs and Time per session, with a moving average so the trend shows through."""
        from matplotlib.ticker import FuncFormatter, MaxNLocator

        fig = self.figure
        fig.clear()
        ax = fig.add_subplot(111)
        ax.set_ylim(0, 100)
        ax.set_ylabel(self.tr("Score"))
        ax.grid(True, alpha=0.3)
        for spine in ("top", "right"):
            ax.spines[spine].set_visible(False)
        if not self.points:
            ax.text(
                0.5,
                0.5,
                self.tr("No scored sessions"),
                ha="center",
                va="center",
                color=MUTED,
                transform=ax.transAxes,
            )
            self.canvas.draw_idle()
            return
        # One step per session (several a day would bunch on a time axis), labelled by date.
        x = list(range(len(self.points)))
        dates = [p.started_at.astimezone() for p in self.points]
        window = max(1, min(10, len(self.points) // 5 or 1))
        for key, label, colour in (
            ("needs", self.tr("Needs"), ACCENT),
            ("time", self.tr("Time"), GREEN),
        ):
            values = [getattr(p, key) for p in self.points]
            ax.plot(x, values, "o", ms=3, alpha=0.35, color=colour)
            smooth = [
                sum(v for v in values[max(0, i - window + 1) : i + 1] if v is not None)
                / max(1, sum(1 for v in values[max(0, i - window + 1) : i + 1] if v is not None))
                for i in range(len(values))
            ]
            shown = (
                self.tr("{part} (average of {count} sessions)").format(part=label, count=window)
                if window > 1
                else label
            )
            ax.plot(x, smooth, "-", lw=2, color=colour, label=shown)
        ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=2, frameon=False, fontsize=8)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=8, integer=True))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: date_label(dates, v)))
        ax.set_xlim(-0.5, len(x) - 0.5)
        self.canvas.draw_idle()
