"""Python's cycle collector, run on the GUI thread only.

Left to itself the collector runs on whichever thread happens to allocate, often a scoring or
network worker. If it frees a cycle holding a Qt widget there, Qt destroys the widget off its
thread and the app can crash. So the automatic collector is switched off and a GUI-thread timer
collects whenever the allocation counts say Python would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Owns the timer; `install` makes one per application."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(_INTERVAL_MS)
        self._timer.timeout.connect(collect_due)
        self._timer.start()
        parent.destroyed.connect(gc.enable)


def collect_due() -> None:
    """Collect the generations Python would have collected by now (call on the GUI thread)."""
    limits = gc.get_threshold()
    counts = gc.get_count()
    if counts[0] <= limits[0]:
        return
    if counts[1] <= limits[1]:
        gc.collect(0)
    else:
        gc.collect(2 if counts[2] > limits[2] else 1)


def install(app: QObject) -> GuiThreadCollector:
    """Run the cycle collector on `app`'s thread from now on (once per application)."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
