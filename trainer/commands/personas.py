"""`trainer personas list|check|path`: see which personas exist, check a file, find your folder."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from trainer.core.persona import PersonaError, load_catalog, load_persona
from trainer.paths import persona_folders, user_personas_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("personas", help="list, check and locate persona files")
    sub = parser.add_subparsers(dest="personas_command", metavar="ACTION", required=True)

    listing = sub.add_parser("list", help="every persona the app offers (bad files go to stderr)")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(handler=list_personas)

    check = sub.add_parser("check", help="validate persona files; exit 1 with file:line: message")
    check.add_argument("files", nargs="+", metavar="FILE", type=Path)
    check.set_defaults(handler=check_personas)

    where = sub.add_parser("path", help="print the folder where you can add your own personas")
    where.set_defaults(handler=personas_path)


def list_personas(args: argparse.Namespace) -> int:
    catalog = load_catalog(persona_folders())
    for error in catalog.errors:
        print(f"error: {error}", file=sys.stderr)
    rows = [
        {
            "id": p.id,
            "name": p.display_name,
            "role": p.role,
            "company": p.company,
            "language": p.language,
            "direction": p.direction,
            "file": str(catalog.paths[p.id]),
        }
        for p in sorted(catalog.personas.values(), key=lambda p: p.id)
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(f"no personas found; add YAML files to {user_personas_dir()}")
        return 0
    headers = ("id", "name", "language", "direction", "file")
    widths = [max(len(h), *(len(str(r[h])) for r in rows)) for h in headers[:-1]]
    print("  ".join(h.upper().ljust(w) for h, w in zip(headers, widths, strict=False)) + "  FILE")
    for r in rows:
        cells = [str(r[h]).ljust(w) for h, w in zip(headers, widths, strict=False)]
        print("  ".join(cells) + "  " + r["file"])
    return 0


def check_personas(args: argparse.Namespace) -> int:
    """Exit 0 when every file is a usable persona; otherwise one `file:line: message` per bad file."""
    status = 0
    for path in args.files:
        if not path.exists():
            print(f"{path}: no such file", file=sys.stderr)
            status = 1
            continue
        try:
            persona = load_persona(path)
        except PersonaError as exc:
            print(str(exc), file=sys.stderr)
            status = 1
            continue
        print(f"ok: {persona.id}")
    return status


def personas_path(args: argparse.Namespace) -> int:
    print(user_personas_dir())
    return 0
