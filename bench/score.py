"""How long scoring takes: 300-turn calls of lines never scored before, median in milliseconds.

python bench/score.py [--json] [--runs N] [--turns N] [--lang sv|da|en]
python bench/score.py --scale [--json]   # cost per turn as calls grow: linear means flat

Each run scores a call of its own: prospect lines and trainee turns drawn (seeded) from the
labelled act corpus, none repeated within a call or between runs, so no cache of a line
already read can flatter the number. Trainee turns join two labelled turns, about as long as
the turns of the scripted practice calls.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import sys
import time
from collections.abc import Iterator

from trainer.core.acts.training import load_corpus
from trainer.core.scoring import SCORER_VERSION, score_transcript
from trainer.core.transcript import Transcript, Turn


def exchanges(lang: str = "en", seed: int = 0) -> Iterator[tuple[str, str]]:
    """(prospect line, trainee turn) pairs of one language, shuffled, each line once; then again
    in a new order when the corpus runs out (only very long calls get that far)."""
    examples = [e for e in load_corpus("train") if e.lang == lang and e.previous.strip()]
    rng = random.Random(seed)
    while True:
        rng.shuffle(examples)
        for first, second in zip(examples[0::2], examples[1::2], strict=False):
            yield first.previous, f"{first.text} {second.text}"


def long_transcript(
    turns: int = 300, source: Iterator[tuple[str, str]] | None = None
) -> Transcript:
    """A call of `turns` turns, prospect and trainee in turn, from `source` (or a fresh one)."""
    source = source or exchanges()
    out: list[Turn] = []
    while len(out) < turns:
        prospect, trainee = next(source)
        out += [Turn(speaker="prospect", text=prospect), Turn(speaker="trainee", text=trainee)]
    return Transcript(language="en", turns=out[:turns])


def _seconds(transcript: Transcript) -> float:
    t0 = time.perf_counter()
    score_transcript(transcript)
    return time.perf_counter() - t0


def scale(sizes: tuple[int, ...] = (1_000, 4_000, 16_000)) -> dict[str, object]:
    """Microseconds per turn at growing call lengths, the fitted growth exponent (1.0 is
    linear), and one pasted 1 MB turn."""
    source = exchanges()
    score_transcript(long_transcript(300, source))
    per_turn = {n: _seconds(long_transcript(n, source)) / n * 1e6 for n in sizes}
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
    parser.add_argument("--lang", default="en", choices=["sv", "da", "en"])
    parser.add_argument("--scale", action="store_true", help="cost per turn as calls grow")
    args = parser.parse_args(argv)
    if args.scale:
        result = scale()
        print(json.dumps(result) if args.json else result)
        return 0
    source = exchanges(args.lang)
    calls = [long_transcript(args.turns, source) for _ in range(args.runs + 1)]
    for call in calls:
        call.language = args.lang
    score_transcript(calls[0])  # warm the pattern caches, as the app does on its first call
    times = []
    for call in calls[1:]:
        t0 = time.perf_counter()
        score_transcript(call)
        times.append((time.perf_counter() - t0) * 1000)
    trainee = [t for call in calls[1:] for t in call.turns if t.speaker == "trainee"]
    result = {
        "benchmark": "score_transcript",
        "scorer_version": SCORER_VERSION,
        "language": args.lang,
        "turns": len(calls[0].turns),
        "runs": args.runs,
        "distinct_lines": len({t.text for call in calls[1:] for t in call.turns}),
        "words_per_trainee_turn": round(statistics.mean(len(t.text.split()) for t in trainee), 1),
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
