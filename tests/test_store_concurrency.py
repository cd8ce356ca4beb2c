"""Several trainer processes opening one fresh data folder at once: every one of them must get a
working store and keep its call (the first start creates the schema exactly once).

Also: a short lock held by another process is waited for, a long one is one retryable line.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
import time
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from trainer.core.errors import KnownError
from trainer.core.transcript import Turn
from trainer.store import Store
from trainer.store.errors import StoreError, StoreRetryableError
from trainer.store.models import Base

PROCESSES = 5
TRIALS = 3
CTX = multiprocessing.get_context("fork")  # children start in milliseconds, so they do collide


def _open_and_record(url: str, persona, barrier, results) -> None:
    """One 'trainer' starting at the same moment as the others: open the store, keep a call."""
    try:
        barrier.wait(timeout=30)
        with Store(url) as store:
            sid = store.start_session("Anna", persona, "scripted", None)
            store.add_turn(sid, 0, Turn(speaker="trainee", text="Hej, Anna här."))
        results.put(("ok", sid))
    except BaseException as exc:  # reported to the parent, which fails the test with it
        results.put(("error", f"{type(exc).__name__}: {exc}"))


def _run_together(url: str, persona, count: int = PROCESSES) -> list[tuple[str, object]]:
    barrier = CTX.Barrier(count)
    results = CTX.Queue()
    procs = [
        CTX.Process(target=_open_and_record, args=(url, persona, barrier, results))
        for _ in range(count)
    ]
    for p in procs:
        p.start()
    outcome = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    return outcome


def _heads() -> set[str]:
    store = Store("sqlite://", migrate=False)
    try:
        return set(ScriptDirectory.from_config(store.alembic_config()).get_heads())
    finally:
        store.close()


@pytest.mark.parametrize("trial", range(TRIALS))
def test_processes_opening_a_fresh_store_at_once_all_succeed(tmp_path, catalog, trial):
    db = tmp_path / f"fresh-{trial}" / "trainer.sqlite3"
    url = f"sqlite:///{db}"
    outcome = _run_together(url, catalog.get("grumpy-ceo-sv"))
    errors = [detail for status, detail in outcome if status != "ok"]
    assert not errors, errors
    with Store(url) as store:
        assert store.count_sessions() == PROCESSES
        with store.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revisions = {
                row[0] for row in conn.exec_driver_sql("select version_num from alembic_version")
            }
    assert set(Base.metadata.tables) <= tables
    assert revisions == _heads()


def test_the_default_data_folder_is_shared_safely_too(isolated_env, catalog):
    """The same through TRAINER_DATA_DIR, as the app and the CLI open it."""
    outcome = _run_together("", catalog.get("busy-ceo-da"), count=3)
    assert [status for status, _ in outcome] == ["ok"] * 3, outcome
    assert (isolated_env / "trainer.sqlite3").exists()
    with Store() as store:
        assert store.count_sessions() == 3


def _hold_write_lock(path: str, seconds: float, ready) -> None:
    conn = sqlite3.connect(path, timeout=5, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    ready.set()
    time.sleep(seconds)
    conn.execute("ROLLBACK")
    conn.close()


def _locked_by_another_process(db: Path, seconds: float):
    ready = CTX.Event()
    proc = CTX.Process(target=_hold_write_lock, args=(str(db), seconds, ready))
    proc.start()
    assert ready.wait(30)
    return proc


def test_a_short_lock_from_another_process_is_waited_for(tmp_path, catalog):
    db = tmp_path / "trainer.sqlite3"
    with Store(f"sqlite:///{db}") as store:
        sid = store.start_session("Anna", catalog.get("grumpy-ceo-sv"), "scripted", None)
        holder = _locked_by_another_process(db, 1.0)
        try:
            store.add_turn(sid, 0, Turn(speaker="trainee", text="Hej."))  # waits, then writes
        finally:
            holder.join(30)
        assert [t.text for t in store.get_transcript(sid).turns] == ["Hej."]


def test_a_lock_held_longer_than_the_busy_timeout_is_one_retryable_line(tmp_path, catalog):
    db = tmp_path / "trainer.sqlite3"
    with Store(f"sqlite:///{db}", busy_timeout=0.2) as store:
        sid = store.start_session("Anna", catalog.get("grumpy-ceo-sv"), "scripted", None)
        holder = _locked_by_another_process(db, 2.0)
        try:
            with pytest.raises(StoreRetryableError) as caught:
                store.add_turn(sid, 0, Turn(speaker="trainee", text="Hej."))
        finally:
            holder.join(30)
        message = str(caught.value)
        assert isinstance(caught.value, StoreError) and isinstance(caught.value, KnownError)
        assert "\n" not in message and str(db) in message and "locked" in message
        assert "try again" in message
        store.add_turn(sid, 0, Turn(speaker="trainee", text="Hej."))  # the retry goes through
        assert len(store.get_transcript(sid).turns) == 1


def test_a_full_disk_is_retryable_too():
    from sqlalchemy import exc as sa_exc
    from sqlalchemy.engine import make_url

    from trainer.store.errors import translated

    url = make_url("sqlite:////data/trainer.sqlite3")
    with pytest.raises(StoreRetryableError) as caught, translated(url):
        raise sa_exc.OperationalError(
            "insert", {}, sqlite3.OperationalError("database or disk is full")
        )
    assert "disk is full" in str(caught.value) and "\n" not in str(caught.value)
    with pytest.raises(StoreError) as other, translated(url):
        raise sa_exc.OperationalError("select", {}, sqlite3.OperationalError("disk I/O error"))
    assert not isinstance(other.value, StoreRetryableError)
