"""Whole scripted calls against the offline prospect: do good calls reach a next step, bad ones not?

python bench/calls.py [--json] [--set dev|heldout|blind|fresh|novel|outside|later|unheard] [--verbose] [--show]

Each set (assets/calls/<set>/<persona>.yaml) holds good calls (should end in a meeting or a
call-back), bad calls (should not) and, for the seed CEO, hang-up calls (should end hung up).
Prints per persona how many of each ended as they should, the prospect's replies repeated
word for word within a call, and the mean score of good and bad calls.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import yaml

from trainer.core.call import Call, play_lines
from trainer.core.persona import load_catalog
from trainer.core.scoring import score_transcript
from trainer.engines.scripted import ScriptedEngine

ROOT = Path(__file__).resolve().parents[1]
NEXT_STEP = ("meeting", "callback")
CALL_DATE = datetime(2026, 12, 1, 10, 30)


def play(persona, lines: list[str]) -> Call:
    call = Call(persona, ScriptedEngine(), trainee="bench", started_at=CALL_DATE, clock=lambda: 0.0)
    return play_lines(call, lines)


def run(call_set: str, verbose: bool = False) -> dict:
    catalog = load_catalog([ROOT / "personas"])
    personas: dict[str, dict] = {}
    totals = Counter()
    for path in sorted((ROOT / "assets" / "calls" / call_set).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        persona = catalog.get(data["persona"])
        stats = Counter()
        scores: dict[str, list[int]] = {"good": [], "bad": []}
        failures = []
        for spec in data["calls"]:
            call = play(persona, spec["lines"])
            outcome = call.transcript.outcome
            kind = spec["kind"]
            replies = [t.text for t in call.turns if t.speaker == "prospect"]
            repeats = sum(n - 1 for n in Counter(replies).values() if n > 1)
            stats["repeats"] += repeats
            stats["replies"] += len(replies)
            score = score_transcript(call.transcript, persona).overall
            if kind == "good":
                ok = outcome in NEXT_STEP
                scores["good"].append(score)
            else:
                ok = outcome not in NEXT_STEP and (kind != "hangup" or outcome == "hung_up")
                scores["bad"].append(score)
            stats[f"{kind}_total"] += 1
            stats[f"{kind}_ok"] += ok
            if not ok or verbose:
                failures.append(
                    {
                        "id": spec["id"],
                        "kind": kind,
                        "outcome": outcome,
                        "score": score,
                        "turns": [f"{t.speaker[0]}: {t.text}" for t in call.turns],
                    }
                )
        totals.update(stats)
        personas[data["persona"]] = {
            "good_next_step": f"{stats['good_ok']}/{stats['good_total']}",
            "bad_no_next_step": f"{stats['bad_ok'] + stats['hangup_ok']}/{stats['bad_total'] + stats['hangup_total']}",
            "hangup_hung_up": f"{stats['hangup_ok']}/{stats['hangup_total']}",
            "verbatim_repeats": stats["repeats"],
            "mean_score_good": round(statistics.mean(scores["good"]), 1)
            if scores["good"]
            else None,
            "mean_score_bad": round(statistics.mean(scores["bad"]), 1) if scores["bad"] else None,
            "misplayed": failures,
        }
    calls = sum(totals[f"{k}_total"] for k in ("good", "bad", "hangup"))
    right = sum(totals[f"{k}_ok"] for k in ("good", "bad", "hangup"))
    return {
        "set": call_set,
        "calls": calls,
        "outcome_accuracy": round(right / calls, 3) if calls else None,
        "good_next_step": totals["good_ok"],
        "good_calls": totals["good_total"],
        "bad_next_step": totals["bad_total"]
        + totals["hangup_total"]
        - totals["bad_ok"]
        - totals["hangup_ok"],
        "bad_calls": totals["bad_total"] + totals["hangup_total"],
        "hangup_hung_up": totals["hangup_ok"],
        "hangup_calls": totals["hangup_total"],
        "verbatim_repeats": totals["repeats"],
        "prospect_replies": totals["replies"],
        "personas": personas,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--set",
        default="heldout",
        choices=sorted(p.name for p in (ROOT / "assets" / "calls").iterdir() if p.is_dir()),
    )
    parser.add_argument(
        "--verbose", action="store_true", help="show every call, not only misplayed ones"
    )
    parser.add_argument("--show", action="store_true", help="print the misplayed calls")
    args = parser.parse_args(argv)
    result = run(args.set, args.verbose)
    if args.json:
        if not args.show and not args.verbose:
            for p in result["personas"].values():
                p.pop("misplayed")
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(
        f"{result['set']}: good calls with a next step {result['good_next_step']}/{result['good_calls']}, "
        f"bad calls with one {result['bad_next_step']}/{result['bad_calls']}, "
        f"hang-up calls hung up {result['hangup_hung_up']}/{result['hangup_calls']}, "
        f"verbatim repeats {result['verbatim_repeats']}/{result['prospect_replies']} replies"
    )
    for pid, p in result["personas"].items():
        print(
            f"  {pid}: good {p['good_next_step']}, bad {p['bad_no_next_step']}, hang-ups {p['hangup_hung_up']}, "
            f"repeats {p['verbatim_repeats']}, mean score good {p['mean_score_good']} bad {p['mean_score_bad']}"
        )
        if args.show or args.verbose:
            for f in p["misplayed"]:
                print(f"    - {f['id']} ({f['kind']}) -> {f['outcome']} score {f['score']}")
                for t in f["turns"]:
                    print(f"        {t}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
