"""How long scoring takes: a 300-turn transcript scored many times, median in milliseconds.

python bench/score.py [--json] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from trainer.core.scoring import SCORER_VERSION, score_transcript
from trainer.core.transcript import Transcript, load_transcript

CALIBRATION = Path(__file__).resolve().parents[1] / "tests" / "calibration"


def long_transcript(turns: int = 300) -> Transcript:
    """Calibration calls strung together (in English) until the transcript has `turns` turns."""
    pieces = [load_transcript(p) for p in sorted(CALIBRATION.glob("en_*.json"))]
    out: list = []
    while len(out) < turns:
        for piece in pieces:
            out.extend(t.model_copy() for t in piece.turns)
    return Transcript(language="en", turns=out[:turns])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--turns", type=int, default=300)
    args = parser.parse_args(argv)
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
