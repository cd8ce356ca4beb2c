"""The review list at a team's scale: covering indexes and an index of the transcripts' words.

Revision ID: 0007
Revises: 0006

A team keeps 100,000 calls and more. Every column the list sorts by gets an index that also
holds the columns it filters on (date, trainee, persona, outcome, overall, reviewed), so a page,
a filter and a count are read from an index alone: a SQLite row holds the call's persona
snapshot, several pages long, which a list must never have to read. Ties are broken by the
date, then the id, as the list orders them.

"Words in the transcript" keep their meaning (every word is a substring of the call's folded
words) and get an index: on SQLite an FTS5 trigram table kept in step with `sessions.search_text`
by triggers; on PostgreSQL a pg_trgm GIN index, which the plain LIKE uses by itself. Where
neither is available (an SQLite without FTS5, a server without pg_trgm or without the right to
add it) the search stays a scan, with the same results.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# What the list filters on; carried by every list index so none has to read the table.
_FILTERED = ("started_at", "id", "trainee_id", "persona_id", "outcome", "overall", "reviewed")
# (index, the column it sorts or filters by first); the list's own order comes next.
_LEADING = (
    ("ix_sessions_started_at", None),
    ("ix_sessions_trainee_started", "trainee_id"),
    ("ix_sessions_persona_started", "persona_id"),
    ("ix_sessions_outcome", "outcome"),
    ("ix_sessions_overall", "overall"),
    ("ix_sessions_reviewed", "reviewed"),
    ("ix_sessions_needs", "needs"),
    ("ix_sessions_time", "time"),
    ("ix_sessions_duration", "duration_seconds"),
    ("ix_sessions_turns", "turn_count"),
    ("ix_sessions_persona_name", "persona_name"),
)
# The indexes 0001 and 0002 made, restored by the downgrade.
_BEFORE = {
    "ix_sessions_started_at": ["started_at"],
    "ix_sessions_trainee_started": ["trainee_id", "started_at"],
    "ix_sessions_persona_started": ["persona_id", "started_at"],
    "ix_sessions_outcome": ["outcome"],
    "ix_sessions_overall": ["overall"],
    "ix_sessions_reviewed": ["reviewed"],
}
FTS = "sessions_fts"
TRGM_INDEX = "ix_sessions_search_trgm"


def list_index_columns(leading: str | None) -> list[str]:
    """The columns of one list index: its own column, then date and id, then the filters."""
    columns = [leading] if leading else []
    columns += [c for c in _FILTERED if c not in columns]
    if leading == "persona_id":
        columns.append("persona_name")  # the filter bar's persona names, read from the index
    return columns


def upgrade() -> None:
    for name, leading in _LEADING:
        if name in _BEFORE:
            op.drop_index(name, table_name="sessions")
        op.create_index(name, "sessions", list_index_columns(leading))
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _sqlite_words_index(bind)
    elif bind.dialect.name == "postgresql":
        _postgres_words_index(bind)


def _sqlite_words_index(bind: sa.Connection) -> None:
    """An FTS5 trigram table of `search_text` (case-sensitive: the text is folded already, so a
    phrase matches exactly where LIKE '%word%' would), kept in step by triggers."""
    try:
        with bind.begin_nested():
            bind.exec_driver_sql(
                f"CREATE VIRTUAL TABLE {FTS} USING fts5(search_text, "
                "tokenize = 'trigram case_sensitive 1')"
            )
    except sa.exc.OperationalError:  # an SQLite built without FTS5 or older than 3.34
        return
    bind.exec_driver_sql(
        f"INSERT INTO {FTS} (rowid, search_text) SELECT id, search_text FROM sessions"
    )
    bind.exec_driver_sql(
        f"CREATE TRIGGER {FTS}_insert AFTER INSERT ON sessions BEGIN "
        f"INSERT INTO {FTS} (rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    bind.exec_driver_sql(
        f"CREATE TRIGGER {FTS}_update AFTER UPDATE OF search_text ON sessions BEGIN "
        f"UPDATE {FTS} SET search_text = new.search_text WHERE rowid = old.id; END"
    )
    bind.exec_driver_sql(
        f"CREATE TRIGGER {FTS}_delete AFTER DELETE ON sessions BEGIN "
        f"DELETE FROM {FTS} WHERE rowid = old.id; END"
    )


def _postgres_words_index(bind: sa.Connection) -> None:
    """pg_trgm's GIN index on `search_text`, when the server has the extension and lets the
    owner add it (it is a trusted extension: the database's owner may)."""
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            bind.exec_driver_sql(
                f"CREATE INDEX {TRGM_INDEX} ON sessions USING gin (search_text gin_trgm_ops)"
            )
    except sa.exc.DBAPIError:  # not installed, or no right to create it: the scan stays
        return


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("insert", "update", "delete"):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {FTS}_{trigger}")
        bind.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS}")
    elif bind.dialect.name == "postgresql":
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS {TRGM_INDEX}")  # the extension stays
    for name, _leading in reversed(_LEADING):
        op.drop_index(name, table_name="sessions")
        if name in _BEFORE:
            op.create_index(name, "sessions", _BEFORE[name])
