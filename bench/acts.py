"""How well the act model reads turns it has never seen: the held-out part of the corpus.

python bench/acts.py [--json] [--part heldout|outside|later|unheard|train]

Prints per-language, per-act precision, recall and F1, each language's macro-F1 over the
sixteen acts, each act over the three languages together ("pooled" in the JSON), and the
microseconds one turn takes to read (features, time reader, model).
No test part is used to fit or tune the model. held-out: written with the training part, kept
apart; outside, later and unheard: written by others from assets/acts/GUIDELINES.md, the seeds and the
personas alone.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict

from trainer.core.acts import ACTS, read_turn
from trainer.core.acts.model import shipped_model
from trainer.core.acts.training import TEST_PARTS, load_corpus

LABELS = (*ACTS, "send_away")


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "support": tp + fn}


def evaluate(part: str) -> dict:
    examples = load_corpus(part)
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    errors: list[dict] = []
    timings: list[float] = []
    for e in examples:
        t0 = time.perf_counter()
        reading = read_turn(e.text, e.lang, e.previous)
        timings.append(time.perf_counter() - t0)
        got = set(reading.acts) | set(reading.extra)
        for label in LABELS:
            c = counts[e.lang][label]
            if label in got and label in e.acts:
                c[0] += 1
            elif label in got:
                c[1] += 1
            elif label in e.acts:
                c[2] += 1
        if got != set(e.acts):
            errors.append(
                {
                    "lang": e.lang,
                    "text": e.text,
                    "previous": e.previous,
                    "want": sorted(e.acts),
                    "got": sorted(got),
                }
            )
    languages = {}
    for lang in sorted(counts):
        acts = {label: _prf(*counts[lang][label]) for label in LABELS}
        scored = [acts[a]["f1"] for a in ACTS if acts[a]["support"]]
        languages[lang] = {
            "examples": sum(1 for e in examples if e.lang == lang),
            "macro_f1": round(statistics.mean(scored), 3) if scored else 0.0,
            "min_f1": min(scored) if scored else 0.0,
            "acts": acts,
        }
    # Each act over the three languages together: steadier than one language's dozen turns.
    pooled = {
        label: _prf(*(sum(counts[lang][label][k] for lang in counts) for k in range(3)))
        for label in LABELS
    }
    timings.sort()
    return {
        "part": part,
        "model": shipped_model().version,
        "examples": len(examples),
        "macro_f1": round(statistics.mean(v["macro_f1"] for v in languages.values()), 3),
        "languages": languages,
        "pooled": pooled,
        "us_per_turn_median": round(1e6 * timings[len(timings) // 2], 1),
        "us_per_turn_p95": round(1e6 * timings[int(len(timings) * 0.95)], 1),
        "errors": errors,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--part", default="heldout", choices=[*TEST_PARTS, "train"])
    parser.add_argument("--errors", action="store_true", help="list the misread turns")
    args = parser.parse_args(argv)
    read_turn("warm up", "en")  # load the model once, as the app does at its first turn
    result = evaluate(args.part)
    if not args.errors:
        result.pop("errors")
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(f"{result['part']}: {result['examples']} turns, model {result['model']}")
    for lang, v in result["languages"].items():
        print(
            f"  {lang}: macro-F1 {v['macro_f1']:.3f} (lowest act {v['min_f1']:.2f}, {v['examples']} turns)"
        )
        for act, m in v["acts"].items():
            print(
                f"      {act:18} P {m['precision']:.2f}  R {m['recall']:.2f}  F1 {m['f1']:.2f}  n={m['support']}"
            )
    worst = min(result["pooled"].items(), key=lambda item: item[1]["f1"])
    print(
        f"  all languages: lowest act {worst[0]} F1 {worst[1]['f1']:.2f} (n={worst[1]['support']})"
    )
    print(
        f"  {result['us_per_turn_median']} µs per turn (median), {result['us_per_turn_p95']} µs p95"
    )
    for err in result.get("errors", []):
        print(
            f"  [{err['lang']}] {err['text']!r} after {err['previous']!r}: want {err['want']} got {err['got']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
