"""`trainer rehearse`: play a whole call from a file of trainee lines and store it like any other.

Useful to try an opener quickly, to script demos and to test personas. Each turn is stored the
moment it is said, so an interrupted run keeps everything up to the turn in progress.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from trainer.core.acts.times import agreed_time_text
from trainer.core.call import Call
from trainer.core.coach import Rewinder, review
from trainer.core.coach.script import patience_history, play_script, rewinds_in
from trainer.core.errors import KnownError
from trainer.core.persona import Persona, load_catalog
from trainer.core.transcript import Turn
from trainer.engines.factory import make_engine
from trainer.engines.hint_writer import hinter_for
from trainer.paths import persona_folders
from trainer.session_writer import ATTEMPT_SECONDS, SessionWriter, end_budget, turn_budget
from trainer.settings import load_settings
from trainer.store import Store

OUTCOME_TEXT = {
    "meeting": "meeting booked",
    "callback": "call-back agreed",
    "hung_up": "the prospect hung up",
    "ended": "ended without a next step",
    "failed": "the LLM failed; what was said is kept",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "rehearse",
        help="play a call with your lines from a file and store it",
        description="Play a call in which your lines come one per line from FILE "
        "(blank lines are skipped; '-' reads standard input). The call is stored as a session. "
        "A line '/hint' asks for three lines you could say at that point; '/rewind' takes back "
        "your last line and the prospect's reply.",
    )
    parser.add_argument(
        "--persona", required=True, metavar="ID", help="see `trainer personas list`"
    )
    parser.add_argument(
        "--engine",
        choices=["scripted", "llm"],
        help="scripted (offline) or llm; default from the settings",
    )
    parser.add_argument("--lines", required=True, metavar="FILE", help="your lines, one per line")
    parser.add_argument("--trainee", metavar="NAME", help="trainee profile (created if new)")
    parser.add_argument("--exam", action="store_true", help="store the call as an exam")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(handler=rehearse)


def read_lines(source: str) -> list[str]:
    """Trainee lines from a file or stdin ('-'); blank lines are skipped."""
    if source == "-":
        text = sys.stdin.read()
    else:
        path = Path(source)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise KnownError(f"{path}: no such file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise KnownError(f"{path}: cannot read the lines ({exc})") from None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise KnownError(f"{source}: no lines to say (the file is empty)")
    return lines


def default_trainee(settings_trainee: str) -> str:
    if settings_trainee.strip():
        return settings_trainee.strip()
    try:
        return getpass.getuser() or "trainee"
    except Exception:  # no login name in some containers and services
        return "trainee"


def speaker_name(turn: Turn, persona: Persona, trainee: str) -> str:
    return trainee if turn.speaker == "trainee" else persona.display_name


def headline(payload: dict) -> str:
    def score(key: str) -> object:
        value = payload.get(key)
        return value.get("score") if isinstance(value, dict) else value

    return f"Needs {score('needs')}  Time {score('time')}  Overall {score('overall')}"


def score_session(store: Store, session_id: int) -> dict | None:
    """Score with the scoring service when this installation has it; None when it has not."""
    try:
        from trainer.scoring_service import score_and_store
    except ImportError:
        return None
    return score_and_store(store, session_id)


def rehearse(args: argparse.Namespace) -> int:
    settings = load_settings()
    catalog = load_catalog(persona_folders())
    persona = catalog.get(args.persona)
    lines = read_lines(args.lines)
    trainee = (args.trainee or "").strip() or default_trainee(settings.trainee)
    engine = make_engine(settings, args.engine)
    store = Store(busy_timeout=ATTEMPT_SECONDS)
    try:
        return _play(args, store, persona, engine, trainee, lines)
    finally:
        store.close()


def _warn(text: str) -> None:
    print(f"trainer: {text}", file=sys.stderr, flush=True)


def _play(args, store: Store, persona: Persona, engine, trainee: str, lines: list[str]) -> int:
    writer = SessionWriter(
        store,
        trainee,
        persona,
        engine.name,
        getattr(engine, "model", None),
        exam_mode=args.exam,
        on_problem=_warn,
        on_saved=lambda: _warn("the database is free again; every turn so far is saved"),
    )
    quiet = args.json

    def store_turn(index: int, turn: Turn) -> None:
        writer.add_turn(index, turn)
        writer.flush(turn_budget())

    # Turns a later '/rewind' may take back are held from the store until they are final.
    rewinder = Rewinder(store_turn, hold=rewinds_in(lines))

    def on_turn(index: int, turn: Turn) -> None:
        rewinder(index, turn)
        if not quiet:
            print(f"{speaker_name(turn, persona, trainee)}: {turn.text}", flush=True)

    call = rewinder.bind(Call(persona, engine, trainee=trainee, on_turn=on_turn))
    error: KnownError | None = None
    try:
        play_script(call, rewinder, lines, hinter_for(engine), _coach_event(quiet, persona))
    except KnownError as exc:  # LLM failures: keep what was said, say what to do
        error = exc
    outcome = call.hang_up()
    # The end is written once no '/rewind' can take it back any more.
    rewinder.flush()
    if error is None:
        _llm_readings(call, engine, writer)
    if call.transcript.coaching is not None:
        writer.set_coaching(call.transcript.coaching)
    writer.end(outcome, agreed_time=call.transcript.agreed_time)
    saved = writer.flush(end_budget())
    session_id = writer.session_id

    payload = None
    score_error = None
    if saved and session_id is not None:
        try:
            payload = score_session(store, session_id)
        except KnownError as exc:
            score_error = exc

    if quiet:
        _print_json(call, outcome, session_id, payload, error, writer)
    else:
        _print_text(call, outcome, session_id, payload)
        _print_moments(call)
    if score_error is not None:
        _warn(f"scoring failed: {score_error}")
    if not saved:
        _warn(f"{writer.notice()} Giving up after {end_budget():g} s: {_not_saved(writer)}")
    if error is not None:
        _warn(str(error))
        if session_id is not None:
            _warn(f"what was said is stored as session {session_id}")
        else:
            _warn("nothing was said, so no session was stored")
        return getattr(error, "exit_code", 1)
    return 0 if saved else 1


def _llm_readings(call: Call, engine, writer: SessionWriter) -> None:
    """With an LLM engine, its own reading of each trainee turn is stored beside the act
    model's, once the call is over (so the prospect never waits on it)."""
    reader = getattr(engine, "read_acts", None)
    if reader is None:
        return
    previous = ""
    for index, turn in enumerate(call.turns):
        if turn.speaker != "trainee":
            previous = turn.text
            continue
        try:
            acts = reader(turn.text, call.persona.language, previous)
        except KnownError as exc:
            _warn(f"the LLM's reading of the turns is left out: {exc}")
            return
        if acts is not None:
            turn.llm_acts = acts
            writer.set_llm_acts(index, acts)


def _not_saved(writer: SessionWriter) -> str:
    turns = writer.unsaved_turns()
    if not turns:
        return "the call's end was not stored (its turns are)"
    return f"{len(turns)} turn(s) were not stored; they are in the output above"


def _print_json(call: Call, outcome, session_id, payload, error, writer: SessionWriter) -> None:
    result = {
        "session_id": session_id,
        "outcome": outcome,
        "agreed_time": (
            call.transcript.agreed_time.model_dump(mode="json")
            if call.transcript.agreed_time
            else None
        ),
        "turns": [t.model_dump(mode="json") for t in call.turns],
    }
    if payload is not None:
        result["score"] = {
            "needs": payload.get("needs", {}).get("score"),
            "time": payload.get("time", {}).get("score"),
            "overall": payload.get("overall"),
            "scorer_version": payload.get("scorer_version"),
        }
        coached = _review(call)
        result["score"]["moments"] = [
            m.model_dump(include={"turn", "said", "instead", "why", "points"})
            for m in coached.moments
        ]
        result["score"]["drill"] = coached.drill.model_dump() if coached.drill else None
    coaching = call.transcript.coaching
    result["patience"] = call.state.patience
    result["patience_history"] = patience_history(call)
    result["hints"] = [h.model_dump() for h in coaching.hints] if coaching else []
    result["rewinds"] = coaching.rewinds if coaching else 0
    if error is not None:
        result["error"] = str(error)
    unsaved = writer.unsaved_turns()
    if writer.pending():
        result["unsaved_turns"] = unsaved
        result["store_error"] = writer.problem
    print(json.dumps(result, ensure_ascii=False, indent=2), flush=True)


def _print_text(call: Call, outcome, session_id, payload) -> None:
    print()
    when = agreed_time_text(call.transcript.agreed_time)
    print(
        f"Outcome: {outcome} ({OUTCOME_TEXT.get(outcome, outcome)})" + (f", {when}" if when else "")
    )
    if payload is not None:
        print(headline(payload))
    if session_id is not None:
        print(f"Stored as session {session_id}: trainer sessions show {session_id}")


def _review(call: Call):
    """The costliest moments and the drill, from the call as it stands (rewound turns gone)."""
    from trainer.core.scoring import score_transcript

    return review(call.transcript, score_transcript(call.transcript, call.persona), call.persona)


def _coach_event(quiet: bool, persona: Persona):
    """How `/hint` and `/rewind` show in the text output (the JSON has them at the end)."""

    def show(kind: str, value) -> None:
        if kind == "problem":
            _warn(value)
        elif quiet:
            return
        elif kind == "hint":
            print("Hint:", *(f"  {n}. {line}" for n, line in enumerate(value, 1)), sep="\n")
        elif kind == "rewind":
            print(f"(rewound to turn {value.index + 1})")
            if value.say_again:
                print(f"{persona.display_name}: {value.say_again}", flush=True)

    return show


def _print_moments(call: Call) -> None:
    coached = _review(call)
    if coached.moments:
        print("The moments that cost most:")
    for m in coached.moments:
        print(f'  turn {m.turn + 1}: "{m.said}" -> "{m.instead}" ({m.why})')
    if coached.drill is not None:
        print(f"Drill: {coached.drill.text}")
