"""`trainer acts`: read trainee turns as JSON lines on standard input, write their acts.

Each input line is {"lang": "sv|da|en", "text": ..., "previous": the prospect's line before,
may be empty}; each output line is {"acts": [...]} plus "also" (extra labels such as
send_away) and "time" (the time named, resolved against --now) when there are any.
A bad line gets one line on stderr, {"acts": [], "error": ...} in its place on stdout (so the
output stays in step with the input) and the exit code becomes 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime

from trainer.core.acts import read_turn
from trainer.core.language import SUPPORTED


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "acts", help="read trainee turns (JSON lines on stdin) into dialogue acts"
    )
    parser.add_argument(
        "--now",
        metavar="YYYY-MM-DDTHH:MM",
        type=_moment,
        help="the call's date and time, for resolving 'Friday at 10' (default: now)",
    )
    parser.add_argument(
        "--confidence", action="store_true", help="also print each act's probability"
    )
    parser.set_defaults(handler=run)


def _moment(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date and time: {value!r}") from None


class _BadLine(ValueError):
    pass


def _parse(line: str) -> tuple[str, str, str]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _BadLine(f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(row, dict):
        raise _BadLine("expected a JSON object with lang, text and previous")
    lang, text, previous = row.get("lang"), row.get("text"), row.get("previous") or ""
    if not isinstance(lang, str) or lang.lower().split("-")[0] not in SUPPORTED:
        raise _BadLine(f"lang must be one of {', '.join(SUPPORTED)}, got {lang!r}")
    if not isinstance(text, str):
        raise _BadLine("text must be a string")
    if not isinstance(previous, str):
        raise _BadLine("previous must be a string or empty")
    return lang.lower().split("-")[0], text, previous


def run(args: argparse.Namespace) -> int:
    now = args.now or datetime.now().replace(second=0, microsecond=0)
    status = 0
    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            lang, text, previous = _parse(line)
        except _BadLine as exc:
            print(f"trainer acts: line {number}: {exc}", file=sys.stderr)
            out = {"acts": [], "error": str(exc)}
            status = 1
        else:
            reading = read_turn(text, lang, previous, now=now)
            out = reading.to_json()
            if not args.confidence:
                out.pop("confidence", None)
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return status
