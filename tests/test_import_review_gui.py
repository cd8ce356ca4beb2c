"""The review shows when an imported call's sender claimed other totals than the score here."""

from __future__ import annotations

import pytest

from tests.support.bundles import record, write_bundle
from trainer.exchange import bundle
from trainer.store import Store
from trainer.ui.review.workspace import ReviewWorkspace
from trainer.workers.tasks import wait_for_tasks

pytestmark = pytest.mark.gui
WAIT = 20_000


def test_review_labels_a_rescored_import(qtbot, tmp_path):
    store = Store()
    rec = record(trainee="<img src=x onerror=alert(1)>")
    bundle.import_bundle(store, write_bundle(tmp_path / "hi.zip", [rec]))
    ws = ReviewWorkspace(store, author="Trainer Kim")
    qtbot.addWidget(ws)
    with qtbot.waitSignal(ws.model.ready, timeout=WAIT):
        ws.show()
    try:
        with qtbot.waitSignal(ws.session_view.loaded, timeout=WAIT):
            ws.select_row(0)
        view = ws.session_view
        assert view.sender_note.isVisibleTo(ws)
        assert "sender's score was Needs 100  Time 100  Overall 100" in view.sender_note.text()
        assert view.title.text().startswith("<img")  # shown as text, not rendered
    finally:
        wait_for_tasks()
        store.close()
