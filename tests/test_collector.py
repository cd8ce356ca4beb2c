"""The cycle collector is off while a call is scored and as it was afterwards."""

from __future__ import annotations

import gc

import pytest

from trainer.core.collector import collector_paused
from trainer.core.scoring import score_transcript
from trainer.core.transcript import Transcript, Turn


@pytest.fixture(autouse=True)
def collector_on():
    """Start each test with the collector on (a Qt test may have handed it to the GUI timer)."""
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_off_inside_and_back_on_after_even_on_error():
    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError), collector_paused():
        assert not gc.isenabled()
        1 / 0  # noqa: B018
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off():
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_scoring_runs_with_the_collector_off_and_leaves_it_on(monkeypatch):
    from trainer.core.scoring import rubric

    states = []
    real = rubric.CallAnalysis

    def watched(*args, **kwargs):
        states.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(rubric, "CallAnalysis", watched)
    call = Transcript(
        language="en",
        turns=[
            Turn(speaker="prospect", text="Yes?"),
            Turn(speaker="trainee", text="Hi, Sam here."),
        ],
    )
    score_transcript(call)
    assert states == [False]
    assert gc.isenabled()
