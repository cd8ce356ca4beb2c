"""The benchmarks run and print the JSON they promise (their figures are read, not asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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


def test_score_scale_benchmark_reports_cost_per_turn_and_a_pasted_page():
    result = _bench("score.py", "--scale")
    assert set(result["us_per_turn"]) == {"1000", "4000", "16000"}
    assert all(v > 0 for v in result["us_per_turn"].values())
    assert result["one_turn_chars"] > 1_000_000 and result["one_turn_ms"] > 0
    assert isinstance(result["growth_exponent"], float)
