"""A line in the Practice tab telling the trainee their trainer has left feedback.

Trainees read feedback in the Review tab's session view; without this hint they would have to
know to look there. The count is read off the GUI thread, for the name in the trainee box.
"""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from trainer.store import review
from trainer.workers.tasks import run_task

log = logging.getLogger(__name__)
REFRESH_DELAY_MS = 400  # typing a name reads the store once, after the typing pauses


class FeedbackHint(QLabel):
    """'Your trainer left feedback on 2 of your 5 calls. Read it' (hidden when there is none)."""

    open_requested = Signal(str, int)  # trainee, the newest session with feedback

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("FeedbackHint")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.linkActivated.connect(self._open)
        self.trainee = ""
        self.summary: review.TraineeFeedback | None = None
        self._summary_name = ""  # whose calls `summary` counts
        self._request = 0
        self._delay = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._delay.timeout.connect(self.refresh)
        self.hide()

    def show_for(self, trainee: str) -> None:
        """Look up `trainee`'s feedback once the name has stopped changing for a moment."""
        self.trainee = " ".join(trainee.split())
        self._delay.start()

    def refresh(self) -> None:
        self._delay.stop()
        self._request += 1
        request, name, store = self._request, self.trainee, self.store
        if not name:
            self._show(request, name, None)
            return
        run_task(
            lambda: review.trainee_feedback(store, name),
            lambda summary: self._show(request, name, summary),
            lambda exc: self._failed(request, name, exc),
        )

    def _failed(self, request: int, name: str, exc: BaseException) -> None:
        """The hint is a convenience: without the count it stays hidden; the log says why."""
        log.warning("cannot count %s's trainer feedback: %s", name, exc)
        self._show(request, name, None)

    def _show(self, request: int, name: str, summary: review.TraineeFeedback | None) -> None:
        if request != self._request:
            return  # an older look-up; the name has changed since
        self.summary, self._summary_name = summary, name
        if summary is None or not summary.with_feedback:
            self.hide()
            return
        line = (
            self.tr("Your trainer left feedback on your call.")
            if summary.calls == 1
            else self.tr("Your trainer left feedback on {feedback} of your {calls} calls.")
        )
        line = line.format(feedback=summary.with_feedback, calls=summary.calls)
        read = self.tr("Read it")
        self.setText(f"{escape(line, quote=False)} <a href='open'>{escape(read, quote=False)}</a>")
        self.setToolTip(
            self.tr("Opens {name}'s calls with feedback in the Review tab, to read").format(
                name=name
            )
        )
        self.show()

    def _open(self, _link: str) -> None:
        if self.summary is not None and self.summary.newest_id is not None:
            self.open_requested.emit(self._summary_name, self.summary.newest_id)
