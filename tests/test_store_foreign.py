"""A database that is not trainer's (another program's SQLite file, a stray file, a PostgreSQL
schema with other tables) is refused in one line and left byte for byte as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from trainer.cli import main
from trainer.store import Store
from trainer.store.errors import NotTrainerDatabaseError, StoreError
from trainer.store.models import Base

HYPOTHESIS = settings(
    derandomize=True,
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
OURS = set(Base.metadata.tables) | {"alembic_version"}


def checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def other_apps_database(path: Path, tables: list[str], revision: str | None = None) -> Path:
    conn = sqlite3.connect(path)
    for name in tables:
        conn.execute(f'CREATE TABLE "{name}" (id INTEGER PRIMARY KEY, value TEXT)')
        conn.execute(f'INSERT INTO "{name}" (value) VALUES (?)', (f"{name} data",))
    if revision is not None:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    conn.commit()
    conn.close()
    return path


def test_another_apps_sqlite_file_is_refused_and_left_untouched(tmp_path):
    db = other_apps_database(tmp_path / "photos.sqlite", ["albums", "photos", "trainees_x"])
    before, listing = checksum(db), sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(NotTrainerDatabaseError) as caught:
        Store(f"sqlite:///{db}")
    message = str(caught.value)
    assert "\n" not in message
    assert str(db) in message and "not a trainer database" in message and "albums" in message
    assert "TRAINER_DATABASE_URL" in message
    assert checksum(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # no -wal, -shm or lock file
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_another_apps_alembic_database_is_refused_too(tmp_path):
    db = other_apps_database(tmp_path / "other.db", ["invoices"], revision="a1b2c3d4e5f6")
    before = checksum(db)
    with pytest.raises(NotTrainerDatabaseError):
        Store(f"sqlite:///{db}")
    assert checksum(db) == before


def test_the_cli_says_it_in_one_line_and_exits_non_zero(tmp_path, monkeypatch, capsys):
    db = other_apps_database(tmp_path / "crm.sqlite3", ["contacts"])
    before = checksum(db)
    monkeypatch.setenv("TRAINER_DATABASE_URL", f"sqlite:///{db}")
    assert main(["sessions", "list"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("trainer: ") and "not a trainer database" in err and "\n" not in err
    assert checksum(db) == before


def test_a_file_that_is_no_database_is_refused_and_left_untouched(tmp_path):
    stray = tmp_path / "notes.sqlite3"
    stray.write_bytes(b"my notes, not a database\n" * 200)
    before = checksum(stray)
    with pytest.raises(StoreError) as caught:
        Store(f"sqlite:///{stray}")
    assert "not a trainer database" in str(caught.value) and "\n" not in str(caught.value)
    assert checksum(stray) == before


def test_an_empty_file_becomes_a_trainer_database(tmp_path, catalog):
    db = tmp_path / "new.sqlite3"
    db.touch()
    with Store(f"sqlite:///{db}") as store:
        store.start_session("Anna", catalog.get("grumpy-ceo-sv"), "scripted", None)
        assert store.count_sessions() == 1


def test_a_trainer_database_without_a_schema_version_is_refused(tmp_path):
    """What an interrupted first set-up could leave: trainer's tables, no revision."""
    db = tmp_path / "half.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE trainees (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = checksum(db)
    with pytest.raises(NotTrainerDatabaseError) as caught:
        Store(f"sqlite:///{db}")
    assert "no schema version" in str(caught.value)
    assert checksum(db) == before


def test_an_up_to_date_trainer_database_still_opens(tmp_path, catalog):
    db = tmp_path / "t.sqlite3"
    with Store(f"sqlite:///{db}") as store:
        store.start_session("Anna", catalog.get("grumpy-ceo-sv"), "scripted", None)
    with Store(f"sqlite:///{db}") as again:
        assert again.count_sessions() == 1


table_names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters='"\x00'), min_size=1, max_size=20
).filter(lambda name: name not in OURS and not name.lower().startswith("sqlite_"))


@HYPOTHESIS
@given(
    tables=st.lists(table_names, min_size=1, max_size=6, unique_by=str.lower),
    revision=st.one_of(st.none(), st.text(alphabet="0123456789abcdef", min_size=1, max_size=12)),
)
def test_any_foreign_schema_is_refused_and_untouched(tmp_path_factory, tables, revision):
    folder = tmp_path_factory.mktemp("foreign")
    db = other_apps_database(folder / "app.db", tables, revision)
    before = checksum(db)
    with pytest.raises(NotTrainerDatabaseError) as caught:
        Store(f"sqlite:///{db}")
    assert "\n" not in str(caught.value)
    assert checksum(db) == before
    assert [p.name for p in folder.iterdir()] == ["app.db"]


def test_postgresql_with_other_tables_is_refused_and_untouched(postgres_url):
    admin = Store(postgres_url, migrate=False)
    try:
        with admin.engine.begin() as conn:
            conn.execute(text("drop schema public cascade"))
            conn.execute(text("create schema public"))
            conn.execute(text("create table invoices (id integer primary key, total integer)"))
            conn.execute(text("insert into invoices values (1, 100)"))
        with pytest.raises(NotTrainerDatabaseError) as caught:
            Store(postgres_url)
        assert "invoices" in str(caught.value) and "\n" not in str(caught.value)
        with admin.engine.connect() as conn:
            names = set(
                conn.execute(
                    text("select tablename from pg_tables where schemaname = 'public'")
                ).scalars()
            )
            assert names == {"invoices"}
    finally:
        with admin.engine.begin() as conn:
            conn.execute(text("drop schema public cascade"))
            conn.execute(text("create schema public"))
        admin.close()
