"""`trainer export` and `trainer import FILE`: sessions out as bundles, reports or CSV, and in."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainer.core.errors import KnownError

FORMATS = ("bundle", "csv", "html", "pdf")
SUFFIX_FORMAT = {".csv": "csv", ".html": "html", ".htm": "html", ".pdf": "pdf"}


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser(
        "export",
        help="export calls as a bundle for another installation, a report (HTML/PDF) or CSV",
        description=(
            "Export stored calls. A bundle (.zip) carries transcripts, persona snapshots, scores "
            "and trainer feedback to another installation (`trainer import`); html and pdf make "
            "a printable report; csv writes the session list."
        ),
    )
    export.add_argument("session_ids", type=int, nargs="*", metavar="ID", help="session ids")
    export.add_argument("--all", action="store_true", help="every stored call")
    export.add_argument("--trainee", metavar="NAME", help="every call of this trainee")
    export.add_argument("--audio", action="store_true", help="bundle: include kept audio")
    export.add_argument(
        "--format",
        choices=FORMATS,
        help="default: from the file name (.csv, .html, .pdf), otherwise bundle",
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.set_defaults(handler=run_export)

    imp = subparsers.add_parser(
        "import",
        help="import a bundle exported by `trainer export`",
        description="Import the calls of a bundle; calls already here are skipped.",
    )
    imp.add_argument("file", metavar="FILE")
    imp.set_defaults(handler=run_import)


def _selected_ids(store, args: argparse.Namespace) -> list[int]:
    from trainer.store import review

    ids: list[int] = list(dict.fromkeys(args.session_ids))
    if args.all or args.trainee:
        if args.trainee and args.trainee not in store.trainees():
            raise KnownError(f"no trainee {args.trainee!r} (known: {', '.join(store.trainees())})")
        flt = review.SessionFilter(trainee=args.trainee or None)
        ids += [i for i in review.session_ids(store, flt) if i not in ids]
    known = set(review.session_ids(store, review.SessionFilter(ids=tuple(ids)))) if ids else set()
    missing = [i for i in ids if i not in known]
    if missing:
        raise KnownError(f"no session {', '.join(map(str, missing))}; see `trainer sessions list`")
    return ids


def _warn(message: str) -> None:
    """One line on stderr for a session left out; the others are exported."""
    from trainer.commands.sessions import safe

    print(f"trainer: warning: {safe(message)}", file=sys.stderr)


def run_export(args: argparse.Namespace) -> int:
    from trainer.exchange import bundle, csv_export, report
    from trainer.store import Store, review

    output = Path(args.output)
    fmt = args.format or SUFFIX_FORMAT.get(output.suffix.lower(), "bundle")
    if not (args.session_ids or args.all or args.trainee):
        raise KnownError("say what to export: session ids, --all or --trainee NAME")
    with Store() as store:
        if fmt == "csv":
            ids = _selected_ids(store, args)
            count = csv_export.write_csv(store, output, review.SessionFilter(ids=tuple(ids)))
            print(f"wrote {count} session(s) to {output}")
            return 0
        ids = _selected_ids(store, args)
        if fmt == "bundle":
            result = bundle.export_bundle(store, ids, output, with_audio=args.audio, warn=_warn)
            extra = f" with {result.audio_files} audio file(s)" if args.audio else ""
            print(f"exported {result.sessions} session(s){extra} to {output}")
        else:
            write = report.write_html if fmt == "html" else report.write_pdf
            shown: list[str] = []

            def warn(message: str) -> None:
                shown.append(message)
                _warn(message)

            write(store, ids, output, warn=warn)
            count = len(ids) - len(shown)
            print(f"wrote the report of {count} session(s) to {output}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from trainer.exchange import bundle
    from trainer.store import Store

    with Store() as store:
        result = bundle.import_bundle(store, args.file)
    print(f"imported {len(result.imported)} session(s), skipped {len(result.skipped)} already here")
    if result.differing:
        print(
            f"{len(result.differing)} imported call(s) scored differently here than the sender "
            "said; `trainer sessions show ID` shows both"
        )
    return 0
