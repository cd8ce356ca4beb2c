"""Words in the transcript on both databases: the calls found are exactly those whose folded words
contain every word asked for, whether SQLite's words table (FTS5, migration 0007), PostgreSQL's
trigram index or a plain scan finds them, through every edit of a call."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.test_review_store import make_session
from trainer.core.transcript import Turn
from trainer.store import Store, review
from trainer.store.search import fold

CALLS = {
    "Åsa": ["Hej, jag ringer om ÅKERIETS däck.", "Jaså."],
    "Bo": ["100% sure, under_score and back\\slash", 'He said "quote" then'],
    "Cy": ["Have you heard of us?", "No."],
    "Di": ["Die Straße ist groß", "ok"],
    "Ed": ["of us", "us"],
    "Fi": ["Hør her, Mette. Må jeg ringe igen på tirsdag?", "Nej tak."],
}
QUERIES = [
    "åkeriets DÄCK",
    "heard of us",
    "us",
    "of",
    "a",
    "100%",
    "%",
    "_",
    "under_score",
    "back\\slash",
    '"quote"',
    "STRASSE",
    "groß",
    "hør TIRSDAG",
    "ok us",
    "heard zzz",
    "zzz",
    "ing",
    "   ",
]


@pytest.fixture
def store(store_url):
    s = Store(store_url)
    yield s
    s.close()


def _calls(store: Store, catalog) -> dict[int, str]:
    return {
        make_session(store, catalog, trainee=who, lines=lines): who for who, lines in CALLS.items()
    }


def _expected(store: Store, words: str) -> set[int]:
    """A plain Python reading of the rule, from the stored transcripts."""
    wanted = fold(words).split()
    found = set()
    for sid in store.session_ids():
        said = " ".join(fold(t.text) for t in store.get_transcript(sid).turns)
        if all(w in said for w in wanted):
            found.add(sid)
    return found


def _found(store: Store, words: str) -> dict[str, object]:
    """Every way the app asks for words: the review list (count alone, count with another
    filter, one page, pages of one), and `sessions list`."""
    flt = review.SessionFilter(words=words)
    with_other = review.SessionFilter(words=words, reviewed=False)
    paged: set[int] = set()
    for offset in range(len(CALLS) + 1):
        paged |= {r.id for r in review.query_rows(store, flt, limit=1, offset=offset)}
    return {
        "count": review.count_rows(store, flt),
        "count_with_another_filter": review.count_rows(store, with_other),
        "rows": {r.id for r in review.query_rows(store, flt, limit=None)},
        "page": {r.id for r in review.query_rows(store, flt, limit=200)},
        "pages_of_one": paged,
        "sessions_list": {s.id for s in store.list_sessions(text=words)},
        "sessions_count": store.count_sessions(text=words),
    }


def _check(store: Store, words: str) -> None:
    expected = _expected(store, words)
    assert _found(store, words) == {
        "count": len(expected),
        "count_with_another_filter": len(expected),
        "rows": expected,
        "page": expected,
        "pages_of_one": expected,
        "sessions_list": expected,
        "sessions_count": len(expected),
    }, words


def test_words_find_exactly_the_calls_that_hold_them(store, catalog):
    calls = _calls(store, catalog)
    if store.engine.dialect.name == "sqlite":
        assert store.words_indexed  # the FTS5 words table is there and used
    for words in QUERIES:
        _check(store, words)
    by_name = {who: sid for sid, who in calls.items()}
    assert _expected(store, "heard of us") == {by_name["Cy"]}
    assert _expected(store, "us") == {by_name["Cy"], by_name["Ed"]}
    assert _expected(store, "STRASSE") == {by_name["Di"]}  # ß folds to ss


def test_the_words_follow_every_edit_of_a_call(store, catalog):
    calls = {who: sid for sid, who in _calls(store, catalog).items()}
    sid = calls["Cy"]
    store.add_turn(sid, 2, Turn(speaker="trainee", text="Vi kör lastbilar i Skåne."))
    _check(store, "lastbilar skåne")
    store.update_turn(sid, 1, Turn(speaker="prospect", text="Nej, aldrig."))  # a barge-in
    _check(store, "no")
    _check(store, "aldrig")
    store.drop_turns(sid, 2)  # a Rewind
    _check(store, "lastbilar")
    assert not _expected(store, "lastbilar")
    store.delete_session(calls["Ed"])
    _check(store, "of us")
    _check(store, "us")
    if store.engine.dialect.name == "sqlite":  # the words table keeps one row per call
        with store.connect() as conn:
            rows = conn.execute(text("SELECT rowid FROM sessions_fts ORDER BY rowid")).all()
        assert [r[0] for r in rows] == store.session_ids()


def test_sqlite_finds_the_same_calls_without_the_words_table(tmp_path, catalog):
    indexed = Store(f"sqlite:///{tmp_path / 'words.sqlite3'}")
    _calls(indexed, catalog)
    plain = Store(f"sqlite:///{tmp_path / 'words.sqlite3'}")
    plain._words_indexed = False  # as on an SQLite without FTS5: LIKE over the sessions
    try:
        for words in QUERIES:
            assert _found(plain, words) == _found(indexed, words), words
    finally:
        indexed.close()
        plain.close()
