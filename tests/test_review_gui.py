"""The Review workspace with pytest-qt on 10,000 stored sessions: list, sort, filter, feedback."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from tests.test_review_store import big_db_template  # noqa: F401 (shared 10,000-session file)
from trainer.core.errors import KnownError
from trainer.store import Store, review
from trainer.ui.review import ReviewWorkspace
from trainer.ui.review.session_model import COLUMNS, ROW_ROLE
from trainer.workers.tasks import wait_for_tasks

pytestmark = pytest.mark.gui
WAIT = 20_000


@pytest.fixture
def big_store(big_db_template, tmp_path):  # noqa: F811
    path = tmp_path / "big.sqlite3"
    shutil.copy(big_db_template, path)
    store = Store(f"sqlite:///{path}")
    yield store
    wait_for_tasks()
    store.close()


@pytest.fixture
def workspace(qtbot, big_store):
    ws = ReviewWorkspace(big_store, author="Trainer Kim", role="trainer")
    qtbot.addWidget(ws)
    ws.resize(1200, 800)
    with qtbot.waitSignal(ws.model.ready, timeout=WAIT):
        ws.show()
    yield ws
    wait_for_tasks()


def loaded_rows(ws, n=50):
    rows = [ws.model.index(r, 0).data(ROW_ROLE) for r in range(min(n, ws.model.rowCount()))]
    assert all(r is not None for r in rows)
    return rows


def column(key: str) -> int:
    return [k for k, _ in COLUMNS].index(key)


def test_opens_on_10000_sessions_and_pages_in_the_rest(qtbot, workspace):
    model = workspace.model
    assert model.rowCount() == 10_000
    first = loaded_rows(workspace)
    assert [r.started_at for r in first] == sorted((r.started_at for r in first), reverse=True)
    assert model.index(9_999, 0).data(ROW_ROLE) is None  # not loaded yet, requested now
    with qtbot.waitSignal(model.page_loaded, timeout=WAIT) as blocker:
        model.index(9_999, 0).data()
    assert blocker.args == [9_999 // 200]
    assert model.index(9_999, 0).data(ROW_ROLE) is not None
    qtbot.waitUntil(lambda: "10 000 sessions" in workspace.count_label.text(), timeout=WAIT)


def test_sorting_by_clicking_a_header(qtbot, workspace):
    header = workspace.table.horizontalHeader()
    col = column("overall")
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    with qtbot.waitSignal(workspace.model.ready, timeout=WAIT):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    key, descending = workspace.model.sort_key
    assert key == "overall"
    values = [r.overall for r in loaded_rows(workspace, 200)]
    assert values == sorted(values, reverse=descending)
    with qtbot.waitSignal(workspace.model.ready, timeout=WAIT):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert workspace.model.sort_key == ("overall", not descending)
    values = [r.overall for r in loaded_rows(workspace, 200)]
    assert values == sorted(values, reverse=not descending)


def test_filters_narrow_the_list_in_sql(qtbot, workspace, big_store):
    bar = workspace.filters
    with qtbot.waitSignal(workspace.model.ready, timeout=WAIT):
        qtbot.keyClicks(bar.words, "heard of us")
    expected = review.count_rows(big_store, review.SessionFilter(words="heard of us"))
    assert 0 < workspace.model.rowCount() == expected < 10_000

    qtbot.waitUntil(lambda: bar.trainee.count() > 3, timeout=WAIT)  # names arrive async
    trainee = bar.trainee.itemText(3)
    with qtbot.waitSignal(workspace.model.ready, timeout=WAIT):
        bar.trainee.setCurrentIndex(3)
    rows = loaded_rows(workspace, 20)
    assert rows and {r.trainee for r in rows} == {trainee}
    assert workspace.model.rowCount() == review.count_rows(
        big_store, review.SessionFilter(words="heard of us", trainee=trainee)
    )
    qtbot.waitUntil(lambda: "match" in workspace.count_label.text(), timeout=WAIT)

    with qtbot.waitSignal(workspace.model.ready, timeout=WAIT):
        bar.score_min.setValue(101 - 1)  # overall == 100 only
    assert all(r.overall == 100 for r in loaded_rows(workspace, workspace.model.rowCount()))

    with qtbot.waitSignal(workspace.model.ready, timeout=WAIT):
        qtbot.mouseClick(bar.clear, Qt.MouseButton.LeftButton)
    assert workspace.model.rowCount() == 10_000


def open_first(qtbot, ws):
    with qtbot.waitSignal(ws.session_view.loaded, timeout=WAIT):
        ws.select_row(0)
    return ws.session_view


def test_open_a_session_shows_transcript_evidence_and_scores(qtbot, workspace, big_store):
    view = open_first(qtbot, workspace)
    sid = view.session_id
    transcript = big_store.get_transcript(sid)
    html = view.transcript.toPlainText()
    assert transcript.turns[0].text in html
    payload = big_store.get_score(sid)
    cited = {i for _s, c in review.criteria(payload) for i in c.get("evidence") or []}
    assert cited and set(view.marks) == cited
    assert any(m.lost for m in view.marks.values()) or any(m.earned for m in view.marks.values())
    assert str(payload["overall"]) in view.badges["overall"].text()
    names = [
        view.criteria.topLevelItem(0).child(i).text(0)
        for i in range(view.criteria.topLevelItem(0).childCount())
    ]
    assert names[0] == payload["needs"]["criteria"][0]["name"]


def test_comment_on_a_turn_and_on_the_session(qtbot, workspace, big_store):
    view = open_first(qtbot, workspace)
    assert not view.turn_comment.isEnabled()  # no turn picked yet
    view.select_turn(1)
    qtbot.keyClicks(view.turn_comment, "Good: you let him talk")
    qtbot.mouseClick(view.turn_comment_button, Qt.MouseButton.LeftButton)
    fb = review.feedback_for(big_store, view.session_id)
    assert [(c.text, c.author) for c in fb.turn_comments[1]] == [
        ("Good: you let him talk", "Trainer Kim")
    ]
    assert view.turn_comment.text() == ""
    assert "Good: you let him talk" in view.transcript.toPlainText()

    view.session_comment.setPlainText("Ask one more open question before the next step.")
    qtbot.mouseClick(view.session_comment_button, Qt.MouseButton.LeftButton)
    fb = review.feedback_for(big_store, view.session_id)
    assert [c.text for c in fb.session_comments] == [
        "Ask one more open question before the next step."
    ]
    assert "Comments (2)" in view.tabs.tabText(1)


def test_override_needs_a_reason_and_shows_both_scores(qtbot, workspace, big_store):
    view = open_first(qtbot, workspace)
    sid = view.session_id
    before = big_store.get_score(sid)
    view.override_criterion.setCurrentIndex(0)
    cid = view.override_criterion.currentData()
    auto = review.find_criterion(before, cid)[1]
    new = 0 if auto["score"] else auto["max"]
    view.override_score.setValue(new)
    assert not view.override_button.isEnabled()
    qtbot.mouseClick(view.override_button, Qt.MouseButton.LeftButton)
    assert review.feedback_for(big_store, sid).overrides == {}

    qtbot.keyClicks(view.override_reason, "The prospect asked for it")
    assert view.override_button.isEnabled()
    qtbot.mouseClick(view.override_button, Qt.MouseButton.LeftButton)
    override = review.feedback_for(big_store, sid).overrides[cid]
    assert (override.score, override.auto_score, override.reason) == (
        new,
        auto["score"],
        "The prospect asked for it",
    )
    assert big_store.get_score(sid) == before  # the automatic score is never overwritten
    item = view.criteria.topLevelItem(0).child(0)
    assert item.text(1) == f"{auto['score']}/{auto['max']}"
    assert item.text(2) == f"{new}/{auto['max']}"
    # The totals include the correction everywhere: tiles, list row, score card sub-tab.
    info = big_store.session_info(sid)
    assert info.overall != before["overall"] or info.needs != before["needs"]["score"]
    assert view.badges["needs"].toolTip().endswith(f"automatic: {before['needs']['score']}")
    assert "Totals include the trainer's corrections" in view.metrics.text()
    row = workspace.model.row_of(sid)
    assert workspace.model.index(row, column("overall")).data() == str(info.overall)
    assert workspace.model.index(row, column("needs")).data() == str(info.needs)


def test_mark_reviewed_updates_store_and_list(qtbot, workspace, big_store):
    view = open_first(qtbot, workspace)
    sid = view.session_id
    with qtbot.waitSignal(view.reviewed_changed, timeout=WAIT):
        view.reviewed.click()
    assert big_store.session_info(sid).reviewed is True
    assert workspace.model.index(0, column("reviewed")).data() == "✓"
    with qtbot.waitSignal(workspace.model.ready, timeout=WAIT):
        workspace.filters.reviewed.setCurrentIndex(workspace.filters.reviewed.findData("reviewed"))
    assert workspace.model.rowCount() == 1


def test_progress_chart_and_most_missed(qtbot, workspace, big_store):
    workspace.details.setCurrentIndex(1)
    progress = workspace.progress_view
    qtbot.waitUntil(lambda: progress.trainee.count() > 2, timeout=WAIT)  # names arrive async
    name = progress.trainee.itemText(2)
    with qtbot.waitSignal(progress.loaded, timeout=WAIT):
        progress.trainee.setCurrentIndex(2)
    assert len(progress.points) == review.count_rows(big_store, review.SessionFilter(trainee=name))
    axes = progress.figure.axes[0]
    assert len(axes.lines) == 4  # Needs and Time: points and their moving average
    assert progress.table.topLevelItemCount() == len(review.most_missed(big_store, name, 10))
    with qtbot.waitSignal(progress.loaded, timeout=WAIT):
        progress.last_n.setValue(3)
    assert all(
        int(progress.table.topLevelItem(i).text(3)) <= 3
        for i in range(progress.table.topLevelItemCount())
    )


def test_a_bad_bundle_is_one_red_line(qtbot, workspace, tmp_path):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    with qtbot.waitSignal(workspace.message, timeout=WAIT) as blocker:
        workspace.import_bundle(bad)
    qtbot.waitUntil(lambda: "not a trainer bundle" in workspace.feedback.text(), timeout=WAIT)
    assert "\n" not in workspace.feedback.text()
    assert blocker.args
    assert workspace.model.rowCount() == 10_000


def test_export_selected_and_import_into_another_store(qtbot, workspace, tmp_path):
    workspace.select_row(0)
    workspace.table.selectRow(1)
    workspace.table.selectionModel().select(
        workspace.model.index(0, 0),
        workspace.table.selectionModel().SelectionFlag.Select
        | workspace.table.selectionModel().SelectionFlag.Rows,
    )
    ids = workspace.selected_ids()
    assert len(ids) == 2
    path = tmp_path / "two.zip"
    workspace.export_bundle(path, ids)
    qtbot.waitUntil(lambda: "Exported 2 session(s)" in workspace.feedback.text(), timeout=WAIT)
    other = Store(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    ws2 = ReviewWorkspace(other)
    qtbot.addWidget(ws2)
    with qtbot.waitSignal(ws2.model.ready, timeout=WAIT):
        ws2.import_bundle(path)
    qtbot.waitUntil(lambda: ws2.model.rowCount() == 2, timeout=WAIT)
    assert "Imported 2 session(s)" in ws2.feedback.text()
    wait_for_tasks()
    other.close()


def select_first_two(ws) -> list[int]:
    ws.select_row(0)
    flags = ws.table.selectionModel().SelectionFlag
    ws.table.selectionModel().select(ws.model.index(1, 0), flags.Select | flags.Rows)
    ids = ws.selected_ids()
    assert len(ids) == 2
    return ids


def test_delete_asks_first_then_removes_sessions_with_their_feedback(
    qtbot, workspace, big_store, monkeypatch
):
    view = open_first(qtbot, workspace)
    review.add_comment(big_store, view.session_id, "Good opener.")
    ids = select_first_two(workspace)
    assert view.session_id in ids
    answers, asked = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes], []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    workspace.table.setFocus()
    qtbot.keyClick(workspace.table, Qt.Key.Key_Delete)  # "No": nothing happens
    assert asked and "these 2 sessions" in asked[0]
    assert big_store.session_info(ids[0]).id == ids[0]

    with qtbot.waitSignal(workspace.model.ready, timeout=WAIT):
        qtbot.mouseClick(workspace.delete_button, Qt.MouseButton.LeftButton)  # "Yes"
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 10_000 - 2, timeout=WAIT)
    assert "Deleted 2 session(s)" in workspace.feedback.text()
    for sid in ids:
        with pytest.raises(KnownError):
            big_store.session_info(sid)
    assert review.feedback_for(big_store, ids[0]).is_empty
    assert view.session_id is None  # the open session went with them


def test_a_delete_that_fails_halfway_says_so_and_shows_what_is_left(qtbot, workspace, big_store):
    first, second = select_first_two(workspace)
    big_store.delete_session(second)  # gone meanwhile (another window, the CLI)
    with qtbot.waitSignal(workspace.model.ready, timeout=WAIT):
        workspace.delete_sessions([first, second])
    qtbot.waitUntil(lambda: "Deleted 1 of 2" in workspace.feedback.text(), timeout=WAIT)
    assert str(second) in workspace.feedback.text()
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 10_000 - 2, timeout=WAIT)
    with pytest.raises(KnownError):
        big_store.session_info(first)


def test_delete_refuses_the_call_still_going_on(qtbot, workspace, big_store):
    sid = open_first(qtbot, workspace).session_id
    workspace.session_in_call = lambda: sid
    workspace.delete_sessions([sid])
    assert "hang up first" in workspace.feedback.text()
    wait_for_tasks()
    assert big_store.session_info(sid).id == sid


def test_screenshot_renders(qtbot, workspace, tmp_path):
    open_first(qtbot, workspace)
    image = workspace.grab()
    assert image.width() >= 1000 and not image.isNull()
    assert image.save(str(tmp_path / "review.png"))


def test_a_call_the_filter_leaves_out_is_no_longer_shown(qtbot, workspace):
    open_first(qtbot, workspace)
    shown = workspace.session_view.session_id
    trainee = workspace.model.row_at(0).trainee
    other = next(r.trainee for r in loaded_rows(workspace, 200) if r.trainee != trainee)
    with qtbot.waitSignal(workspace.model.ready, timeout=WAIT):
        workspace.filters.apply(review.SessionFilter(trainee=other))
    assert workspace.model.row_of(shown) is None
    assert workspace.session_view.session_id is None  # the stale call is gone
    # A filter that still lets the call in keeps it open.
    open_first(qtbot, workspace)
    kept = workspace.session_view.session_id
    with qtbot.waitSignal(workspace.model.ready, timeout=WAIT):
        workspace.filters.apply(review.SessionFilter(trainee=other, score_min=0))
    assert workspace.session_view.session_id == kept


def test_an_unscored_call_can_be_scored_from_the_review(qtbot, workspace, big_store, catalog):
    from trainer.core.transcript import Turn

    sid = big_store.start_session("Late Larry", catalog.get("grumpy-ceo-en"), "scripted", None)
    big_store.add_turn(sid, 0, Turn(speaker="prospect", text="Graham."))
    big_store.add_turn(sid, 1, Turn(speaker="trainee", text="Hi, how do you plan routes today?"))
    big_store.end_session(sid, "not_finished")
    view = workspace.session_view
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.open_session(sid)
    assert view.score_button.isVisible() and "not been scored" in view.metrics.text()
    with qtbot.waitSignal(view.scored, timeout=WAIT):
        qtbot.mouseClick(view.score_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.score_button.isVisible(), timeout=WAIT)
    assert big_store.get_score(sid) is not None and big_store.session_info(sid).overall is not None
    assert "Not finished" in view.meta.text()
