"""Subcommands of `trainer`; each module has `register(subparsers)`."""
