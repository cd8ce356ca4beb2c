"""The store on real SQLite files: migrations, round trips, scores, deletion, failures, 10,000 rows."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import event, insert, inspect, text

from trainer import paths
from trainer.core.errors import KnownError
from trainer.core.transcript import AgreedTimeData, Turn
from trainer.store import SessionSummary, Store, StoreError
from trainer.store.models import SessionRow, TraineeRow, TurnRow

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def store(store_url):
    """A new store on each backend: a SQLite file and a fresh PostgreSQL database."""
    s = Store(store_url)
    yield s
    s.close()


def _turns() -> list[Turn]:
    return [
        Turn(speaker="prospect", text="Grahn.", start=0.0, end=0.8),
        Turn(
            speaker="trainee",
            text="Hej Lars, Anna från Acme. Hur planerar ni rutterna?",
            start=1.2,
            end=4.0,
        ),
        Turn(speaker="prospect", text="I Excel, ärligt talat.", start=4.5, end=6.25),
    ]


def _record(store: Store, persona, trainee: str = "Anna", outcome: str | None = "meeting") -> int:
    sid = store.start_session(trainee, persona, "scripted", None)
    for i, turn in enumerate(_turns()):
        store.add_turn(sid, i, turn)
    if outcome:
        store.end_session(sid, outcome)
    return sid


# ------------------------------------------------------------------------------- migrations


def test_fresh_file_is_migrated_to_head_and_reopens(isolated_env):
    db = isolated_env / "trainer.sqlite3"
    assert not db.exists()
    with Store() as s:
        heads = set(command.ScriptDirectory.from_config(s.alembic_config()).get_heads())
        with s.engine.connect() as conn:
            current = {
                row[0] for row in conn.execute(text("select version_num from alembic_version"))
            }
            tables = set(inspect(conn).get_table_names())
    assert db.exists()
    assert current == heads
    assert {"trainees", "sessions", "turns", "scores"} <= tables
    with Store() as again:  # reopening an up-to-date file changes nothing and works
        assert again.count_sessions() == 0


def test_existing_database_at_first_revision_is_upgraded_keeping_data(isolated_env, catalog):
    url = f"sqlite:///{isolated_env / 'old.sqlite3'}"
    s = Store(url, migrate=False)
    cfg = s.alembic_config()
    command.upgrade(cfg, "0001")
    with s.engine.begin() as conn:
        conn.execute(
            text(
                "insert into trainees (id, name, created_at) values (1, 'Old', '2024-01-01 10:00:00')"
            )
        )
        conn.execute(
            text(
                "insert into sessions (id, trainee_id, persona_id, persona_name, language, engine, "
                "started_at, exam_mode, turn_count, search_text) values "
                "(7, 1, 'grumpy-ceo-sv', 'Lars Grahn', 'sv', 'scripted', '2024-01-01 10:00:00', 0, 0, '')"
            )
        )
    s.close()
    with Store(url) as upgraded:
        heads = set(command.ScriptDirectory.from_config(upgraded.alembic_config()).get_heads())
        with upgraded.engine.connect() as conn:
            current = {
                row[0] for row in conn.execute(text("select version_num from alembic_version"))
            }
        assert current == heads
        info = upgraded.session_info(7)
        assert info.trainee == "Old"
        assert info.started_at == datetime(2024, 1, 1, 10, 0, tzinfo=UTC)
        new = upgraded.start_session("Old", catalog.get("grumpy-ceo-sv"), "scripted", None)
        assert upgraded.count_sessions(trainee="Old") == 2
        assert new != 7


def test_a_database_from_before_acts_keeps_its_turns_and_stores_acts_from_now_on(
    isolated_env, catalog
):
    url = f"sqlite:///{isolated_env / 'v2.sqlite3'}"
    s = Store(url, migrate=False)
    command.upgrade(s.alembic_config(), "0002")
    with s.engine.begin() as conn:
        conn.execute(
            text("insert into trainees (id, name, created_at) values (1, 'Old', '2024-01-01')")
        )
        conn.execute(
            text(
                "insert into sessions (id, trainee_id, persona_id, persona_name, language, engine, "
                "started_at, exam_mode, turn_count, search_text, uid, reviewed) values "
                "(3, 1, 'grumpy-ceo-en', 'Larry', 'en', 'scripted', '2024-01-01', 0, 1, 'hi', 'u-3', 0)"
            )
        )
        conn.execute(
            text(
                'insert into turns (session_id, "index", speaker, text, cut_off) '
                "values (3, 0, 'trainee', 'Can I ring you Friday at 10?', 0)"
            )
        )
    s.close()
    with Store(url) as upgraded:
        old = upgraded.get_transcript(3)
        assert old.turns[0].text == "Can I ring you Friday at 10?" and old.turns[0].acts is None
        assert old.agreed_time is None
        sid = upgraded.start_session("Old", catalog.get("grumpy-ceo-en"), "scripted", None)
        upgraded.add_turn(
            sid, 0, Turn(speaker="trainee", text="Friday at 10?", acts=["callback_proposal"])
        )
        when = AgreedTimeData(start=datetime(2026, 12, 4, 10, 0), label="Friday at ten")
        upgraded.end_session(sid, "callback", agreed_time=when)
        new = upgraded.get_transcript(sid)
        assert new.turns[0].acts == ["callback_proposal"]
        assert new.agreed_time == when
        assert upgraded.session_info(sid).agreed_time["label"] == "Friday at ten"


def test_sqlite_runs_in_wal_mode_with_foreign_keys(isolated_env):
    with Store() as store, store.engine.connect() as conn:
        assert conn.execute(text("pragma journal_mode")).scalar().lower() == "wal"
        assert conn.execute(text("pragma foreign_keys")).scalar() == 1
        assert conn.execute(text("pragma busy_timeout")).scalar() > 0


def test_database_newer_than_this_version_is_refused_in_one_line(isolated_env):
    with Store() as s, s.engine.begin() as conn:
        conn.execute(text("update alembic_version set version_num = '9999'"))
    with pytest.raises(StoreError, match=r"trainer\.sqlite3: .*newer trainer"):
        Store()


# -------------------------------------------------------------------------------- round trips


def test_session_round_trip(store, catalog):
    persona = catalog.get("grumpy-ceo-sv")
    sid = store.start_session("Anna", persona, "llm", "llama3.2", exam_mode=True)
    for i, turn in enumerate(_turns()):
        store.add_turn(sid, i, turn)
    open_info = store.session_info(sid)
    assert open_info.outcome is None and open_info.ended_at is None
    store.end_session(sid, "meeting")

    transcript = store.get_transcript(sid)
    assert transcript.persona == "grumpy-ceo-sv"
    assert transcript.language == "sv"
    assert transcript.trainee == "Anna"
    assert transcript.outcome == "meeting"
    assert transcript.turns == _turns()

    info = store.session_info(sid)
    assert isinstance(info, SessionSummary)
    assert (info.trainee, info.persona_id, info.persona_name) == (
        "Anna",
        "grumpy-ceo-sv",
        persona.display_name,
    )
    assert (info.engine, info.model, info.language) == ("llm", "llama3.2", "sv")
    assert info.exam_mode is True
    assert info.turn_count == 3
    assert info.duration_seconds == pytest.approx(6.25)
    assert info.started_at.tzinfo is not None and info.ended_at >= info.started_at
    assert info.reviewed is False
    assert store.trainees() == ["Anna"]


def test_update_turn_and_latency(store, catalog):
    sid = _record(store, catalog.get("grumpy-ceo-sv"))
    store.update_turn(
        sid, 2, Turn(speaker="prospect", text="I Excel", start=4.5, end=5.0, cut_off=True)
    )
    store.set_turn_latency(sid, 2, {"first_token": 0.31, "first_audio": 0.9})
    turn = store.get_transcript(sid).turns[2]
    assert (turn.text, turn.cut_off, turn.end) == ("I Excel", True, 5.0)
    assert store.turn_latencies(sid) == {2: {"first_token": 0.31, "first_audio": 0.9}}
    # the search follows the trimmed text
    assert store.count_sessions(text="ärligt") == 0
    assert store.count_sessions(text="excel") == 1


def test_persona_snapshot_is_the_persona_as_used(store, catalog):
    persona = catalog.get("busy-ceo-da")
    sid = store.start_session("Bo", persona, "scripted", None)
    snapshot = store.persona_snapshot(sid)
    assert snapshot == persona
    # a later edit of the persona does not rewrite history
    with store.engine.connect() as conn:
        stored = conn.execute(
            text("select persona_json from sessions where id = :i"), {"i": sid}
        ).scalar()
    if isinstance(stored, str):  # SQLite hands back the JSON text, PostgreSQL the value
        stored = json.loads(stored)
    assert stored["id"] == "busy-ceo-da"


def test_trainees_are_unique_sorted_and_need_a_name(store):
    a = store.ensure_trainee("  Örjan  ")
    assert store.ensure_trainee("Örjan") == a
    store.ensure_trainee("anna")
    store.ensure_trainee("Bo")
    assert store.trainees() == ["anna", "Bo", "Örjan"]
    with pytest.raises(KnownError, match="trainee name"):
        store.ensure_trainee("   ")


def test_unknown_session_is_a_known_error(store):
    with pytest.raises(KnownError, match="no session 42"):
        store.get_transcript(42)


def test_threads_can_share_one_store(store, catalog):
    """Workers (LLM, voice, scoring) write from their own threads while the list is read."""
    import threading

    persona, errors = catalog.get("grumpy-ceo-sv"), []

    def work(n: int) -> None:
        try:
            for _ in range(10):
                sid = store.start_session(f"T{n}", persona, "scripted", None)
                store.add_turn(sid, 0, Turn(speaker="trainee", text="hej"))
                store.list_sessions(limit=5)
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.count_sessions() == 40
    assert store.trainees() == ["T0", "T1", "T2", "T3"]


def test_reviewed_mark_is_listed_and_filtered_once_the_column_exists(store, catalog):
    a, b = _record(store, catalog.get("grumpy-ceo-sv")), _record(store, catalog.get("busy-ceo-da"))
    columns = {c["name"] for c in inspect(store.engine).get_columns("sessions")}
    if "reviewed" not in columns:
        assert store.session_info(a).reviewed is False
        assert store.count_sessions(reviewed=True) == 0
        return
    with store.engine.begin() as conn:
        conn.execute(text("update sessions set reviewed = :r where id = :i"), {"r": True, "i": b})
    assert (store.session_info(a).reviewed, store.session_info(b).reviewed) == (False, True)
    assert [x.id for x in store.list_sessions(reviewed=True)] == [b]
    assert store.count_sessions(reviewed=False) == 1


# ---------------------------------------------------------------------------------- scores


def _score(needs: int, time: int, version: str) -> dict:
    return {
        "needs": {"score": needs, "criteria": []},
        "time": {"score": time, "criteria": []},
        "overall": (needs + time) // 2,
        "scorer_version": version,
    }


def test_scores_keep_history_and_listing_follows_latest_auto(store, catalog):
    sid = _record(store, catalog.get("grumpy-ceo-sv"))
    store.save_score(sid, "auto", "1.0", _score(40, 60, "1.0"))
    store.save_score(sid, "auto", "1.0", _score(40, 60, "1.0"))  # same again: no new row
    store.save_score(sid, "auto", "1.1", _score(70, 80, "1.1"))
    store.save_score(sid, "llm_judge", "gpt-x", _score(10, 10, "gpt-x"))
    history = store.score_history(sid)
    assert [(h["kind"], h["scorer_version"]) for h in history] == [
        ("auto", "1.0"),
        ("auto", "1.1"),
        ("llm_judge", "gpt-x"),
    ]
    assert store.get_score(sid)["needs"]["score"] == 70
    assert store.get_score(sid, "llm_judge")["overall"] == 10
    assert store.score_version(sid) == "1.1"
    info = store.session_info(sid)
    assert (info.needs, info.time, info.overall) == (70, 80, 75)
    assert store.get_score(_record(store, catalog.get("grumpy-ceo-sv"))) is None


# --------------------------------------------------------------------------------- deletion


def test_delete_removes_rows_and_audio_folder(store, catalog):
    persona = catalog.get("grumpy-ceo-sv")
    keep, gone = _record(store, persona), _record(store, persona)
    store.save_score(gone, "auto", "1", _score(1, 2, "1"))
    for sid in (keep, gone):
        folder = paths.audio_dir() / str(sid)
        folder.mkdir(parents=True)
        (folder / "0001-trainee.ogg").write_bytes(b"OggS")
    store.delete_session(gone)
    assert not (paths.audio_dir() / str(gone)).exists()
    assert (paths.audio_dir() / str(keep) / "0001-trainee.ogg").exists()
    assert [s.id for s in store.list_sessions()] == [keep]
    with store.engine.connect() as conn:
        assert (
            conn.execute(
                text("select count(*) from turns where session_id = :i"), {"i": gone}
            ).scalar()
            == 0
        )
        assert (
            conn.execute(
                text("select count(*) from scores where session_id = :i"), {"i": gone}
            ).scalar()
            == 0
        )
    with pytest.raises(KnownError):
        store.delete_session(gone)


# ---------------------------------------------------------------------------------- failures


def test_a_file_that_is_not_a_database_gives_one_line(isolated_env):
    bad = isolated_env / "trainer.sqlite3"
    bad.write_bytes(b"these are my notes, not a database\n" * 200)
    with pytest.raises(StoreError) as err:
        Store()
    message = str(err.value)
    assert str(bad) in message and "\n" not in message
    assert "not a trainer database" in message


def test_a_locked_database_gives_one_line(isolated_env):
    url = f"sqlite:///{isolated_env / 'locked.sqlite3'}"
    with Store(url, busy_timeout=0.1) as s:
        other = sqlite3.connect(isolated_env / "locked.sqlite3")
        other.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(StoreError, match=r"locked\.sqlite3: the database is locked"):
                s.ensure_trainee("Anna")
        finally:
            other.rollback()
            other.close()
        assert s.ensure_trainee("Anna") > 0  # usable again once the other program lets go


def test_a_full_disk_gives_one_line_and_keeps_what_was_stored(isolated_env, catalog):
    url = f"sqlite:///{isolated_env / 'full.sqlite3'}"
    s = Store(url)
    sid = s.start_session("Anna", catalog.get("grumpy-ceo-sv"), "scripted", None)
    s.add_turn(sid, 0, Turn(speaker="prospect", text="Grahn."))
    pages = s.engine.connect().exec_driver_sql("pragma page_count").scalar()
    s.engine.dispose()
    # SQLite reports a database that may not grow exactly like a full disk
    event.listen(
        s.engine, "connect", lambda c, _r: c.execute(f"pragma max_page_count = {pages + 2}")
    )
    with pytest.raises(StoreError, match=r"full\.sqlite3: the disk is full"):
        for i in range(1, 500):
            s.add_turn(sid, i, Turn(speaker="trainee", text="ord " * 400))
    s.close()
    with Store(url) as again:
        assert again.get_transcript(sid).turns[0].text == "Grahn."


def test_a_folder_that_cannot_exist_gives_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match=r"Not a directory|cannot create"):
        Store(f"sqlite:///{blocker / 'sub' / 'trainer.sqlite3'}")


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="needs POSIX users")
def test_a_read_only_folder_gives_one_line(tmp_path):
    """Root ignores permissions, so the attempt runs as an unprivileged user when we are root."""
    folder = tmp_path / "ro"
    folder.mkdir()
    script = textwrap.dedent(
        f"""
        import os, sys
        from trainer.store import Store, StoreError  # imported first: the stdlib may be root's
        import alembic.command, alembic.runtime.migration, sqlalchemy.dialects.sqlite  # noqa
        if os.geteuid() == 0:
            os.setgid(65534); os.setuid(65534)
        try:
            Store("sqlite:///{folder}/trainer.sqlite3")
        except StoreError as exc:
            print(exc)
            sys.exit(3)
        """
    )
    os.chmod(tmp_path, 0o755)
    folder.chmod(0o555)
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRAINER_DATABASE")}
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT
    )
    if proc.returncode != 3 and (
        "Permission denied" in proc.stderr or "ModuleNotFound" in proc.stderr
    ):
        pytest.skip("the unprivileged user cannot read the source tree here")
    assert proc.returncode == 3, proc.stderr
    assert str(folder / "trainer.sqlite3") in proc.stdout
    assert "writable" in proc.stdout and proc.stdout.count("\n") == 1


def test_missing_server_driver_gives_one_line():
    pytest.importorskip("sqlalchemy")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        with pytest.raises(StoreError, match=r"postgresql\+psycopg://u:\*\*\*@.*psycopg"):
            Store("postgresql+psycopg://u:secret@127.0.0.1:9/trainer")
    else:
        with pytest.raises(StoreError, match=r"\*\*\*@127\.0\.0\.1:9.*TRAINER_DATABASE_URL"):
            Store("postgresql+psycopg://u:secret@127.0.0.1:9/trainer")


# --------------------------------------------------------------------- a kill keeps the turns

CHILD = """
import sys
from trainer.core.call import Call
from trainer.core.persona import load_catalog
from trainer.engines.scripted import ScriptedEngine
from trainer.paths import persona_folders
from trainer.store import Store

persona = load_catalog(persona_folders()).get("grumpy-ceo-sv")
store = Store()
sid = store.start_session("Anna", persona, "scripted", None)

def on_turn(index, turn):
    store.add_turn(sid, index, turn)
    print(f"stored {sid} {index}", flush=True)

call = Call(persona, ScriptedEngine(), trainee="Anna", on_turn=on_turn)
"".join(call.greet())
for line in sys.stdin:  # one trainee line at a time, as the parent sends them
    call.reply_text(call.trainee_says(line))
"""


def test_a_killed_call_keeps_every_turn_stored_before_the_kill(isolated_env):
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=dict(os.environ),
    )
    try:
        stored = [proc.stdout.readline().split()]  # the greeting
        for line in ("Hej Lars, Anna från Acme.", "Hur planerar ni rutterna idag?"):
            proc.stdin.write(line + "\n")
            proc.stdin.flush()
            stored += [proc.stdout.readline().split(), proc.stdout.readline().split()]
        # the child now waits for the next line, in the middle of the call
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    sid = int(stored[0][1])
    assert [int(s[2]) for s in stored] == [0, 1, 2, 3, 4]
    with Store() as s:
        transcript = s.get_transcript(sid)
        assert len(transcript.turns) == 5
        assert transcript.turns[3].text == "Hur planerar ni rutterna idag?"
        assert transcript.outcome is None
        assert s.session_info(sid).turn_count == 5


# --------------------------------------------------------------------- 10,000 sessions

PERSONAS = ["grumpy-ceo-sv", "grumpy-ceo-en", "busy-ceo-da", "tire-customer-da"]
OUTCOMES = ["meeting", "callback", "hung_up", "ended", None]
WORDS = ["excel", "rutter", "säsong", "chaufför", "kontrakt", "dæk", "pris", "möte"]


def generate(store: Store, count: int, seed: int = 7) -> list[dict]:
    """Bulk-insert `count` sessions (and two turns each) the fast way; returns what was written."""
    rng = random.Random(seed)
    trainees = ["Anna", "Bo", "Örjan", "Mette", "Lars"]
    base = datetime(2024, 1, 1, tzinfo=UTC)
    with store.engine.begin() as conn:
        conn.execute(
            insert(TraineeRow),
            [{"id": i + 1, "name": n, "created_at": base} for i, n in enumerate(trainees)],
        )
        rows = []
        for i in range(1, count + 1):
            needs = rng.randint(0, 100) if rng.random() > 0.1 else None
            time_ = rng.randint(0, 100) if needs is not None else None
            word = rng.choice(WORDS)
            rows.append(
                {
                    "id": i,
                    "trainee_id": rng.randint(1, len(trainees)),
                    "persona_id": rng.choice(PERSONAS),
                    "persona_name": "P",
                    "language": "sv",
                    "engine": "scripted",
                    "started_at": base + timedelta(minutes=37 * i),
                    "ended_at": base + timedelta(minutes=37 * i + 3),
                    "outcome": rng.choice(OUTCOMES),
                    "exam_mode": False,
                    "needs": needs,
                    "time": time_,
                    "overall": None if needs is None else (needs + time_) // 2,
                    "duration_seconds": 180.0,
                    "turn_count": 2,
                    "search_text": f"hej {word}",
                }
            )
        conn.execute(insert(SessionRow), rows)
        conn.execute(
            insert(TurnRow),
            [
                {"session_id": r["id"], "index": k, "speaker": sp, "text": t, "cut_off": False}
                for r in rows
                for k, (sp, t) in enumerate(
                    (("prospect", "Hej"), ("trainee", r["search_text"].split()[1]))
                )
            ],
        )
    names = {i + 1: n for i, n in enumerate(trainees)}
    for r in rows:
        r["trainee"] = names[r["trainee_id"]]
        r["word"] = r["search_text"].split()[1]
    return rows


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    folder = tmp_path_factory.mktemp("big")
    s = Store(f"sqlite:///{folder / 'big.sqlite3'}")
    rows = generate(s, 10_000)
    yield s, rows
    s.close()


def test_ten_thousand_sessions_count_and_filter(big):
    s, rows = big
    assert s.count_sessions() == 10_000
    assert s.count_sessions(trainee="Örjan") == sum(r["trainee"] == "Örjan" for r in rows)
    assert s.count_sessions(persona_id="busy-ceo-da", outcome="callback") == sum(
        r["persona_id"] == "busy-ceo-da" and r["outcome"] == "callback" for r in rows
    )
    assert s.count_sessions(outcome=["meeting", "hung_up"]) == sum(
        r["outcome"] in ("meeting", "hung_up") for r in rows
    )
    assert s.count_sessions(min_overall=40, max_overall=60) == sum(
        r["overall"] is not None and 40 <= r["overall"] <= 60 for r in rows
    )
    assert s.count_sessions(text="SÄSONG") == sum(r["word"] == "säsong" for r in rows)
    assert s.count_sessions(text="hej dæk") == sum(r["word"] == "dæk" for r in rows)
    assert s.count_sessions(text="100%") == 0
    d_from, d_to = date(2024, 2, 1), date(2024, 2, 10)
    expected = [
        r for r in rows if d_from <= r["started_at"].date() <= d_to and r["trainee"] == "Bo"
    ]
    got = s.list_sessions(date_from=d_from, date_to=d_to, trainee="Bo")
    assert {g.id for g in got} == {r["id"] for r in expected}
    assert s.count_sessions(date_from=d_from, date_to=d_to, trainee="Bo") == len(expected)


def test_ten_thousand_sessions_sort_and_page(big):
    s, rows = big
    newest = s.list_sessions(limit=3)
    assert [x.id for x in newest] == [10_000, 9_999, 9_998]
    assert newest[0].started_at.tzinfo is not None
    by_overall = s.list_sessions(limit=50, order_by="overall", descending=True, min_overall=0)
    values = [x.overall for x in by_overall]
    assert values == sorted(values, reverse=True)
    assert values[0] == max(r["overall"] for r in rows if r["overall"] is not None)
    by_trainee = s.list_sessions(limit=20, order_by="trainee", descending=False)
    assert {x.trainee for x in by_trainee} == {"Anna"}
    pages = []
    for offset in range(0, 1_000, 250):
        pages += [
            x.id for x in s.list_sessions(limit=250, offset=offset, persona_id="grumpy-ceo-en")
        ]
    expected = sorted((r["id"] for r in rows if r["persona_id"] == "grumpy-ceo-en"), reverse=True)[
        :1_000
    ]
    assert pages == expected
    with pytest.raises(ValueError):
        s.list_sessions(order_by="persona_json")
    assert ("busy-ceo-da", "P") in s.personas_used()


# ------------------------------------------------------------------------------ PostgreSQL


def test_the_same_store_works_on_postgresql(catalog, postgres_url):
    """On a real server (tests/support/postgres_server.py): the test empties its database."""
    PG_URL = postgres_url  # noqa: N806
    cleaner = Store(PG_URL, migrate=False)
    with cleaner.engine.begin() as conn:
        conn.execute(text("drop schema public cascade"))
        conn.execute(text("create schema public"))
    cleaner.close()
    with Store(PG_URL) as s:
        sid = _record(s, catalog.get("grumpy-ceo-sv"), trainee="Örjan")
        s.save_score(sid, "auto", "1", _score(50, 70, "1"))
        assert s.get_transcript(sid).turns == _turns()
        assert s.persona_snapshot(sid) == catalog.get("grumpy-ceo-sv")
        assert s.count_sessions(text="EXCEL", trainee="Örjan", min_overall=60) == 1
        assert s.list_sessions(order_by="overall")[0].overall == 60
        s.delete_session(sid)
        assert s.count_sessions() == 0
    with Store(PG_URL) as again:  # reopening at head is a no-op
        assert again.trainees() == ["Örjan"]


def test_turns_taken_back_are_dropped_and_coaching_is_kept(catalog, store_url):
    """A Rewind forgets the turns it took back; the coaching used comes back with the call."""
    from trainer.core.transcript import Coaching, HintUse
    from trainer.store.review import add_comment, feedback_for

    persona = catalog.get("grumpy-ceo-en")
    with Store(store_url) as store:
        sid = store.start_session("Anna", persona, "scripted", None)
        lines = ["Graham.", "Hi Larry, routes?", "No.", "What lies behind that no?", "Time."]
        for i, text in enumerate(lines):
            speaker = "prospect" if i % 2 == 0 else "trainee"
            store.add_turn(sid, i, Turn(speaker=speaker, text=text, start=i, end=i + 0.5))
        add_comment(store, sid, "good question", turn_index=3)
        add_comment(store, sid, "fine opener", turn_index=1)
        store.drop_turns(sid, 3)
        coaching = Coaching(
            pauses=1, rewinds=1, hints=[HintUse(before_turn=3, lines=["a", "b", "c"])]
        )
        store.set_coaching(sid, coaching)
        store.add_turn(sid, 3, Turn(speaker="trainee", text="How do you plan today?"))
        stored = store.get_transcript(sid)
        info = store.session_info(sid)
        found = store.list_sessions(text="behind")
        notes = feedback_for(store, sid).turn_comments
    assert list(notes) == [1]  # the note on a turn taken back went with it
    assert [t.text for t in stored.turns] == lines[:3] + ["How do you plan today?"]
    assert stored.coaching == coaching
    assert info.turn_count == 4
    assert sid not in [s.id for s in found]  # the words taken back are not searchable
