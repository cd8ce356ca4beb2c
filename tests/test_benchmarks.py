"""The benchmarks run and print the JSON they promise (their figures are read, not asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _bench(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / args[0]), *args[1:], "--json"],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_score_benchmark_reports_a_300_turn_call():
    result = _bench("score.py", "--runs", "3")
    assert result["turns"] == 300 and result["runs"] == 3
    assert 0 < result["min_ms"] <= result["median_ms"] <= result["max_ms"]
    # Calls of new lines, not one call's lines over and over (which the caches would flatter).
    assert result["distinct_lines"] > 0.6 * 3 * 300
    assert result["words_per_trainee_turn"] > 15


def test_score_scale_benchmark_reports_cost_per_turn_and_a_pasted_page():
    result = _bench("score.py", "--scale")
    assert set(result["us_per_turn"]) == {"1000", "4000", "16000"}
    assert all(v > 0 for v in result["us_per_turn"].values())
    assert result["one_turn_chars"] > 1_000_000 and result["one_turn_ms"] > 0
    assert isinstance(result["growth_exponent"], float)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_review_benchmark_reports_the_list_at_scale_on_both_databases(backend, request):
    sessions, trainees = 2_000, 25
    args = ["review.py", "--backend", backend, "--sessions", str(sessions)]
    args += ["--trainees", str(trainees), "--repeat", "1"]
    if backend == "postgresql":
        args += ["--database-url", request.getfixturevalue("pg_database")]
    result = _bench(*args)
    assert (result["backend"], result["sessions"], result["trainees"]) == (
        backend,
        sessions,
        trainees,
    )
    filters = ["trainee", "words", "score", "outcome", "reviewed", "trainee_score"]
    figures = ["first_open_ms", "gui_blocked_ms", "open_list_ms", "choices_ms"]
    figures += [f"filter_{name}_ms" for name in filters] + ["sort_overall_ms", "last_page_ms"]
    figures += ["sql_count_ms", "sql_first_page_ms", "sql_last_page_ms", "sql_sort_overall_ms"]
    figures += ["sql_choices_ms"] + [f"sql_filter_{name}_ms" for name in filters]
    for key in figures:
        assert isinstance(result[key], float) and result[key] >= 0, key
    assert result["gui_blocked_ms"] <= result["open_list_ms"]
    # every filter narrows the list, and the narrower filter finds fewer calls
    matches = result["matches"]
    assert set(matches) == set(filters)
    assert all(0 < matches[name] < sessions for name in filters), matches
    assert matches["trainee_score"] <= matches["trainee"]
    # each goal is reported, met or not (times are read, never asserted)
    assert result["goal_ms"] == {"open_list_ms": 150.0, "filter_ms": 100.0}
    assert set(result["goals"]) == {"open_list_ms"} | {f"filter_{name}_ms" for name in filters}
    assert all(isinstance(met, bool) for met in result["goals"].values())
    assert result["goals_met"] == all(result["goals"].values())
