"""Practice and Review tell the same story: durations, language notes, audio, progress, help."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from tests.test_gui_call import make_window, say, start_call  # noqa: F401 (fixture)
from trainer.exchange.report import duration_text
from trainer.store import Store, review
from trainer.ui import style

pytestmark = pytest.mark.gui


def _seconds(text: str) -> int:
    minutes, seconds = re.search(r"(\d+):(\d\d)", text).groups()
    return int(minutes) * 60 + int(seconds)


def test_a_call_lasts_as_long_in_review_as_the_practice_clock_said(qtbot, make_window):  # noqa: F811
    from trainer.ui.review import ReviewWorkspace

    window = make_window()
    view = window.call_view
    start_call(qtbot, view, persona="grumpy-ceo-en")
    say(qtbot, view, "Hi Larry, Anna from Routia. How do you plan your routes today?")
    # Silence after the last turn still belongs to the call: the clock keeps running.
    qtbot.wait(1300)
    with qtbot.waitSignal(view.scored, timeout=10_000):
        view.hang_up()
    shown = _seconds(view.timer_label.text())
    assert shown >= 1
    assert _seconds(view.outcome_label.text()) == shown

    fresh = Store()  # as the Review tab reads it, after a restart too
    try:
        info = fresh.session_info(view.session_id)
    finally:
        fresh.close()
    assert _seconds(duration_text(info.duration_seconds)) == shown

    workspace = ReviewWorkspace(window.store)
    qtbot.addWidget(workspace)
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1, timeout=10_000)
    listed = workspace.model.index(0, 3).data()
    assert _seconds(listed) == shown
    with qtbot.waitSignal(workspace.session_view.loaded, timeout=10_000):
        workspace.select_row(0)
    assert _seconds(workspace.session_view.meta.text().split(" · ")[1]) == shown


def test_duration_text_counts_whole_seconds_like_the_clock():
    assert duration_text(31.8) == "0:31"
    assert duration_text(59.999) == "0:59"
    assert duration_text(61) == "1:01"
    assert duration_text(None) == "–"


def test_the_english_only_note_follows_the_persona(qtbot, make_window):  # noqa: F811
    from trainer.settings import load_settings

    # The English-only offline recogniser, whose note depends on the call's language.
    window = make_window(load_settings().model_copy(update={"stt_backend": "pocketsphinx"}))
    view, panel = window.call_view, window.voice_panel
    view.persona_combo.setCurrentIndex(view.persona_combo.findData("grumpy-ceo-sv"))
    assert "not in English" in (panel._note or "")
    view.persona_combo.setCurrentIndex(view.persona_combo.findData("grumpy-ceo-en"))
    assert "not in English" not in (panel._note or "")
    assert "not in English" not in panel.status.text()
    view.persona_combo.setCurrentIndex(view.persona_combo.findData("busy-ceo-da"))
    assert "not in English" in (panel._note or "")


def test_play_is_offered_only_for_turns_with_kept_audio(qtbot, make_window):  # noqa: F811
    from trainer.ui.review import ReviewWorkspace
    from trainer.voice.storage import save_turn_audio

    window = make_window()
    view = window.call_view
    start_call(qtbot, view, persona="grumpy-ceo-en")
    say(qtbot, view, "Hi Larry, Anna from Routia.")
    with qtbot.waitSignal(view.scored, timeout=10_000):
        view.hang_up()
    save_turn_audio(view.session_id, 0, "prospect", np.zeros(800, np.float32), 16000)
    workspace = ReviewWorkspace(window.store)
    qtbot.addWidget(workspace)
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1, timeout=10_000)
    session = workspace.session_view
    with qtbot.waitSignal(session.loaded, timeout=10_000):
        workspace.select_row(0)
    assert not session.play_button.isEnabled()  # no turn picked yet
    session.select_turn(0)
    assert session.play_button.isEnabled()
    session.select_turn(1)  # the trainee's typed line: nothing was recorded
    assert session.selected_turn == 1
    assert not session.play_button.isEnabled()
    assert "No audio" in session.play_button.toolTip()


def _criterion(cid: str, score: int, top: int, applicable: bool = True) -> dict:
    return {
        "id": cid,
        "name": cid.replace("_", " ").capitalize(),
        "score": score,
        "max": top,
        "applicable": applicable,
        "evidence": [],
        "quotes": [],
        "note": "",
        "tip": "",
    }


def test_missed_means_no_points_and_partly_earned_is_counted_apart(catalog):
    store = Store()
    try:
        persona = catalog.get("grumpy-ceo-en")
        for _ in range(2):
            sid = store.start_session("Anna", persona, "scripted", None)
            store.end_session(sid, "ended")
            store.save_score(
                sid,
                "auto",
                "t1",
                {
                    "needs": {
                        "score": 30,
                        "criteria": [
                            _criterion("open_questions", 5, 20),  # partly
                            _criterion("next_step", 0, 20),  # missed
                            _criterion("hidden_needs", 20, 20),  # earned
                            _criterion("behind_no", 15, 15, applicable=False),  # no occasion
                        ],
                    },
                    "time": {"score": 50, "criteria": [_criterion("reason_early", 0, 15)]},
                    "overall": 40,
                    "tips": [],
                },
            )
        found = {m.criterion_id: m for m in review.most_missed(store, "Anna", 10)}
    finally:
        store.close()
    assert set(found) == {"open_questions", "next_step", "reason_early"}
    assert (found["next_step"].missed, found["next_step"].partly) == (2, 0)
    assert (found["open_questions"].missed, found["open_questions"].partly) == (0, 2)
    assert found["open_questions"].sessions == 2


def test_progress_chart_reads_dates_and_plain_legends(qtbot):
    from datetime import UTC, datetime

    from trainer.ui.review.progress_view import ProgressView

    view = ProgressView(store=None)
    qtbot.addWidget(view)
    view.points = [
        review.ProgressPoint(
            session_id=i,
            started_at=datetime(2026, 12, 1 + i // 2, 9, 30 + i, 5, tzinfo=UTC),
            needs=40 + i,
            time=60,
            overall=50,
        )
        for i in range(4)
    ]
    view._draw()
    view.canvas.draw()
    axes = view.figure.axes[0]
    legend = [t.get_text() for t in axes.get_legend().get_texts()]
    assert legend == ["Needs", "Time"]  # four sessions: no average to speak of
    ticks = [t.get_text() for t in axes.get_xticklabels() if t.get_text()]
    assert ticks and all(":" not in t for t in ticks)
    assert "1 Dec" in ticks and "2 Dec" in ticks
    view.points = view.points * 3  # twelve sessions: averaged over two
    view._draw()
    legend = [t.get_text() for t in view.figure.axes[0].get_legend().get_texts()]
    assert legend == ["Needs (average of 2 sessions)", "Time (average of 2 sessions)"]


def test_help_has_a_guide_to_scores_keys_and_data(qtbot, make_window, isolated_env):  # noqa: F811
    window = make_window()
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()[-1].menu().actions()]
    assert titles[0] == "Guide" and "About" in titles
    dialog = window.open_guide()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    keys = ("Ctrl+H", "Ctrl+Enter", "Space", "Ctrl+P", "Ctrl+I", "Ctrl+Z", "Ctrl+D")
    for words in ("Needs", "Time", "n/a", *keys, "TRAINER_DATA_DIR"):
        assert words in text, words
    assert str(isolated_env) in text


def test_style_sheet_draws_its_own_arrows():
    urls = re.findall(r"url\(([^)]+)\)", style.STYLESHEET)
    assert urls and all(Path(u).is_file() for u in urls)
    for rule in ("QComboBox::down-arrow", "QSpinBox::up-arrow", "QSpinBox::down-arrow"):
        assert rule in style.STYLESHEET
    drop_down = style.STYLESHEET.split("QComboBox::drop-down")[1].split("}")[0]
    assert "border: none" in drop_down
