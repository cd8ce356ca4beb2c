"""`trainer score FILE [--json] [--judge]`: score a trainer.transcript/1 file.

Exit 0 with the score; exit 2 with one line when the file cannot be read or is not a transcript.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pydantic_core

from trainer.core.errors import KnownError
from trainer.core.persona import Persona, PersonaError, load_catalog, load_persona
from trainer.core.scoring import score_transcript
from trainer.core.transcript import Transcript, parse_transcript
from trainer.exchange.records import check_transcript

# A transcript within the call limits (2,000 turns of 5,000 characters) stays far below this.
MAX_FILE_BYTES = 64 * 1024 * 1024


class BadInput(KnownError):
    """A file the scorer cannot use: exit code 2, like a usage error."""

    exit_code = 2


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "score", help="score a transcript file on Needs and Time, with evidence and tips"
    )
    parser.add_argument("file", metavar="FILE", type=Path, help="a trainer.transcript/1 JSON file")
    parser.add_argument("--json", action="store_true", help="print the score as JSON")
    parser.add_argument(
        "--persona",
        metavar="ID|FILE",
        help="persona to judge hidden needs against (default: the one named in the file)",
    )
    parser.add_argument(
        "--judge",
        action="store_true",
        help="also ask the configured LLM for a second opinion and show where it disagrees",
    )
    parser.set_defaults(handler=run)


def _persona(transcript: Transcript, choice: str | None) -> Persona | None:
    if choice and Path(choice).is_file():
        try:
            return load_persona(choice)
        except PersonaError as exc:
            raise BadInput(str(exc)) from None
    from trainer.paths import persona_folders

    catalog = load_catalog(persona_folders())
    wanted = choice or transcript.persona
    if not wanted:
        return None
    if wanted in catalog.personas:
        return catalog.personas[wanted]
    if choice:
        raise BadInput(f"no persona {choice!r}: give a persona id or a persona file")
    return None  # the file names a persona this machine does not have: score without it


def read_transcript(path: Path) -> Transcript:
    """Read and check a transcript file; whatever is wrong with it is one BadInput line.

    pydantic's JSON parser refuses what Python's json module lets through and later code trips
    on: nesting deeper than it can follow, numbers too long to convert, lone surrogates (which
    cannot be printed), NaN and Infinity. The call's limits are those of an import.
    """
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except OSError as exc:
        raise BadInput(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise BadInput(f"{path}: too large for a transcript (over {MAX_FILE_BYTES // 2**20} MB)")
    try:
        data = pydantic_core.from_json(raw, allow_inf_nan=False)
    except ValueError as exc:
        raise BadInput(f"{path}: not valid JSON ({' '.join(str(exc).split())})") from None
    try:
        transcript = parse_transcript(data, str(path))
    except KnownError as exc:
        raise BadInput(" ".join(str(exc).split())) from None
    try:
        return check_transcript(transcript)
    except ValueError as exc:
        raise BadInput(f"{path}: {exc}") from None


def run(args: argparse.Namespace) -> int:
    transcript = read_transcript(args.file)
    persona = _persona(transcript, args.persona)
    payload = score_transcript(transcript, persona).to_json()
    if args.judge:
        from trainer.engines.judge import judge_with_settings

        payload["judge"] = judge_with_settings(transcript, payload, persona)
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(render(payload))
    return 0


def _criterion_lines(group: dict) -> list[str]:
    lines = []
    for c in group["criteria"]:
        if not c.get("applicable", True):
            mark, points = "  ·", "n/a"
        else:
            lost = c["max"] - c["score"]
            mark = "  +" if lost == 0 else "  -" if c["score"] == 0 else "  ~"
            points = f"{c['score']}/{c['max']}" + (f" (lost {lost})" if lost else "")
        turns = ", ".join(str(i) for i in c["evidence"])
        where = f"  [turns {turns}]" if turns else ""
        lines.append(f"{mark} {c['name']}: {points}{where}")
        lines.append(f"      {c['note']}")
    return lines


def render(payload: dict) -> str:
    """The score card as text: both scores, every criterion with its turns, three tips."""
    needs, time = payload["needs"], payload["time"]
    out = [
        f"{needs.get('name', 'Needs')} {needs['score']}/100   "
        f"{time.get('name', 'Time')} {time['score']}/100   overall {payload['overall']}/100",
        "",
        f"{needs.get('name', 'Needs')}:",
        *_criterion_lines(needs),
        "",
        f"{time.get('name', 'Time')}:",
        *_criterion_lines(time),
    ]
    if payload.get("tips"):
        out += ["", "Three things to change on the next call:"]
        out += [f"  {n}. {tip}" for n, tip in enumerate(payload["tips"], 1)]
    m = payload.get("metrics") or {}
    facts = [
        f"talk share {round(100 * m['talk_ratio'])}%" if m.get("talk_ratio") is not None else "",
        f"longest turn {m.get('longest_monologue_words', 0)} words",
        f"{m.get('needs_questions', 0)} needs question(s) of {m.get('questions', 0)}",
        f"{m['words_per_minute']:.0f} words/min" if m.get("words_per_minute") else "",
        f"outcome {m['outcome']}" if m.get("outcome") else "",
    ]
    out += ["", "Metrics: " + ", ".join(f for f in facts if f)]
    judge = payload.get("judge")
    if judge:
        out += ["", *_judge_lines(judge)]
    out.append(f"(scorer {payload.get('scorer_version', '?')})")
    return "\n".join(out)


def _judge_lines(judge: dict) -> list[str]:
    if judge.get("fallback"):
        return [f"LLM judge: {judge.get('message')}"]
    lines = [
        f"LLM judge ({judge.get('model')}): Needs {judge['needs']['score']}/100   "
        f"Time {judge['time']['score']}/100   overall {judge['overall']}/100"
    ]
    for d in judge.get("disagreements", []):
        lines.append(
            f"  ! {d['name']}: scorer {d['auto']}/{d['max']}, judge {d['judge']}/{d['max']}"
            + (f" ({d['reason']})" if d.get("reason") else "")
        )
    if not judge.get("disagreements"):
        lines.append("  The judge agrees with the scorer on every criterion.")
    return lines
