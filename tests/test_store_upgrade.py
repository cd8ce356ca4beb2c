"""A database made by the previous release (schema 0004) upgrades in place with its data, on
SQLite and PostgreSQL alike."""

from __future__ import annotations

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from tests.test_review_store import make_session, score_payload
from trainer.store import Store, review


def test_a_0004_database_upgrades_in_place_with_its_data(store_url, catalog):
    old = Store(store_url, migrate=False)
    cfg = old.alembic_config()
    with old.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
    with old.engine.connect() as conn:  # what the previous release had: no sender_score yet
        columns = {c["name"] for c in inspect(conn).get_columns("sessions")}
    assert "sender_score" not in columns and "coaching" not in columns
    old.close()
    # The previous release's data, written with the columns it knew.
    with Store(store_url, migrate=False) as writer, writer.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO trainees (name, created_at) VALUES ('Åsa', :t)"), {"t": "2024-05-01"}
        )
        conn.execute(
            text(
                "INSERT INTO sessions (trainee_id, persona_id, persona_name, language, engine, "
                "started_at, outcome, exam_mode, turn_count, search_text, uid, reviewed, overall) "
                "VALUES (1, 'grumpy-ceo-sv', 'Lars', 'sv', 'scripted', :t, 'meeting', false, 1, "
                "'hej lars', 'u-1', true, 61)"
            ),
            {"t": "2024-05-01 10:00:00"},
        )
        conn.execute(
            text(
                'INSERT INTO turns (session_id, "index", speaker, text, cut_off) '
                "VALUES (1, 0, 'trainee', 'Hej Lars', false)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO review_comments (uid, session_id, turn_index, author, text, "
                "created_at) VALUES ('c-1', 1, 0, 'Tina', 'Bra öppning', :t)"
            ),
            {"t": "2024-05-02 09:00:00"},
        )
    with Store(store_url) as store:  # today's Store upgrades it on opening
        with store.engine.connect() as conn:
            from alembic.runtime.migration import MigrationContext

            current = set(MigrationContext.configure(conn).get_current_heads())
        assert current == set(ScriptDirectory.from_config(cfg).get_heads())
        info = store.session_info(1)
        assert (info.trainee, info.outcome, info.overall, info.reviewed) == (
            "Åsa",
            "meeting",
            61,
            True,
        )
        transcript = store.get_transcript(1)
        assert [t.text for t in transcript.turns] == ["Hej Lars"] and transcript.coaching is None
        assert review.feedback_for(store, 1).turn_comments[0][0].text == "Bra öppning"
        assert store.list_sessions(text="lars")[0].id == 1
        # and it takes new calls with today's columns
        sid = make_session(store, catalog, trainee="Åsa")
        store.save_score(sid, "auto", "t1", score_payload())
        assert store.count_sessions(trainee="Åsa") == 2


def _list_indexes(conn) -> dict[str, list[str]]:
    return {
        i["name"]: i["column_names"]
        for i in inspect(conn).get_indexes("sessions")
        if i["name"] != "ix_sessions_uid" and i["name"] != "ix_sessions_search_trgm"
    }


def _words_index(conn) -> bool:
    """The SQLite words table or PostgreSQL's trigram index of migration 0007 is there."""
    if conn.dialect.name == "sqlite":
        return "sessions_fts" in inspect(conn).get_table_names()
    names = {i["name"] for i in inspect(conn).get_indexes("sessions")}
    return "ix_sessions_search_trgm" in names


def test_a_0006_database_gets_the_list_indexes_with_its_calls_and_can_go_back(store_url, catalog):
    from trainer.store.models import SessionRow

    old = Store(store_url, migrate=False)
    cfg = old.alembic_config()
    with old.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
    # calls stored by the previous release, before the words had an index of their own
    ids = [
        make_session(old, catalog, trainee="Åsa", lines=["Hej Lars, har du hört talas om oss?"]),
        make_session(
            old, catalog, trainee="Bo", lines=["How do you plan your routes?", "By hand."]
        ),
    ]
    for sid in ids:
        old.save_score(sid, "auto", "t1", score_payload())
    with old.engine.connect() as conn:
        assert not _words_index(conn)
        before = _list_indexes(conn)
    old.close()

    with Store(store_url) as store:  # today's Store upgrades it on opening
        with store.engine.connect() as conn:
            assert _words_index(conn)
            expected = {i.name: [c.name for c in i.columns] for i in SessionRow.__table__.indexes}
            assert _list_indexes(conn) == expected  # the models say what 0007 made
        assert store.words_indexed is (store.engine.dialect.name == "sqlite")
        found = review.query_rows(store, review.SessionFilter(words="HÖRT om"))
        assert [r.id for r in found] == [ids[0]]
        assert review.count_rows(store, review.SessionFilter(words="by hand")) == 1
        assert [s.id for s in store.list_sessions(text="routes")] == [ids[1]]
        assert [r.id for r in review.query_rows(store, sort="overall", limit=1, offset=1)] == [
            ids[0]
        ]
        # a call stored after the upgrade is found as well
        new = make_session(store, catalog, trainee="Åsa", lines=["Vi kör i Skåne."])
        assert [r.id for r in review.query_rows(store, review.SessionFilter(words="skåne"))] == [
            new
        ]
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0006")
            assert not _words_index(conn)
            assert _list_indexes(conn) == before

    with Store(store_url, migrate=False) as back:  # the previous release's queries still work
        assert back.count_sessions(text="skåne") == 1 and back.count_sessions() == 3
    with Store(store_url) as again:  # and it upgrades once more
        assert review.count_rows(again, review.SessionFilter(words="hört")) == 1
        assert [r.id for r in review.query_rows(again, review.SessionFilter(words="plan"))] == [
            ids[1]
        ]
