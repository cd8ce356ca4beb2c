"""The trainee finds their trainer's feedback from the Practice tab: a real store, the real app
window with its Review tab."""

from __future__ import annotations

import pytest

from trainer.core.persona import load_catalog
from trainer.core.transcript import Turn
from trainer.paths import persona_folders
from trainer.settings import load_settings
from trainer.store import Store, review
from trainer.ui.app import attach_review
from trainer.ui.main_window import MainWindow
from trainer.ui.review import ReviewWorkspace
from trainer.workers.tasks import wait_for_tasks

pytestmark = pytest.mark.gui
WAIT = 10_000


@pytest.fixture
def store(isolated_env):
    opened = Store()
    yield opened
    opened.close()


@pytest.fixture
def app_window(qtbot, store):
    """Practice and Review as the app puts them together."""
    catalog = load_catalog(persona_folders())
    window = MainWindow(store, catalog, load_settings())
    window.confirm_quit = lambda: True  # pytest-qt closes the window; no question mid-call
    workspace = ReviewWorkspace(store)
    attach_review(window, workspace)
    qtbot.addWidget(window)
    window.show()
    yield window, workspace
    window.shutdown()
    assert wait_for_tasks()


def stored_call(store: Store, trainee: str) -> int:
    persona = load_catalog(persona_folders()).get("grumpy-ceo-en")
    sid = store.start_session(trainee, persona, "scripted", None)
    lines = ["Hi Larry, Anna from Routia, I'll be brief.", "Go on.", "How do you plan routes?"]
    for i, text in enumerate(lines):
        speaker = "trainee" if i % 2 == 0 else "prospect"
        store.add_turn(sid, i, Turn(speaker=speaker, text=text, start=i * 2.0, end=i * 2.0 + 1))
    store.end_session(sid, "ended")
    return sid


def test_hint_leads_the_trainee_to_the_feedback(qtbot, app_window, store):
    window, workspace = app_window
    hint = window.call_view.feedback_hint
    first, commented, _plain = (stored_call(store, "Anna") for _ in range(3))
    stored_call(store, "Bo")
    review.add_comment(store, commented, "Ask about their season before the meeting.", 2)

    window.call_view.trainee_combo.setEditText("Anna")
    qtbot.waitUntil(hint.isVisible, timeout=WAIT)
    assert "feedback on 1 of your 3 calls" in hint.text()

    review.add_comment(store, first, "Good opener.")  # a trainer reviews meanwhile
    window.tabs.setCurrentWidget(workspace)
    window.tabs.setCurrentWidget(window.call_view)  # back on Practice: counted again
    qtbot.waitUntil(lambda: "feedback on 2 of your 3 calls" in hint.text(), timeout=WAIT)

    with qtbot.waitSignal(workspace.session_view.loaded, timeout=WAIT) as opened:
        hint.linkActivated.emit("open")
    assert window.tabs.currentWidget() is workspace
    assert opened.args == [commented]  # the newest call with feedback
    view = workspace.session_view
    texts = [view.comments.item(i).text() for i in range(view.comments.count())]
    assert any("Ask about their season" in t for t in texts), texts
    # the list shows only Anna's calls with feedback
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 2, timeout=WAIT)
    assert workspace.filters.current() == review.SessionFilter(trainee="Anna", has_feedback=True)
    assert workspace.filters.reviewed.currentText() == "With trainer feedback"


def test_hint_stays_hidden_without_feedback_and_for_a_new_name(qtbot, app_window, store):
    window, _workspace = app_window
    hint = window.call_view.feedback_hint
    stored_call(store, "Anna")
    window.call_view.trainee_combo.setEditText("Anna")
    qtbot.waitUntil(lambda: hint.summary is not None, timeout=WAIT)
    assert hint.summary == review.TraineeFeedback(1, 0, None) and not hint.isVisible()

    window.call_view.trainee_combo.setEditText("Somebody New")
    qtbot.waitUntil(lambda: hint.summary == review.TraineeFeedback(0, 0, None), timeout=WAIT)
    assert not hint.isVisible()
