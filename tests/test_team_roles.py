"""Roles on a real PostgreSQL server: what a trainee and a trainer may do is enforced by the
server (grants and row-level security set up by `trainer team ...`), not by the app."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import text

from tests.test_review_store import make_session, score_payload
from trainer.cli import main
from trainer.core.errors import KnownError
from trainer.core.transcript import Turn
from trainer.store import Store, review
from trainer.store.errors import PermissionRefusedError


def _cli(monkeypatch, capsys, url: str, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setenv("TRAINER_DATABASE_URL", url)
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.fixture
def team(pg_database, monkeypatch, capsys, request):
    """The owner's database with `team init`, trainees Anna and Bo, and trainer Tina."""
    suffix = request.node.name[-6:].lower().strip("_[]") or "x"
    Store(pg_database).close()  # the owner creates the schema
    rc, out, err = _cli(monkeypatch, capsys, pg_database, "team", "init")
    assert rc == 0, err
    urls: dict[str, str] = {}
    for who, kind in (
        (f"Anna {suffix}", "trainee"),
        (f"Bo {suffix}", "trainee"),
        (f"Tina {suffix}", "trainer"),
    ):
        rc, out, err = _cli(monkeypatch, capsys, pg_database, "team", f"add-{kind}", who)
        assert rc == 0, err
        urls[who.split()[0]] = re.search(r"TRAINER_DATABASE_URL=(\S+)", out).group(1)
        assert re.search(r"password: \S{20,}", out)
        assert ":" not in urls[who.split()[0]].split("@")[0].split("//")[1]  # no password in it
    monkeypatch.delenv("TRAINER_DATABASE_URL")
    stores = {name: Store(url) for name, url in urls.items()}
    stores["owner"] = Store(pg_database)
    stores["names"] = {name: f"{name} {suffix}" for name in urls}
    yield stores
    for key, store in stores.items():
        if key != "names":
            store.close()
    with stores["owner"].engine.begin() as conn:  # login roles are server-wide
        for url in urls.values():
            role = url.split("//")[1].split("@")[0]
            conn.execute(text(f'DROP OWNED BY "{role}"'))
            conn.execute(text(f'DROP ROLE "{role}"'))


def test_each_person_sees_their_role(team):
    assert team["owner"].role == "owner"
    assert team["Tina"].role == "trainer"
    assert team["Anna"].role == "trainee" and team["Bo"].role == "trainee"


def test_a_local_file_is_one_person_as_before(tmp_path, catalog):
    with Store(f"sqlite:///{tmp_path / 'one.sqlite3'}") as store:
        assert store.role == "local"
        sid = make_session(store, catalog)
        store.save_score(sid, "auto", "t1", score_payload())
        review.set_override(store, sid, "open_questions", 15, "fine")
        review.set_reviewed(store, sid)
        store.delete_session(sid)


def test_a_trainee_stores_and_reads_only_their_own_calls(team, catalog):
    anna, bo, names = team["Anna"], team["Bo"], team["names"]
    mine = make_session(anna, catalog, trainee=names["Anna"])
    anna.save_score(mine, "auto", "t1", score_payload())
    anna.drop_turns(mine, 2)  # a Rewind on one's own call
    anna.add_turn(mine, 2, Turn(speaker="trainee", text="When do you plan?"))
    theirs = make_session(bo, catalog, trainee=names["Bo"])
    assert [s.id for s in anna.list_sessions()] == [mine]
    assert anna.trainees() == [names["Anna"]]
    assert [r.id for r in review.query_rows(anna)] == [mine]
    for read in (anna.get_transcript, anna.session_info, review.feedback_for):
        if read is review.feedback_for:
            assert read(anna, theirs).is_empty  # nothing of Bo's call shows
            continue
        with pytest.raises(KnownError, match=f"no session {theirs}"):
            read(theirs)
    with pytest.raises(KnownError, match=f"no session {theirs}"):
        anna.add_turn(theirs, 3, Turn(speaker="trainee", text="sneaky"))
    with pytest.raises(PermissionRefusedError, match="only a trainer can store calls"):
        make_session(anna, catalog, trainee=names["Bo"])
    assert len(team["owner"].get_transcript(theirs).turns) == 3


def test_a_trainee_cannot_override_mark_or_delete_even_their_own(team, catalog):
    anna, owner = team["Anna"], team["owner"]
    sid = make_session(anna, catalog, trainee=team["names"]["Anna"])
    anna.save_score(sid, "auto", "t1", score_payload())
    with pytest.raises(PermissionRefusedError, match="^only a trainer can override scores; ask"):
        review.set_override(anna, sid, "open_questions", 20, "I was great")
    with pytest.raises(PermissionRefusedError, match="only a trainer can mark calls reviewed"):
        review.set_reviewed(anna, sid)
    with pytest.raises(PermissionRefusedError, match="only a trainer can comment"):
        review.add_comment(anna, sid, "praise myself")
    with pytest.raises(PermissionRefusedError, match="only a trainer can delete calls"):
        anna.delete_session(sid)
    # nothing of it reached the database, not even the turns the delete began with
    assert len(owner.get_transcript(sid).turns) == 3
    assert review.feedback_for(owner, sid).is_empty
    assert owner.session_info(sid).reviewed is False
    with anna.engine.begin() as conn, pytest.raises(Exception, match="permission denied"):
        conn.execute(text("UPDATE sessions SET reviewed = true"))  # not by hand either


def test_the_refusal_is_one_line_on_the_command_line(team, catalog, monkeypatch, capsys):
    anna = team["Anna"]
    sid = make_session(anna, catalog, trainee=team["names"]["Anna"])
    url = anna.url.render_as_string(hide_password=False)
    rc, out, err = _cli(monkeypatch, capsys, url, "sessions", "delete", str(sid))
    assert rc == 1
    assert err == "trainer: only a trainer can delete calls; ask your trainer\n"


def test_a_trainer_reviews_every_call_and_the_trainee_reads_the_feedback(team, catalog):
    anna, bo, tina = team["Anna"], team["Bo"], team["Tina"]
    names = team["names"]
    a = make_session(anna, catalog, trainee=names["Anna"])
    anna.save_score(a, "auto", "t1", score_payload())
    b = make_session(bo, catalog, trainee=names["Bo"])
    assert {s.id for s in tina.list_sessions()} == {a, b}
    review.set_override(tina, a, "open_questions", 15, "Turn 3 was open")
    review.add_comment(tina, a, "Good opener", turn_index=0, author="Tina")
    review.set_reviewed(tina, a)
    fb = review.feedback_for(anna, a)
    assert fb.overrides["open_questions"].score == 15 and fb.reviewed
    assert fb.turn_comments[0][0].text == "Good opener"
    assert anna.session_info(a).needs == 88  # the corrected totals reach the trainee too
    tina.delete_session(b)
    assert team["owner"].session_ids() == [a]


def test_team_commands_need_the_owner_and_postgresql(team, tmp_path, monkeypatch, capsys):
    url = team["Tina"].url.render_as_string(hide_password=False)
    rc, _, err = _cli(monkeypatch, capsys, url, "team", "add-trainee", "Eve")
    assert rc == 1 and err.startswith("trainer: only the database's owner can set up the team")
    rc, _, err = _cli(monkeypatch, capsys, f"sqlite:///{tmp_path / 'x.db'}", "team", "init")
    assert rc == 1 and "need a PostgreSQL server" in err and err.count("\n") == 1


def test_the_review_shows_a_trainee_what_only_a_trainer_may_do(team, qtbot):
    from trainer.ui.review.workspace import ReviewWorkspace

    for who, allowed in (("Anna", False), ("Tina", True)):
        workspace = ReviewWorkspace(team[who])
        qtbot.addWidget(workspace)
        view = workspace.session_view
        assert workspace.delete_button.isEnabled() is allowed
        assert view.reviewed.isEnabled() is allowed
        if not allowed:
            assert "Only a trainer" in workspace.delete_button.toolTip()
            view.override_reason.setText("I was great")
            assert not view.override_button.isEnabled()
            assert "Only a trainer" in view.override_button.toolTip()


def _scores(store: Store, sid: int) -> list[tuple]:
    return [(h["kind"], h["scorer_version"], h["overall"]) for h in store.score_history(sid)]


def test_a_trainee_scores_a_new_call_but_a_corrected_or_reviewed_one_is_the_trainers(team, catalog):
    anna, tina, owner = team["Anna"], team["Tina"], team["owner"]
    corrected = make_session(anna, catalog, trainee=team["names"]["Anna"])
    reviewed = make_session(anna, catalog, trainee=team["names"]["Anna"])
    for sid in (corrected, reviewed):  # the app scores the trainee's new call on their machine
        anna.save_score(sid, "auto", "t1", score_payload())
    review.set_override(tina, corrected, "open_questions", 15, "Turn 3 was open")
    review.set_reviewed(tina, reviewed)
    totals = {sid: owner.session_info(sid) for sid in (corrected, reviewed)}
    history = {sid: _scores(owner, sid) for sid in (corrected, reviewed)}
    assert totals[corrected].needs == 88  # the trainer's correction is in the totals

    for sid in (corrected, reviewed):
        # through the app: a newer scorer's score, or the same version with another result
        for version, payload in (("t2", score_payload(needs=100)), ("t1", score_payload(90))):
            with pytest.raises(PermissionRefusedError, match="^only a trainer can change the sc"):
                anna.save_score(sid, "auto", version, payload)
        # and by hand, on the trainee's own connection
        for sql in (
            "UPDATE sessions SET overall = 100, needs = 100 WHERE id = :sid",
            "UPDATE scores SET overall = 100 WHERE session_id = :sid",
            "INSERT INTO scores (session_id, kind, scorer_version, created_at, payload, overall) "
            "VALUES (:sid, 'auto', 'mine', now(), '{}', 100)",
        ):
            with anna.engine.begin() as conn, pytest.raises(Exception) as refused:
                conn.execute(text(sql), {"sid": sid})
            assert getattr(refused.value.orig, "sqlstate", None) == "42501", sql
        assert owner.session_info(sid) == totals[sid]
        assert _scores(owner, sid) == history[sid]
        # what the trainee's app still writes to a call under review goes through
        anna.add_turn(sid, 3, Turn(speaker="prospect", text="One more thing."))
        assert anna.session_info(sid).turn_count == 4

    # the trainer still rescores and corrects; a new call of the trainee's is open again
    tina.save_score(reviewed, "auto", "t2", score_payload(needs=60))
    assert owner.session_info(reviewed).needs == 60
    fresh = make_session(anna, catalog, trainee=team["names"]["Anna"])
    with anna.engine.begin() as conn:  # the trainee's own, not yet seen by a trainer
        conn.execute(text("UPDATE sessions SET overall = 50 WHERE id = :sid"), {"sid": fresh})
    anna.save_score(fresh, "auto", "t1", score_payload())
    assert owner.session_info(fresh).overall == anna.session_info(fresh).overall
