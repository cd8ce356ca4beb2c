"""`trainer team init|add-trainee|add-trainer`: a team of trainers and trainees on one
PostgreSQL server, run by the administrator with the owner's TRAINER_DATABASE_URL."""

from __future__ import annotations

import argparse

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
    print("trainer asks for the password once and keeps it in the system keyring.")
    return 0
