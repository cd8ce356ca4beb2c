"""Words in the transcript: the calls whose folded words contain every word asked for.

The meaning is the same on every database: each word (case-folded) is a substring of the call's
`search_text`, as LIKE '%word%' says. What differs is how it is found at a team's scale
(migration 0007): PostgreSQL's pg_trgm index serves that LIKE by itself; on SQLite an FTS5
trigram table finds the calls holding each word of three or more characters (case-sensitive, so
exactly the LIKE's matches), and only shorter words are checked with LIKE, on that table's copy
of the text rather than on the wide session rows.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

FTS_TABLE = "sessions_fts"
_fts = sa.table(FTS_TABLE, sa.column("rowid", sa.Integer), sa.column("search_text", sa.Text))
# A trigram index can find a word of at least this many characters.
_TRIGRAM = 3


def fold(text: str) -> str:
    """Words as stored in `search_text`: case-folded, single spaces."""
    return " ".join((text or "").casefold().split())


def _like(column: Any, word: str) -> Any:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(f"%{escaped}%", escape="\\")


def _phrase(word: str) -> str:
    """One FTS5 phrase: the word taken literally (quotes doubled inside)."""
    return '"' + word.replace('"', '""') + '"'


def _fts_conditions(wanted: list[str]) -> list[Any]:
    """Conditions on the FTS5 table: a phrase per long word, LIKE for the shorter ones."""
    conditions = [_like(_fts.c.search_text, w) for w in wanted if len(w) < _TRIGRAM]
    long = [w for w in wanted if len(w) >= _TRIGRAM]
    if long:
        match = sa.literal_column(FTS_TABLE).op("MATCH")(" ".join(_phrase(w) for w in long))
        conditions.insert(0, match)
    return conditions


def word_clauses(words: str | None, id_column: Any, text_column: Any, fts: bool) -> list[Any]:
    """WHERE clauses for "every word occurs in the call"; `fts` when the FTS5 table exists."""
    wanted = fold(words or "").split()
    if not wanted:
        return []
    if not fts:
        return [_like(text_column, word) for word in wanted]
    # `id + 0`: SQLite then walks the index that gives the list's order and keeps the matching
    # calls, rather than looking up every match's row to sort them.
    found = sa.select(_fts.c.rowid).where(*_fts_conditions(wanted))
    return [(id_column + 0).in_(found)]


def fts_count(words: str) -> sa.Select:
    """COUNT of the calls holding every word, in the FTS5 table alone (it has one row per
    session): for a filter on words and nothing else."""
    wanted = fold(words).split()
    return sa.select(sa.func.count()).select_from(_fts).where(*_fts_conditions(wanted))


def has_fts(conn: sa.Connection) -> bool:
    """True when this SQLite database has the FTS5 words table (migration 0007 made it)."""
    if conn.dialect.name != "sqlite":
        return False
    found = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (FTS_TABLE,)
    ).first()
    return found is not None
