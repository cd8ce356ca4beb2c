"""The trainer's feedback inside the trainee's own session view (read-only, hides when empty).

The call window embeds `FeedbackSummary(store)` and calls `show_session(session_id)`; reading
happens on a pool thread like every other database read in the UI.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from trainer.exchange import report
from trainer.store import review
from trainer.workers.tasks import run_task


class FeedbackSummary(QWidget):
    """'From your trainer': comments, overridden scores with their reasons, the reviewed mark."""

    loaded = Signal(int, bool)  # session id, whether there is any feedback

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._request = 0
        title = QLabel("FROM YOUR TRAINER")
        title.setObjectName("SectionTitle")
        self.text = QTextBrowser(openExternalLinks=False)
        self.text.setMinimumHeight(80)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_session(self, session_id: int) -> None:
        self._request += 1
        request, store = self._request, self._store

        def work() -> str:
            fb = review.feedback_for(store, session_id)
            return report.feedback_html(
                fb, store.get_transcript(session_id), store.get_score(session_id, "auto")
            )

        run_task(work, lambda html: self._show(request, session_id, html))

    def _show(self, request: int, session_id: int, html: str) -> None:
        if request != self._request:
            return
        self.text.setHtml(html)
        self.setVisible(bool(html))
        self.loaded.emit(session_id, bool(html))
