"""The window's layout from its minimum size up: nothing cut, nothing overlapping, remembered."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.test_gui_call import make_window, say, start_call  # noqa: F401 (fixture)
from trainer.ui import style
from trainer.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

SIZES = [(900, 600), (1100, 720)]
LINES = [
    "Hi Larry, Anna from Routia. I hear you are on your way into a meeting, so I'll be brief.",
    "How do you plan your routes today when it is peak season?",
]


@pytest.fixture(autouse=True)
def styled():
    """The app's own stylesheet: its paddings are what made widgets too small."""
    app = QApplication.instance()
    before = app.styleSheet()
    style.apply(app)
    yield
    app.setStyleSheet(before)


def play_call(qtbot, window: MainWindow, persona: str = "grumpy-ceo-en") -> None:
    """A short offline call, hung up and scored, its card on screen."""
    view = window.call_view
    start_call(qtbot, view, persona=persona)
    for line in LINES:
        if view.in_call():
            say(qtbot, view, line)
    with qtbot.waitSignal(view.scored, timeout=10_000):
        if view.in_call():
            view.hang_up()
    qtbot.waitUntil(lambda: view._score_card is not None, timeout=5_000)


def settle(qtbot, window: MainWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size, timeout=2_000)
    qtbot.wait(50)  # the criteria rows re-measure on the next turn of the event loop
    QApplication.processEvents()


def assert_fits(widget: QWidget) -> None:
    """The widget has the room its content asks for (its words are not cut)."""
    hint = widget.sizeHint()
    if isinstance(widget, QLabel) and widget.wordWrap():
        assert widget.height() >= widget.heightForWidth(widget.width()), widget.text()
        return
    assert widget.width() >= hint.width(), (widget, widget.width(), hint.width())
    assert widget.height() >= hint.height(), (widget, widget.height(), hint.height())


@pytest.mark.parametrize("size", SIZES)
def test_score_card_fits_without_horizontal_scrolling(qtbot, make_window, size):  # noqa: F811
    window = make_window()
    play_call(qtbot, window)
    settle(qtbot, window, size)
    view = window.call_view
    card = view._score_card
    tree = card.tree
    assert tree.horizontalScrollBar().maximum() == 0
    assert not tree.horizontalScrollBar().isVisible()
    header = tree.header()
    total = sum(header.sectionSize(c) for c in range(header.count()))
    assert total <= tree.viewport().width()
    # Every row is as tall as its wrapped name and note ask.
    for item in card.criterion_items():
        rect = tree.visualItemRect(item)
        hint = tree.sizeHintForIndex(tree.indexFromItem(item, 0))
        assert rect.height() >= hint.height() - 1, item.text(0)
    for widget in (
        view.outcome_label,
        card.tips_title,
        card.tips_label,
        window.voice_panel.talk_button,
        view.exam_check,
        view.hangup_button,
        view.call_button,
    ):
        assert_fits(widget)


@pytest.mark.parametrize("size", SIZES)
def test_persona_tags_do_not_overlap_after_two_calls(qtbot, make_window, size):  # noqa: F811
    window = make_window()
    play_call(qtbot, window)
    play_call(qtbot, window)
    settle(qtbot, window, size)
    card = window.call_view.card
    pills = [card.pills.itemAt(i).widget() for i in range(card.pills.count())]
    assert len(pills) == 3
    for pill in pills:
        assert pill.isVisible()
        assert_fits(pill)
        assert card.contentsRect().contains(pill.geometry())  # inside the card, not cut at its edge
    for a, b in zip(pills, pills[1:], strict=False):
        assert not a.geometry().intersects(b.geometry()), (a.text(), b.text())
    # The situation and brief scroll when short of room rather than overlap.
    body = card.body.widget()
    assert body.height() >= body.heightForWidth(body.width()) or body.height() >= (
        body.sizeHint().height()
    )


def test_size_and_splitters_are_remembered(qtbot, make_window):  # noqa: F811
    window = make_window()
    # Not the default 1100 x 720; and no wider than the offscreen screen (800 x 800) allows,
    # beyond the window's minimum width.
    window.resize(900, 650)
    qtbot.waitUntil(lambda: window.height() == 650)
    play_call(qtbot, window)
    splitter = window.call_view.splitter
    splitter.setSizes([300, 300, 368])
    splitter.splitterMoved.emit(300, 1)  # as a drag of the handle reports it
    scored = splitter.sizes()
    window.close()

    again = make_window()
    assert (again.width(), again.height()) == (900, 650)
    play_call(qtbot, again)
    assert again.call_view.splitter.sizes() == scored


def test_review_splitters_are_remembered(qtbot, make_window):  # noqa: F811
    from trainer.ui.review import ReviewWorkspace

    window = make_window()
    review = ReviewWorkspace(window.store)
    window.add_workspace("Review", review)
    window.tabs.setCurrentWidget(review)
    qtbot.waitUntil(lambda: review.splitter.sizes()[0] > 0)
    review.splitter.setSizes([150, 400])
    wanted = review.splitter.sizes()
    window.close()

    again = make_window()
    other = ReviewWorkspace(again.store)
    again.add_workspace("Review", other)
    again.tabs.setCurrentWidget(other)
    assert other.splitter.sizes() == wanted
