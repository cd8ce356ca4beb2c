"""The `trainer` command. No arguments opens the app; subcommands come from trainer/commands/."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from trainer import __version__
from trainer.core.errors import KnownError

# Each module has `register(subparsers)`; a subcommand's handler returns an exit code.
COMMAND_MODULES = ["app", "personas", "rehearse", "sessions", "score", "review", "acts", "team"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trainer", description="Practise cold calls against a grumpy, busy AI prospect."
    )
    parser.add_argument("--version", action="version", version=f"trainer {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"trainer.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"trainer.commands.{name}":
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s"
    )
    handler = getattr(args, "handler", None)
    if handler is None:
        from trainer.commands.app import run_app

        handler = run_app
    try:
        return int(handler(args) or 0)
    except BrokenPipeError:  # e.g. `trainer sessions show 1 --json | head`
        sys.stderr.close()
        return 0
    except KnownError as exc:
        print(f"trainer: {exc}", file=sys.stderr)
        return getattr(exc, "exit_code", 1)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
