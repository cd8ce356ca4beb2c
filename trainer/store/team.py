"""A team on one PostgreSQL server: group roles, grants and row-level security.

The server enforces who may do what, whatever the app shows: a trainee stores their own calls
and reads them with the feedback on them; a trainer reads every call, comments, overrides,
marks reviewed and deletes. A trainee's app scores their new call and stores the score; once a
trainer has corrected or reviewed the call, its scores and totals are the trainer's alone. Each person logs in with a role of their own; `team_members` says
which trainee a login role is. The tables' owner (the administrator) bypasses the policies.
Everything here is safe to run again: `init` after an upgrade grants the new tables too.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.engine import URL

from trainer.core.errors import KnownError

TRAINEES = "trainer_trainees"
TRAINERS = "trainer_trainers"
MEMBERS = "team_members"

# Columns of `sessions` a trainee's app writes while a call goes on and is scored; not the
# trainer's mark (reviewed, reviewed_at) and not whose call it is (trainee_id).
_TRAINEE_SESSION_COLUMNS = (
    "persona_id",
    "persona_name",
    "persona_json",
    "language",
    "engine",
    "model",
    "started_at",
    "ended_at",
    "outcome",
    "exam_mode",
    "needs",
    "time",
    "overall",
    "duration_seconds",
    "turn_count",
    "search_text",
    "uid",
    "agreed_time",
    "sender_score",
    "coaching",
)
# The trainee's own rows, as the policies see them (the trainees table is filtered too).
_ME = f"(SELECT m.trainee FROM {MEMBERS} m WHERE m.role_name = current_user)"
_OWN_SESSION = "session_id IN (SELECT s.id FROM sessions s)"
_OWN_TRAINEE = "trainee_id IN (SELECT t.id FROM trainees t)"
# A call the trainee's app may still score: their own, neither reviewed nor corrected by a
# trainer. The scorer runs on the trainee's machine and stores its result when the call ends;
# from the trainer's first override or reviewed mark on, the scores are the trainer's.
_OPEN_FOR_SCORING = (
    "session_id IN (SELECT s.id FROM sessions s WHERE NOT s.reviewed) "
    "AND session_id NOT IN (SELECT o.session_id FROM score_overrides o)"
)
# Every policy name init creates, so a rerun replaces them all.
_POLICIES = ("trainer_all", "trainee_own", "trainee_scores_new", "trainee_scores_change")
# The same rule for the totals on `sessions` (the list's, with the trainer's corrections in
# them): a policy cannot tell which columns an UPDATE changes, so a trigger checks.
_GUARD = "trainer_guard_totals"
_GUARD_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {_GUARD}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_has_role(current_user, '{TRAINEES}', 'MEMBER')
       AND NOT pg_has_role(current_user, '{TRAINERS}', 'MEMBER')
       AND (OLD.reviewed OR EXISTS (SELECT 1 FROM score_overrides o WHERE o.session_id = OLD.id))
    THEN
        RAISE EXCEPTION 'only a trainer can change the scores of a reviewed or corrected call'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$"""
_GUARD_TRIGGER = f"""
CREATE TRIGGER {_GUARD} BEFORE UPDATE OF needs, "time", overall ON sessions FOR EACH ROW
WHEN (OLD.needs IS DISTINCT FROM NEW.needs OR OLD."time" IS DISTINCT FROM NEW."time"
      OR OLD.overall IS DISTINCT FROM NEW.overall)
EXECUTE FUNCTION {_GUARD}()"""


class TeamError(KnownError):
    """A team command that cannot run as given (not PostgreSQL, not the owner, bad name...)."""


@dataclass(frozen=True)
class Member:
    """What to hand a new member: where to connect (no password in it) and the password, once."""

    role_name: str
    kind: str
    url: str
    password: str

    @property
    def env_line(self) -> str:
        return f"TRAINER_DATABASE_URL={self.url}"


def role_of(conn: Connection) -> str:
    """ "owner", "trainer" or "trainee" for the connected login, from what the server grants."""
    row = conn.execute(
        text(
            "SELECT pg_has_role(current_user, t.tableowner, 'USAGE') AS owner, "
            "has_table_privilege('sessions', 'DELETE') AS trainer "
            "FROM pg_tables t WHERE t.schemaname = current_schema() AND t.tablename = 'sessions'"
        )
    ).first()
    if row is None or row.owner:
        return "owner"  # no tables yet: whoever may create them
    return "trainer" if row.trainer else "trainee"


def _require_owner(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        raise TeamError(
            "team roles need a PostgreSQL server: set TRAINER_DATABASE_URL to the database "
            "owner's postgresql+psycopg://... URL (a local SQLite file is for one person)"
        )
    if role_of(conn) != "owner":
        raise TeamError(
            "only the database's owner can set up the team: run this with the owner's "
            "TRAINER_DATABASE_URL"
        )


def _tables(conn: Connection) -> list[str]:
    rows = conn.execute(
        text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename <> 'alembic_version' ORDER BY tablename"
        )
    )
    return [name for (name,) in rows]


def init(conn: Connection) -> list[str]:
    """Create the group roles and the members table, enable row-level security, grant; the
    tables' names. Run in one transaction by the owner, after the schema is at head."""
    _require_owner(conn)
    for group in (TRAINEES, TRAINERS):  # server-wide: shared by every team database there
        if not conn.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :g"), {"g": group}
        ).first():
            conn.execute(text(f'CREATE ROLE "{group}" NOLOGIN'))
    conn.execute(
        text(
            f"CREATE TABLE IF NOT EXISTS {MEMBERS} (role_name TEXT PRIMARY KEY, "
            "kind TEXT NOT NULL CHECK (kind IN ('trainee', 'trainer')), trainee TEXT)"
        )
    )
    both = f'"{TRAINEES}", "{TRAINERS}"'
    conn.execute(text(f"GRANT USAGE ON SCHEMA {_schema(conn)} TO {both}"))
    conn.execute(text(f"GRANT SELECT ON alembic_version TO {both}"))
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {_schema(conn)} TO {both}"))
    tables = _tables(conn)
    for table in tables:
        conn.execute(text(f"REVOKE ALL ON {table} FROM {both}"))
        conn.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        for name in _POLICIES:
            conn.execute(text(f"DROP POLICY IF EXISTS {name} ON {table}"))
        if table == MEMBERS:
            conn.execute(text(f"GRANT SELECT ON {table} TO {both}"))
            conn.execute(
                text(
                    f'CREATE POLICY trainer_all ON {table} FOR SELECT TO "{TRAINERS}" USING (true)'
                )
            )
            conn.execute(
                text(
                    f'CREATE POLICY trainee_own ON {table} FOR SELECT TO "{TRAINEES}" '
                    "USING (role_name = current_user)"
                )
            )
            continue
        conn.execute(text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO "{TRAINERS}"'))
        conn.execute(
            text(
                f'CREATE POLICY trainer_all ON {table} TO "{TRAINERS}" '
                "USING (true) WITH CHECK (true)"
            )
        )
        grant, policies = _trainee_rules(table)
        if not grant:
            continue
        conn.execute(text(f'GRANT {grant} ON {table} TO "{TRAINEES}"'))
        for name, command, using, check in policies:
            clauses = (f" USING ({using})" if using else "") + (
                f" WITH CHECK ({check})" if check else ""
            )
            conn.execute(
                text(f'CREATE POLICY {name} ON {table} FOR {command} TO "{TRAINEES}"{clauses}')
            )
    if "sessions" in tables:
        conn.execute(text(_GUARD_FUNCTION))
        conn.execute(text(f"DROP TRIGGER IF EXISTS {_GUARD} ON sessions"))
        conn.execute(text(_GUARD_TRIGGER))
    return tables


# (policy name, command, USING, WITH CHECK) of a trainee's policies on one table.
_Policy = tuple[str, str, str | None, str | None]


def _trainee_rules(table: str) -> tuple[str, list[_Policy]]:
    """What the trainee may do with a table (a GRANT list) and on which rows (its policies)."""

    def own(rows: str) -> list[_Policy]:
        return [("trainee_own", "ALL", rows, rows)]

    if table == "trainees":
        return "SELECT, INSERT", own(f"name = {_ME}")
    if table == "sessions":
        columns = ", ".join(_TRAINEE_SESSION_COLUMNS)
        return f"SELECT, INSERT, UPDATE ({columns})", own(_OWN_TRAINEE)
    if table == "turns":  # a Rewind deletes the turns it took back
        return "SELECT, INSERT, UPDATE, DELETE", own(_OWN_SESSION)
    if table == "scores":  # read always; written only while the call is open for scoring
        return "SELECT, INSERT, UPDATE", [
            ("trainee_own", "SELECT", _OWN_SESSION, None),
            ("trainee_scores_new", "INSERT", None, _OPEN_FOR_SCORING),
            ("trainee_scores_change", "UPDATE", _OWN_SESSION, _OPEN_FOR_SCORING),
        ]
    if table in ("review_comments", "score_overrides"):
        return "SELECT", own(_OWN_SESSION)
    return "", []


def _schema(conn: Connection) -> str:
    return conn.dialect.identifier_preparer.quote(
        conn.execute(text("SELECT current_schema()")).scalar()
    )


def role_name_for(name: str) -> str:
    """A login role from a person's name: "Åsa Öberg" -> "asa_oberg" (letters, digits, _)."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    role = re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")[:50]
    if not role or role[0].isdigit():
        role = f"u_{role}"
    return role


def add_member(conn: Connection, name: str, kind: str, url: URL) -> Member:
    """Create a login role for `name` in the trainee or trainer group with a new password; for a
    trainee, their trainee profile too. `url` is the administrator's, to derive theirs from."""
    _require_owner(conn)
    name = " ".join((name or "").split())
    if not name:
        raise TeamError("a name is needed: trainer team add-trainee 'Anna Berg'")
    if conn.execute(text(f"SELECT to_regclass('{MEMBERS}')")).scalar() is None:
        raise TeamError("the team is not set up yet: run `trainer team init` first")
    role = role_name_for(name)
    if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
        raise TeamError(
            f"a database role {role!r} exists already; pick another name (or drop that role)"
        )
    password = secrets.token_urlsafe(18)  # letters, digits, - and _: safe inside quotes
    group = TRAINEES if kind == "trainee" else TRAINERS
    conn.execute(text(f'CREATE ROLE "{role}" LOGIN PASSWORD \'{password}\' IN ROLE "{group}"'))
    conn.execute(
        text(f"INSERT INTO {MEMBERS} (role_name, kind, trainee) VALUES (:r, :k, :t)"),
        {"r": role, "k": kind, "t": name if kind == "trainee" else None},
    )
    if kind == "trainee":
        conn.execute(
            text(
                "INSERT INTO trainees (name, created_at) VALUES (:n, now() AT TIME ZONE 'utc') "
                "ON CONFLICT (name) DO NOTHING"
            ),
            {"n": name},
        )
    theirs = url._replace(username=role, password=None)
    return Member(role, kind, theirs.render_as_string(hide_password=False), password)


def trainee_of(conn: Connection) -> str | None:
    """The trainee profile of the connected login, when it is a team trainee."""
    if conn.execute(text(f"SELECT to_regclass('{MEMBERS}')")).scalar() is None:
        return None
    return conn.execute(
        text(f"SELECT trainee FROM {MEMBERS} WHERE role_name = current_user")
    ).scalar()
