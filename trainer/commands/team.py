"""`trainer team init|add-trainee|add-trainer`: a team of trainers and trainees on one
PostgreSQL server, run by the administrator with the owner's TRAINER_DATABASE_URL."""

from __future__ import annotations

import argparse
import getpass
import sys

from trainer import settings as app_settings
from trainer.core.errors import KnownError
from trainer.store import Store, team


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "team", help="set up who may do what on a shared PostgreSQL database (administrator)"
    )
    sub = parser.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    init = sub.add_parser(
        "init", help="create the trainee and trainer groups, row-level security and grants"
    )
    init.set_defaults(handler=run_init)
    for kind in ("trainee", "trainer"):
        add = sub.add_parser(
            f"add-{kind}", help=f"create a login for a {kind} and print what to hand them"
        )
        add.add_argument("name", metavar="NAME", help="the person's name, e.g. 'Anna Berg'")
        add.set_defaults(handler=run_add, kind=kind)
    join = sub.add_parser(
        "join", help="remember the team database on this computer (the password in the keyring)"
    )
    join.add_argument("url", metavar="URL", help="the URL your administrator gave you")
    join.set_defaults(handler=run_join)


def run_init(args: argparse.Namespace) -> int:
    with Store() as store, store.begin() as conn:
        tables = team.init(conn)
    print(f"team set up on {store.location}: row-level security on {', '.join(tables)}")
    print("next: trainer team add-trainee NAME / trainer team add-trainer NAME")
    return 0


def run_add(args: argparse.Namespace) -> int:
    with Store() as store, store.begin() as conn:
        member = team.add_member(conn, args.name, args.kind, store.url)
    print(f"{args.kind} {args.name!r} can log in as database role {member.role_name!r}.")
    print(f"Hand {args.name} these two lines (the password is shown only this once):")
    print(f"  {member.env_line}")
    print(f"  password: {member.password}")
    print("They run `trainer team join URL` once; it asks for the password and keeps it in the")
    print("system keyring (or they set TRAINER_DATABASE_URL with the password in it).")
    return 0


def run_join(args: argparse.Namespace) -> int:
    """Keep the URL in the settings and its password in the keyring, then check both work."""
    url, password = app_settings.split_database_password(args.url)
    if not password:
        prompt = "database password: "
        password = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline()
        password = password.strip()
    if password and not app_settings.remember_database_password(url, password):
        raise KnownError(
            "no system keyring here to keep the database password; set TRAINER_DATABASE_URL "
            "with the password in it instead"
        )
    full = app_settings.with_database_password(url, password) if password else url
    with Store(full) as store:
        role = store.role
    current = app_settings.load_settings()
    app_settings.save_settings(current.model_copy(update={"database_url": url}))
    print(f"joined {store.location} as {role}; trainer uses it from now on")
    return 0
