"""Who may do what in the Review tab: a trainer reviews, a trainee reads.

A real SQLite file and the real app window (Practice's "Read it" link into Review); the
role on a team server comes from a real PostgreSQL server (see test_team_roles.py).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.test_review_store import make_session, score_payload
from tests.test_team_roles import team  # noqa: F401 (PostgreSQL with a trainee and a trainer)
from trainer.core.persona import load_catalog
from trainer.paths import persona_folders
from trainer.settings import Settings, load_settings, save_role, save_settings
from trainer.store import Store, review
from trainer.ui.app import attach_review
from trainer.ui.main_window import MainWindow
from trainer.ui.review import ReviewWorkspace
from trainer.ui.settings_dialog import SettingsDialog
from trainer.workers.tasks import wait_for_tasks

pytestmark = pytest.mark.gui
WAIT = 10_000


@pytest.fixture
def store(isolated_env):
    opened = Store()
    yield opened
    wait_for_tasks()
    opened.close()


@pytest.fixture
def reviewed_call(store, catalog):
    """Anna's scored call with her trainer's comment and corrected score."""
    sid = make_session(store, catalog, trainee="Anna")
    store.save_score(sid, "auto", "t1", score_payload())
    review.add_comment(store, sid, "Ask about their season first.", 2, author="Tina")
    review.set_override(store, sid, "open_questions", 15, "Turn 3 was open", author="Tina")
    review.set_reviewed(store, sid)
    return sid


def open_call(qtbot, ws, sid):
    with qtbot.waitSignal(ws.session_view.loaded, timeout=WAIT):
        ws.session_view.open_session(sid)
    return ws.session_view


def reviewing_offered(ws) -> dict[str, bool]:
    """Each reviewing control: shown (not hidden, whichever tab is in front) and enabled."""
    view = ws.session_view
    return {
        "override": not view.override_panel.isHidden() and view.override_button.isEnabled(),
        "comment": not view.comment_panel.isHidden() and view.session_comment.isEnabled(),
        "turn comment": not view.turn_comment_panel.isHidden(),
        "reviewed": view.reviewed.isEnabled(),
        "delete": not ws.delete_button.isHidden() and ws.delete_button.isEnabled(),
    }


def make_workspace(qtbot, store, **kwargs) -> ReviewWorkspace:
    ws = ReviewWorkspace(store, **kwargs)
    qtbot.addWidget(ws)
    ws.resize(1100, 760)
    ws.show()
    return ws


def test_read_it_opens_a_read_only_view_for_the_trainee(qtbot, store, reviewed_call):
    save_role("trainee")
    window = MainWindow(store, load_catalog(persona_folders()), load_settings())
    window.confirm_quit = lambda: True
    workspace = ReviewWorkspace(store)
    attach_review(window, workspace)
    qtbot.addWidget(window)
    window.show()
    try:
        hint = window.call_view.feedback_hint
        window.call_view.trainee_combo.setEditText("Anna")
        qtbot.waitUntil(hint.isVisible, timeout=WAIT)
        with qtbot.waitSignal(workspace.session_view.loaded, timeout=WAIT):
            hint.linkActivated.emit("open")
        view = workspace.session_view
        assert workspace.role_line.text().startswith("Trainee: you can read your calls")
        assert not any(reviewing_offered(workspace).values()), reviewing_offered(workspace)
        assert "Only a trainer" in view.reviewed.toolTip()
        assert "Only a trainer" in view.override_button.toolTip()
        # What the trainee came for is all there: the comment, the corrected score, the mark.
        texts = [view.comments.item(i).text() for i in range(view.comments.count())]
        assert any("Ask about their season first." in t for t in texts), texts
        row = view.criteria.findItems("Open questions", Qt.MatchFlag.MatchRecursive)[0]
        assert row.text(2) == "15/20"
        assert view.reviewed.isChecked()
        assert view.turn_label.text() == "Click a turn number to play it."
        # Nothing the trainee does changes the feedback (the keys and slots refuse too).
        view.override_reason.setText("I was great")
        view.apply_override()
        view.reviewed.setChecked(False)
        workspace.delete_sessions([reviewed_call])
        wait_for_tasks()
        feedback = review.feedback_for(store, reviewed_call)
        assert feedback.reviewed and feedback.overrides["open_questions"].score == 15
        assert store.session_ids() == [reviewed_call]
    finally:
        window.shutdown()
        assert wait_for_tasks()


def test_the_trainer_is_told_what_they_may_do_and_may_do_it(qtbot, store, reviewed_call):
    save_role("trainer")
    ws = make_workspace(qtbot, store, author="Tina")
    open_call(qtbot, ws, reviewed_call)
    assert ws.role_line.text() == (
        "Trainer: you can comment, override scores, mark calls reviewed and delete them."
    )
    assert "not a lock" in ws.role_line.toolTip()  # a local file: the app cannot enforce it
    assert not ws.as_trainer.isVisibleTo(ws) and not ws.as_trainee.isVisibleTo(ws)
    offered = reviewing_offered(ws)
    assert offered == {**offered, "comment": True, "turn comment": True, "reviewed": True}
    assert offered["delete"]
    ws.session_view.override_reason.setText("Turn 3 was open after all")
    assert ws.session_view.override_button.isEnabled()


def test_this_computer_says_once_who_uses_it(qtbot, store, reviewed_call):
    ws = make_workspace(qtbot, store)
    other = make_workspace(qtbot, store)  # a second Review (another window) follows too
    open_call(qtbot, ws, reviewed_call)
    assert ws.role.undecided
    assert ws.role_line.text().startswith("Who uses Trainer on this computer?")
    assert ws.as_trainee.isVisibleTo(ws) and ws.as_trainer.isVisibleTo(ws)
    assert not any(reviewing_offered(ws).values())  # read-only until someone says
    ws.as_trainer.click()
    assert load_settings().role == "trainer"
    for shown in (ws, other):
        assert shown.role_line.text().startswith("Trainer: you can comment")
        assert not shown.as_trainer.isVisibleTo(shown)
    assert all(v for k, v in reviewing_offered(ws).items() if k != "override")
    # An older copy of the settings saved later (the Practice tab remembering the persona)
    # does not undo the choice.
    save_settings(Settings(persona="busy-ceo-da"))
    assert load_settings().role == "trainer" and load_settings().persona == "busy-ceo-da"
    # A new window starts in the role chosen.
    again = make_workspace(qtbot, store)
    assert again.role.name == "trainer" and not again.as_trainer.isVisibleTo(again)


def test_settings_change_the_role_of_the_open_review(qtbot, store, reviewed_call):
    save_role("trainer")
    ws = make_workspace(qtbot, store)
    open_call(qtbot, ws, reviewed_call)
    dialog = SettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    assert dialog.role.isEnabled() and dialog.role.currentData() == "trainer"
    assert dialog.role.findData("") == -1  # "not chosen yet" only while it is not
    dialog.role.setCurrentIndex(dialog.role.findData("trainee"))
    dialog.accept()
    assert load_settings().role == "trainee"
    assert ws.role_line.text().startswith("Trainee:")
    assert not any(reviewing_offered(ws).values())


def test_on_a_team_server_the_server_decides(qtbot, team, monkeypatch):  # noqa: F811
    for who, line, reviews in (
        ("Anna", "Trainee: you can read", False),
        ("Tina", "Trainer: you can comment", True),
        ("owner", "Database owner: you can comment", True),
    ):
        ws = make_workspace(qtbot, team[who], role="trainee" if reviews else "trainer")
        assert ws.role_line.text().startswith(line), who  # this computer's choice is ignored
        assert "enforces it" in ws.role_line.toolTip()
        assert not ws.as_trainee.isVisibleTo(ws) and not ws.as_trainer.isVisibleTo(ws)
        assert ws.delete_button.isEnabled() is reviews
        assert ws.session_view.reviewed.isEnabled() is reviews
    url = team["Anna"].url.render_as_string(hide_password=True)
    monkeypatch.setenv("TRAINER_DATABASE_URL", url)
    dialog = SettingsDialog(Settings(role="trainer"))
    qtbot.addWidget(dialog)
    assert not dialog.role.isEnabled()
    assert "server decides" in dialog.role_note.text()
