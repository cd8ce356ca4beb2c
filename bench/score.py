"""How long scoring takes: a 300-turn transcript scored many times, median in milliseconds.

python bench/score.py [--json] [--runs N] [--turns N]
python bench/score.py --scale [--json]   # cost per turn as calls grow: linear means flat
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from pathlib import Path

from trainer.core.scoring import SCORER_VERSION, score_transcript
from trainer.core.transcript import Transcript, Turn, load_transcript

CALIBRATION = Path(__file__).resolve().parents[1] / "tests" / "calibration"


def long_transcript(turns: int = 300) -> Transcript:
    """Calibration calls strung together (in English) until the transcript has `turns` turns."""
    pieces = [load_transcript(p) for p in sorted(CALIBRATION.glob("en_*.json"))]
    out: list = []
    while len(out) < turns:
        for piece in pieces:
            out.extend(t.model_copy() for t in piece.turns)
    return Transcript(language="en", turns=out[:turns])


def _seconds(transcript: Transcript) -> float:
    t0 = time.perf_counter()
    score_transcript(transcript)
    return time.perf_counter() - t0


def scale(sizes: tuple[int, ...] = (1_000, 4_000, 16_000)) -> dict[str, object]:
    """Microseconds per turn at growing call lengths, the fitted growth exponent (1.0 is
    linear), and one pasted 1 MB turn."""
    score_transcript(long_transcript(300))
    per_turn = {n: _seconds(long_transcript(n)) / n * 1e6 for n in sizes}
    slope = math.log(per_turn[sizes[-1]] * sizes[-1] / (per_turn[sizes[0]] * sizes[0])) / (
        math.log(sizes[-1] / sizes[0])
    )
    page = "we plan routes for haulage firms and cut their fuel costs, " * 17_000
    big = Transcript(
        language="en",
        turns=[Turn(speaker="prospect", text="Yes?"), Turn(speaker="trainee", text=page)],
    )
    return {
        "benchmark": "score_scale",
        "scorer_version": SCORER_VERSION,
        "us_per_turn": {str(n): round(v, 1) for n, v in per_turn.items()},
        "growth_exponent": round(slope, 3),
        "one_turn_chars": len(page),
        "one_turn_ms": round(_seconds(big) * 1000, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--turns", type=int, default=300)
    parser.add_argument("--scale", action="store_true", help="cost per turn as calls grow")
    args = parser.parse_args(argv)
    if args.scale:
        result = scale()
        print(json.dumps(result) if args.json else result)
        return 0
    transcript = long_transcript(args.turns)
    score_transcript(transcript)  # warm the pattern caches, as the app does on its first call
    times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        score_transcript(transcript)
        times.append((time.perf_counter() - t0) * 1000)
    result = {
        "benchmark": "score_transcript",
        "scorer_version": SCORER_VERSION,
        "turns": len(transcript.turns),
        "runs": args.runs,
        "median_ms": round(statistics.median(times), 2),
        "min_ms": round(min(times), 2),
        "max_ms": round(max(times), 2),
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['turns']} turns: median {result['median_ms']} ms over {args.runs} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
