"""`trainer sessions list|show|delete|rescore`: the stored calls from the command line."""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from datetime import date, datetime

from pydantic import ValidationError

from trainer.core.acts.times import agreed_time_text
from trainer.core.errors import KnownError
from trainer.store import SessionSummary, Store

# C0 and C1 controls (ESC starts terminal escape sequences), DEL, bidirectional overrides and
# line separators: what could rewrite the terminal or reorder what the reader sees.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def safe(text: object) -> str:
    """Text for the terminal: control characters shown as visible escapes (\\x1b), not obeyed."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(text))


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sessions", help="list, show, delete and rescore stored calls")
    sub = parser.add_subparsers(dest="sessions_command", metavar="ACTION", required=True)

    listing = sub.add_parser("list", help="the stored calls, newest first")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.add_argument("--trainee", metavar="NAME")
    listing.add_argument("--persona", metavar="ID")
    listing.add_argument(
        "--outcome",
        choices=["meeting", "callback", "hung_up", "ended", "not_finished", "failed"],
        help="only this outcome",
    )
    listing.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD")
    listing.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD")
    listing.add_argument("--text", metavar="WORDS", help="words said in the call")
    listing.add_argument("--limit", type=int, default=50, metavar="N", help="default 50; 0 = all")
    listing.set_defaults(handler=list_sessions)

    show = sub.add_parser("show", help="one call's transcript (trainer.transcript/1 with --json)")
    show.add_argument("session_id", type=int, metavar="ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=show_session)

    remove = sub.add_parser("delete", help="delete calls with their scores and kept audio")
    remove.add_argument("session_ids", type=int, nargs="+", metavar="ID")
    remove.set_defaults(handler=delete_sessions)

    rescore = sub.add_parser("rescore", help="score calls again with the current scorer")
    rescore.add_argument("session_ids", type=int, nargs="*", metavar="ID")
    rescore.add_argument("--all", action="store_true", help="every stored call")
    rescore.set_defaults(handler=rescore_sessions)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    minutes, secs = divmod(int(round(seconds)), 60)
    return f"{minutes}:{secs:02d}"


def _num(value: int | None) -> str:
    return "" if value is None else str(value)


def summary_json(summary: SessionSummary) -> dict:
    data = dataclasses.asdict(summary)
    for key in ("started_at", "ended_at"):
        data[key] = data[key].isoformat() if data[key] else None
    return data


def list_sessions(args: argparse.Namespace) -> int:
    filters = {
        "trainee": args.trainee,
        "persona_id": args.persona,
        "outcome": args.outcome,
        "date_from": args.date_from,
        "date_to": args.date_to,
        "text": args.text,
    }
    with Store() as store:
        rows = store.list_sessions(limit=args.limit or None, **filters)
        total = store.count_sessions(**filters) if not args.json else len(rows)
    if args.json:
        print(json.dumps([summary_json(r) for r in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("no sessions stored yet: practise a call in the app or with `trainer rehearse`")
        return 0
    table = [
        tuple(
            safe(cell)
            for cell in (
                str(r.id),
                _local(r.started_at),
                r.trainee,
                r.persona_id,
                r.outcome or "(open)",
                _num(r.needs),
                _num(r.time),
                _num(r.overall),
                _duration(r.duration_seconds),
                str(r.turn_count),
            )
        )
        for r in rows
    ]
    headers = (
        "ID",
        "STARTED",
        "TRAINEE",
        "PERSONA",
        "OUTCOME",
        "NEEDS",
        "TIME",
        "OVERALL",
        "LENGTH",
        "TURNS",
    )
    widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in table:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    if total > len(rows):
        print(f"({len(rows)} of {total}; use --limit 0 for all)")
    return 0


def _stamp(seconds: float | None) -> str:
    if seconds is None:
        return ""
    minutes, secs = divmod(seconds, 60)
    return f"[{int(minutes):02d}:{secs:04.1f}] "


def show_session(args: argparse.Namespace) -> int:
    from trainer.exchange.bundle import sender_score, validation_line

    with Store() as store:
        try:
            transcript = store.get_transcript(args.session_id)
        except ValidationError as exc:
            raise KnownError(
                f"session {args.session_id} is damaged in the store ({validation_line(exc)}); "
                f"delete it with `trainer sessions delete {args.session_id}`"
            ) from None
        info = store.session_info(args.session_id)
        snapshot = store.persona_snapshot(args.session_id)
        sender = sender_score(store, args.session_id)
    if args.json:
        print(json.dumps(transcript.to_json_dict(), ensure_ascii=False, indent=2))
        return 0
    prospect = safe(snapshot.display_name if snapshot else info.persona_name or info.persona_id)
    trainee = safe(info.trainee)
    print(
        f"Session {info.id}: {trainee} calls {prospect} "
        f"({safe(info.persona_id)}, {safe(info.language)})"
    )
    engine = safe(info.engine + (f" / {info.model}" if info.model else ""))
    print(
        f"Started {_local(info.started_at)}, {_duration(info.duration_seconds)} long, engine {engine}"
    )
    when = agreed_time_text(info.agreed_time) if info.outcome in ("meeting", "callback") else ""
    print(safe(f"Outcome: {info.outcome or '(not finished)'}" + (f", {when}" if when else "")))
    if info.overall is not None:
        print(f"Needs {info.needs}  Time {info.time}  Overall {info.overall}")
    if sender is not None:
        flag = "DIFFERS from the score here" if sender.differs else "same as here"
        print(f"Imported: the sender's score was {sender.text} ({flag}; scored again here)")
    print()
    for index, turn in enumerate(transcript.turns):
        who = trainee if turn.speaker == "trainee" else prospect
        cut = " (cut off)" if turn.cut_off else ""
        print(f"{index:>3} {_stamp(turn.start)}{who}: {safe(turn.text)}{cut}")
    return 0


def delete_sessions(args: argparse.Namespace) -> int:
    with Store() as store:
        for session_id in args.session_ids:
            store.delete_session(session_id)
            print(f"deleted session {session_id}")
    return 0


def rescore_sessions(args: argparse.Namespace) -> int:
    if not args.all and not args.session_ids:
        raise KnownError("name the sessions to rescore (IDs) or use --all")
    try:
        from trainer.scoring_service import score_and_store
    except ImportError:
        raise KnownError("scoring is not available in this installation") from None
    with Store() as store:
        ids = store.session_ids() if args.all else args.session_ids
        for session_id in ids:
            old = store.score_version(session_id)
            try:
                payload = score_and_store(store, session_id, force=True)
            except ValidationError as exc:
                from trainer.exchange.bundle import validation_line

                print(
                    f"trainer: warning: session {session_id} is damaged in the store "
                    f"({validation_line(exc)}); skipped",
                    file=sys.stderr,
                )
                continue
            new = payload.get("scorer_version") or store.score_version(session_id)
            needs = payload.get("needs", {}).get("score")
            time_ = payload.get("time", {}).get("score")
            print(
                f"session {session_id}: scorer {old or '(none)'} -> {new}: "
                f"Needs {needs}  Time {time_}  Overall {payload.get('overall')}"
            )
    return 0
