"""Everything written to the data folder is the user's only from its first byte: the folder
0700, settings (which may hold the API key), the database and its -wal/-shm files 0600.

`chmod` is disabled in the tests that check creation, so a file that is created readable and
tightened afterwards (readable by others for a moment) fails them.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer import paths
from trainer.settings import Settings, load_settings, save_settings
from trainer.store import Store

HYPOTHESIS = settings(
    derandomize=True,
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def usual_umask():
    """The common desktop umask, under which a plain open() makes files 0644."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def no_chmod(monkeypatch):
    """Modes must be right at creation; a later chmod would leave a window open."""
    calls: list[tuple[object, int]] = []
    monkeypatch.setattr(os, "chmod", lambda path, m, **_: calls.append((path, m)))
    return calls


def test_a_new_data_folder_and_its_subfolders_are_private(tmp_path, monkeypatch, usual_umask):
    folder = tmp_path / "new" / "data"
    monkeypatch.setenv("TRAINER_DATA_DIR", str(folder))
    assert paths.data_dir() == folder
    assert mode(folder) == 0o700
    assert mode(paths.user_personas_dir()) == 0o700
    assert mode(paths.audio_dir()) == 0o700


def test_the_api_key_in_settings_is_never_readable_by_others(isolated_env, usual_umask, no_chmod):
    save_settings(Settings(llm_api_key="sk-secret", llm_model="m"))
    path = isolated_env / "settings.json"
    assert mode(path) == 0o600
    assert "sk-secret" in path.read_text()
    assert load_settings().llm_api_key == "sk-secret"
    assert not list(isolated_env.glob(".settings.json*")), "no temporary file is left behind"


def test_settings_left_open_by_an_older_version_become_private_on_save(isolated_env, usual_umask):
    path = isolated_env / "settings.json"
    path.write_text("{}")
    path.chmod(0o644)
    save_settings(Settings(llm_api_key="sk-secret"))
    assert mode(path) == 0o600


def test_the_database_and_its_wal_files_are_private(isolated_env, catalog, usual_umask, no_chmod):
    store = Store()
    try:
        store.start_session("Anna", catalog.get("grumpy-ceo-sv"), "scripted", None)
        db = isolated_env / "trainer.sqlite3"
        files = [db, Path(f"{db}-wal"), Path(f"{db}-shm")]
        assert all(f.exists() for f in files), "WAL files exist while the store is open"
        assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
        lock = Path(f"{db}.lock")
        if lock.exists():
            assert mode(lock) == 0o600
    finally:
        store.close()


def test_a_rollback_journal_is_private_too(isolated_env, catalog, usual_umask, no_chmod):
    """Another program (or an old version) may have left the file in rollback-journal mode."""
    db = isolated_env / "trainer.sqlite3"
    Store().close()
    import sqlite3

    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")  # keeps the -journal file after the commit
    conn.execute("PRAGMA journal_mode = PERSIST")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("COMMIT")
    journal = Path(f"{db}-journal")
    assert journal.exists()
    assert mode(journal) == 0o600
    conn.close()


def test_a_database_in_a_new_folder_gets_a_private_folder(tmp_path, usual_umask, no_chmod):
    db = tmp_path / "elsewhere" / "calls.sqlite3"
    Store(f"sqlite:///{db}").close()
    assert mode(db.parent) == 0o700
    assert mode(db) == 0o600


def test_an_existing_default_database_left_open_is_tightened(isolated_env, usual_umask):
    db = isolated_env / "trainer.sqlite3"
    Store().close()
    db.chmod(0o644)
    Store().close()
    assert mode(db) == 0o600


def test_the_default_data_folder_left_open_by_an_older_version_is_tightened(
    tmp_path, monkeypatch, usual_umask
):
    default = tmp_path / "share" / "trainer"
    default.mkdir(parents=True, mode=0o755)
    default.chmod(0o755)
    monkeypatch.delenv("TRAINER_DATA_DIR")
    monkeypatch.setattr(paths, "user_data_path", lambda *a, **k: default)
    assert paths.data_dir() == default
    assert mode(default) == 0o700


def test_a_folder_named_by_the_user_is_left_as_it_is(tmp_path, monkeypatch, usual_umask):
    """TRAINER_DATA_DIR may be a shared folder on purpose: only folders the app creates are 0700."""
    shared = tmp_path / "team"
    shared.mkdir()
    shared.chmod(0o750)
    monkeypatch.setenv("TRAINER_DATA_DIR", str(shared))
    paths.data_dir()
    assert mode(shared) == 0o750


@HYPOTHESIS
@given(data=st.one_of(st.binary(max_size=2000), st.text(max_size=500)))
def test_write_private_writes_exactly_the_data_with_mode_0600(tmp_path, data, usual_umask):
    target = tmp_path / "out.bin"
    paths.write_private(target, data)
    assert mode(target) == 0o600
    expected = data if isinstance(data, bytes) else data.encode("utf-8")
    assert target.read_bytes() == expected
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["out.bin"]


def test_a_failed_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "report.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError), paths.open_private(target, "w", newline="") as fh:
        fh.write("half of the new")
        raise RuntimeError("disk trouble")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["report.csv"]


def test_private_umask_covers_files_a_library_creates(tmp_path, usual_umask):
    with paths.private_umask():
        (tmp_path / "made-by-a-library").write_text("x")
    assert mode(tmp_path / "made-by-a-library") == 0o600
    (tmp_path / "after").write_text("x")
    assert mode(tmp_path / "after") == 0o644  # the umask is restored


# ------------------------------------------------------------------- exports


@pytest.fixture
def scored_store(catalog):
    from trainer.core.transcript import Turn

    store = Store()
    sid = store.start_session("Anna", catalog.get("grumpy-ceo-sv"), "scripted", None)
    store.add_turn(sid, 0, Turn(speaker="prospect", text="Grahn."))
    store.add_turn(sid, 1, Turn(speaker="trainee", text="Hej, Anna här."))
    store.end_session(sid, "hung_up")
    yield store, sid
    store.close()


def test_html_and_csv_exports_are_private(scored_store, tmp_path, usual_umask, no_chmod):
    from trainer.exchange import csv_export, report
    from trainer.store import review

    store, sid = scored_store
    html = report.write_html(store, [sid], tmp_path / "report.html")
    assert mode(html) == 0o600 and "Anna" in html.read_text(encoding="utf-8")
    csv_path = tmp_path / "sessions.csv"
    assert csv_export.write_csv(store, csv_path, review.SessionFilter()) == 1
    assert mode(csv_path) == 0o600 and "Anna" in csv_path.read_text(encoding="utf-8-sig")


@pytest.mark.gui
def test_pdf_export_is_private(scored_store, tmp_path, usual_umask, no_chmod, qapp):
    from trainer.exchange import report

    store, sid = scored_store
    pdf = report.write_pdf(store, [sid], tmp_path / "report.pdf")
    assert mode(pdf) == 0o600
    (tmp_path / "after").write_text("x")
    assert mode(tmp_path / "after") == 0o644  # the umask is back for everything else
