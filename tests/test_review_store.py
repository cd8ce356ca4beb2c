"""Review feedback and the review list's queries, on real SQLite files with 10,000 sessions."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from trainer.core.transcript import Turn
from trainer.store import Store, review

BIG = 10_000


@pytest.fixture(scope="session")
def big_db_template(tmp_path_factory):
    """One SQLite file with 10,000 generated sessions, built once; tests work on copies."""
    from trainer.exchange import sample_data

    folder = tmp_path_factory.mktemp("big")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TRAINER_DATA_DIR", str(folder / "data"))
        store = Store(f"sqlite:///{folder / 'big.sqlite3'}")
        sample_data.fill(store, BIG, seed=11)
        store.close()
    return folder / "big.sqlite3"


@pytest.fixture
def big_store(big_db_template, tmp_path):
    path = tmp_path / "big.sqlite3"
    shutil.copy(big_db_template, path)
    store = Store(f"sqlite:///{path}")
    yield store
    store.close()


@pytest.fixture(scope="module")
def big_ro(big_db_template, tmp_path_factory):
    """A shared copy for tests that only read."""
    path = tmp_path_factory.mktemp("ro") / "big.sqlite3"
    shutil.copy(big_db_template, path)
    store = Store(f"sqlite:///{path}")
    yield store
    store.close()


@pytest.fixture
def store(store_url):
    """A new store on each backend: a SQLite file and a fresh PostgreSQL database."""
    store = Store(store_url)
    yield store
    store.close()


def make_session(store: Store, catalog, trainee="Anna", persona="grumpy-ceo-en", lines=None):
    persona_obj = catalog.get(persona)
    sid = store.start_session(trainee, persona_obj, "scripted", None)
    lines = lines or ["Hi, I'm calling about your deliveries.", "Go on.", "How do you plan?"]
    for i, text in enumerate(lines):
        speaker = "trainee" if i % 2 == 0 else "prospect"
        store.add_turn(sid, i, Turn(speaker=speaker, text=text, start=i * 2.0, end=i * 2.0 + 1.5))
    store.end_session(sid, "callback")
    return sid


def score_payload(needs=40, time=70):
    return {
        "needs": {
            "score": needs,
            "criteria": [
                {
                    "id": "open_questions",
                    "name": "Open questions",
                    "score": 5,
                    "max": 20,
                    "evidence": [0],
                    "quotes": [],
                    "note": "",
                    "tip": "",
                },
                {
                    "id": "next_step",
                    "name": "Next step",
                    "score": 20,
                    "max": 20,
                    "evidence": [2],
                    "quotes": [],
                    "note": "",
                    "tip": "",
                },
            ],
        },
        "time": {
            "score": time,
            "criteria": [
                {
                    "id": "reason_early",
                    "name": "Reason early",
                    "score": 10,
                    "max": 20,
                    "evidence": [0],
                    "quotes": [],
                    "note": "",
                    "tip": "",
                },
            ],
        },
        "overall": (needs + time) // 2,
        "metrics": {"questions": 1},
        "tips": [],
    }


# ----------------------------------------------------------------------------- migration


def test_migration_adds_review_columns_and_tables(store):
    inspector = sa.inspect(store.engine)
    columns = {c["name"] for c in inspector.get_columns("sessions")}
    assert {"uid", "reviewed", "reviewed_at"} <= columns
    assert {"review_comments", "score_overrides"} <= set(inspector.get_table_names())


def test_upgrade_backfills_uids_of_existing_sessions(tmp_path, catalog):
    from alembic import command

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    old = Store(url, migrate=False)
    command.upgrade(old.alembic_config(), "0001")
    # rows as an installation at revision 0001 wrote them (no uid, no reviewed mark)
    with old.engine.begin() as conn:
        conn.execute(
            sa.text("INSERT INTO trainees (id, name, created_at) VALUES (1, 'Old', '2026-01-01')")
        )
        for sid in (1, 2, 3):
            conn.execute(
                sa.text(
                    "INSERT INTO sessions (id, trainee_id, persona_id, persona_name, language, engine,"
                    " started_at, exam_mode, turn_count, search_text)"
                    " VALUES (:id, 1, 'grumpy-ceo-en', 'Larry Graham', 'en', 'scripted',"
                    " '2026-01-01 10:00:00', 0, 0, '')"
                ),
                {"id": sid},
            )
    ids = [1, 2, 3]
    old.close()

    upgraded = Store(url)
    with upgraded.engine.connect() as conn:
        uids = dict(conn.execute(sa.text("SELECT id, uid FROM sessions")).all())
    assert sorted(uids) == ids
    assert all(uids.values()) and len(set(uids.values())) == 3
    assert upgraded.session_info(ids[0]).reviewed is False
    upgraded.close()


def test_new_sessions_get_a_uid(store, catalog):
    sid = make_session(store, catalog)
    assert review.ensure_uid(store, sid) == review.ensure_uid(store, sid)


# ----------------------------------------------------------------------------- feedback


def test_comments_on_turns_and_session(store, catalog):
    sid = make_session(store, catalog)
    review.add_comment(store, sid, "  Good reason, early.  ", turn_index=0, author="Kim")
    review.add_comment(store, sid, "Ask one more question next time.")
    fb = review.feedback_for(store, sid)
    assert [c.text for c in fb.turn_comments[0]] == ["Good reason, early."]
    assert fb.turn_comments[0][0].author == "Kim"
    assert [c.text for c in fb.session_comments] == ["Ask one more question next time."]
    assert not fb.is_empty


def test_empty_comment_is_refused(store, catalog):
    sid = make_session(store, catalog)
    with pytest.raises(review.FeedbackError, match="needs some text"):
        review.add_comment(store, sid, "   ")
    assert review.feedback_for(store, sid).is_empty


def test_comment_on_missing_session_is_refused(store):
    with pytest.raises(review.FeedbackError, match="does not exist"):
        review.add_comment(store, 999, "hello")


def test_override_needs_a_reason_and_keeps_the_automatic_score(store, catalog):
    sid = make_session(store, catalog)
    store.save_score(sid, "auto", "t1", score_payload())
    with pytest.raises(review.FeedbackError, match="reason"):
        review.set_override(store, sid, "open_questions", 15, "  ")
    with pytest.raises(review.FeedbackError, match="between 0 and 20"):
        review.set_override(store, sid, "open_questions", 25, "too low")
    with pytest.raises(review.FeedbackError, match="no 'nope'"):
        review.set_override(store, sid, "nope", 1, "why")

    o = review.set_override(store, sid, "open_questions", 15, "Turn 3 was an open question")
    assert (o.auto_score, o.score, o.max, o.section) == (5, 15, 20, "needs")
    fb = review.feedback_for(store, sid)
    assert fb.overrides["open_questions"].reason == "Turn 3 was an open question"
    # the automatic score is untouched; the totals the list shows include the correction
    auto = store.get_score(sid, "auto")
    assert auto["needs"]["criteria"][0]["score"] == 5 and auto["needs"]["score"] == 40
    info = store.session_info(sid)
    assert (info.needs, info.time, info.overall) == (88, 50, 69)  # (15+20)/40, 10/20
    assert review.query_rows(store, review.SessionFilter(score_min=69, score_max=69))[0].id == sid

    review.set_override(store, sid, "open_questions", 10, "On second thought")
    fb = review.feedback_for(store, sid)
    assert fb.overrides["open_questions"].score == 10
    assert [h.score for h in fb.override_history] == [15, 10]
    assert store.session_info(sid).needs == 75  # the latest correction counts


def test_reviewed_mark(store, catalog):
    sid = make_session(store, catalog)
    assert review.feedback_for(store, sid).reviewed is False
    review.set_reviewed(store, sid)
    fb = review.feedback_for(store, sid)
    assert fb.reviewed and fb.reviewed_at is not None
    assert store.session_info(sid).reviewed is True
    review.set_reviewed(store, sid, False)
    assert review.feedback_for(store, sid).reviewed is False


def test_trainee_feedback_counts_comments_and_overrides_not_the_mark(store, catalog):
    first = make_session(store, catalog)
    second = make_session(store, catalog)
    third = make_session(store, catalog)
    other = make_session(store, catalog, trainee="Bo")
    assert review.trainee_feedback(store, "Anna") == review.TraineeFeedback(3, 0, None)

    review.add_comment(store, first, "Good opener.", turn_index=1)
    store.save_score(second, "auto", "t1", score_payload())
    review.set_override(store, second, "open_questions", 15, "Turn 3 was open")
    review.set_reviewed(store, third)  # a mark alone says nothing to read
    review.add_comment(store, other, "Someone else's call")

    assert review.trainee_feedback(store, "Anna") == review.TraineeFeedback(3, 2, second)
    with_feedback = review.SessionFilter(trainee="Anna", has_feedback=True)
    assert {r.id for r in review.query_rows(store, with_feedback)} == {first, second}
    without = review.SessionFilter(trainee="Anna", has_feedback=False)
    assert [r.id for r in review.query_rows(store, without)] == [third]
    assert review.trainee_feedback(store, "Nobody") == review.TraineeFeedback(0, 0, None)


def test_deleting_a_session_removes_its_feedback(store, catalog):
    sid = make_session(store, catalog)
    store.save_score(sid, "auto", "t1", score_payload())
    review.add_comment(store, sid, "note", turn_index=1)
    review.set_override(store, sid, "next_step", 10, "no set time")
    store.delete_session(sid)
    with store.engine.connect() as conn:
        for table in ("review_comments", "score_overrides"):
            assert conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar() == 0


# ----------------------------------------------------------------------------- the big list


def all_rows(store):
    return review.query_rows(store, limit=None)


def test_big_list_count_and_pages_do_not_overlap(big_ro):
    assert review.count_rows(big_ro) == BIG
    seen: list[int] = []
    for page in range(0, 3):
        rows = review.query_rows(
            big_ro, sort="overall", descending=True, limit=200, offset=page * 200
        )
        assert len(rows) == 200
        seen += [r.id for r in rows]
    assert len(set(seen)) == 600
    last = review.query_rows(big_ro, limit=200, offset=BIG - 50)
    assert len(last) == 50


@pytest.mark.parametrize(
    "key",
    [
        "trainee",
        "persona",
        "started_at",
        "duration",
        "outcome",
        "needs",
        "time",
        "overall",
        "reviewed",
    ],
)
def test_big_list_sorts_in_sql(big_ro, key):
    attr = {"persona": "persona_name", "duration": "duration_seconds"}.get(key, key)
    rows = review.query_rows(big_ro, sort=key, descending=False, limit=500, offset=4000)
    values = [getattr(r, attr) for r in rows]
    assert values == sorted(values, key=lambda v: (v is not None, v))
    rows = review.query_rows(big_ro, sort=key, descending=True, limit=300)
    values = [getattr(r, attr) for r in rows]
    assert values == sorted(values, key=lambda v: (v is not None, v), reverse=True)


def test_big_list_filters_match_a_plain_python_filter(big_ro):
    everything = all_rows(big_ro)
    assert len(everything) == BIG
    trainee = everything[17].trainee
    persona = everything[42].persona_id
    cases = [
        (review.SessionFilter(trainee=trainee), lambda r: r.trainee == trainee),
        (review.SessionFilter(persona_id=persona), lambda r: r.persona_id == persona),
        (review.SessionFilter(outcome="meeting"), lambda r: r.outcome == "meeting"),
        (
            review.SessionFilter(score_min=40, score_max=60),
            lambda r: r.overall is not None and 40 <= r.overall <= 60,
        ),
        (
            review.SessionFilter(trainee=trainee, outcome="hung_up", score_max=30),
            lambda r: (
                r.trainee == trainee
                and r.outcome == "hung_up"
                and r.overall is not None
                and r.overall <= 30
            ),
        ),
    ]
    for flt, keep in cases:
        expected = {r.id for r in everything if keep(r)}
        assert expected, flt
        assert review.count_rows(big_ro, flt) == len(expected)
        assert {r.id for r in review.query_rows(big_ro, flt, limit=None)} == expected


def test_big_list_date_range_uses_local_days(big_ro):
    everything = all_rows(big_ro)
    day = everything[100].started_at.astimezone().date()
    flt = review.SessionFilter(date_from=day - timedelta(days=6), date_to=day)
    expected = {
        r.id
        for r in everything
        if day - timedelta(days=6) <= r.started_at.astimezone().date() <= day
    }
    assert expected
    assert {r.id for r in review.query_rows(big_ro, flt, limit=None)} == expected
    assert review.count_rows(big_ro, review.SessionFilter(date_from=date(2100, 1, 1))) == 0


def test_big_list_words_in_the_transcript(big_store, catalog):
    sid = make_session(
        big_store, catalog, trainee="Zoë", lines=["Hej, jag ringer om ÅKERIETS däck.", "Jaså."]
    )
    found = review.query_rows(big_store, review.SessionFilter(words="åkeriets DÄCK"))
    assert [r.id for r in found] == [sid]
    # every generated "heard of us" call, none of the others
    hits = review.count_rows(big_store, review.SessionFilter(words="heard of us"))
    assert 0 < hits < BIG
    assert review.count_rows(big_store, review.SessionFilter(words="100%_")) == 0


def test_big_list_reviewed_filter(big_store):
    ids = [r.id for r in review.query_rows(big_store, limit=3)]
    for sid in ids:
        review.set_reviewed(big_store, sid)
    flt = review.SessionFilter(reviewed=True)
    assert {r.id for r in review.query_rows(big_store, flt)} == set(ids)
    assert review.count_rows(big_store, review.SessionFilter(reviewed=False)) == BIG - 3


def test_progress_and_most_missed(big_store):
    trainee = all_rows(big_store)[0].trainee
    points = review.trainee_progress(big_store, trainee)
    assert len(points) == review.count_rows(big_store, review.SessionFilter(trainee=trainee))
    assert [p.started_at for p in points] == sorted(p.started_at for p in points)

    missed = review.most_missed(big_store, trainee, last_n=10)
    assert missed and all(
        m.sessions <= 10 and 0 < m.missed + m.partly <= m.sessions for m in missed
    )
    assert [m.missed for m in missed] == sorted((m.missed for m in missed), reverse=True)

    # an override to full marks takes the criterion off the list for that session
    last = review.query_rows(big_store, review.SessionFilter(trainee=trainee), limit=1)[0]
    payload = big_store.get_score(last.id)
    top = missed[0]
    crit = review.find_criterion(payload, top.criterion_id)
    if crit is not None and crit[1]["score"] == 0 < crit[1]["max"]:  # missed, not partly
        review.set_override(big_store, last.id, top.criterion_id, crit[1]["max"], "fair call")
        after = {m.criterion_id: m.missed for m in review.most_missed(big_store, trainee, 10)}
        assert after.get(top.criterion_id, 0) == top.missed - 1


def test_an_older_database_gets_its_corrected_totals_on_upgrade(isolated_env, catalog):
    from alembic import command

    url = f"sqlite:///{isolated_env / 'v3.sqlite3'}"
    with Store(url) as store:
        sid = make_session(store, catalog)
        store.save_score(sid, "auto", "t1", score_payload())
        review.set_override(store, sid, "open_questions", 15, "Turn 3 was open")
        # As a release before corrected totals left it: the automatic totals on the row.
        with store.engine.begin() as conn:
            conn.execute(sa.text("update sessions set needs=40, time=70, overall=55"))
        command.downgrade(store.alembic_config(), "0003")
    with Store(url) as upgraded:
        info = upgraded.session_info(sid)
        assert (info.needs, info.time, info.overall) == (88, 50, 69)
