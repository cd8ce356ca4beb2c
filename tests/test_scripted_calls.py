"""Whole scripted calls against the offline prospect (bench/calls.py): outcomes and repeats."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture(scope="module")
def calls_bench():
    sys.path.insert(0, str(BENCH))
    try:
        import calls
    finally:
        sys.path.pop(0)
    return calls


# The development set must play right; the test sets are measurements (bench/calls.py prints
# them), guarded here by a floor so a regression shows.
BAD_ALLOWED = {
    "dev": 0,
    "heldout": 2,
    "blind": 2,
    "fresh": 2,
    "novel": 2,
    "outside": 2,
    "later": 2,
    "unheard": 2,
}
BAD_CALLS = {
    "dev": 32,
    "heldout": 32,
    "blind": 38,
    "fresh": 38,
    "novel": 38,
    "outside": 38,
    "later": 38,
    "unheard": 38,
}


@pytest.mark.parametrize("call_set", list(BAD_CALLS))
def test_good_calls_reach_a_next_step_and_bad_ones_do_not(calls_bench, call_set):
    result = calls_bench.run(call_set)
    assert result["good_calls"] == 32 and result["bad_calls"] == BAD_CALLS[call_set]
    assert result["good_next_step"] >= 29, result["personas"]
    assert result["bad_next_step"] <= BAD_ALLOWED[call_set], result["personas"]
    assert result["hangup_hung_up"] == result["hangup_calls"] == 6, result["personas"]
    assert result["verbatim_repeats"] == 0
