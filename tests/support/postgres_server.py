"""A throwaway PostgreSQL server for the tests: initdb into a temporary folder, served on a Unix
socket there, stopped at the end of the run.

TEST_POSTGRES_URL, when set, is used instead. Without the server binaries the tests that need
PostgreSQL are skipped on a developer's machine, and fail with CI=true (CI installs them).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _as_server_user(cmd: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run it as the `postgres` user then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


def _missing(why: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL tests must run in CI, but {why}", pytrace=False)
    pytest.skip(f"{why} (set TEST_POSTGRES_URL, or install Debian's postgresql)")


class ServerUnavailable(RuntimeError):
    """No throwaway server could be had here (no driver, no binaries, it did not start)."""


@contextlib.contextmanager
def throwaway_server(prefix: str = "trainer-pg-", options: str = "-c fsync=off") -> Iterator[str]:
    """initdb + pg_ctl in a temporary folder, UTF-8, served on a Unix socket there; stopped and
    removed afterwards. `options` go to the server (the tests turn fsync off; benchmarks keep it)."""
    initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
    if not initdb or not pg_ctl:
        raise ServerUnavailable("no PostgreSQL server binaries (initdb, pg_ctl) were found")
    root = Path(tempfile.mkdtemp(prefix=prefix))
    root.chmod(0o777)
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    sock.chmod(0o777)
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sock, "postgres")
    run = {"check": True, "capture_output": True, "text": True, "timeout": 120}
    try:
        subprocess.run(
            _as_server_user(
                [initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8"]
            ),
            **run,
        )
        server_options = f"-k {sock} -c listen_addresses='' {options}"
        subprocess.run(
            _as_server_user(
                [pg_ctl, "-D", str(data), "-o", server_options, "-l", str(root / "log")]
                + ["-w", "start"]
            ),
            **run,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        log = (root / "log").read_text(errors="replace") if (root / "log").exists() else ""
        detail = getattr(exc, "stderr", "") or log or str(exc)
        shutil.rmtree(root, ignore_errors=True)
        raise ServerUnavailable(
            f"a throwaway PostgreSQL server did not start: {detail.strip()[-300:]}"
        ) from exc
    try:
        yield f"postgresql+psycopg://postgres@/postgres?host={sock}"
    finally:
        subprocess.run(
            _as_server_user([pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"]),
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A URL for an empty database on a real PostgreSQL server."""
    if url := os.environ.get("TEST_POSTGRES_URL"):
        yield url
        return
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _missing("the psycopg driver is not installed")
    with contextlib.ExitStack() as stack:
        try:
            url = stack.enter_context(throwaway_server())
        except ServerUnavailable as exc:
            _missing(str(exc))
        yield url


def _as_admin(admin_url: str, statement: str) -> None:
    """Run one statement outside a transaction (CREATE/DROP DATABASE need that)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()


def fresh_database(admin_url: str) -> str:
    """A new, empty database on the server of `admin_url`; its URL (same user and socket)."""
    from sqlalchemy.engine import make_url

    name = f"t_{uuid.uuid4().hex[:16]}"
    _as_admin(admin_url, f'CREATE DATABASE "{name}"')
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_database(admin_url: str, url: str) -> None:
    """Drop a database made by fresh_database, whoever is still connected to it."""
    from sqlalchemy.engine import make_url

    _as_admin(admin_url, f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')


@pytest.fixture
def pg_database(postgres_url) -> Iterator[str]:
    """A fresh database of its own for one test, dropped afterwards."""
    url = fresh_database(postgres_url)
    try:
        yield url
    finally:
        drop_database(postgres_url, url)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> Iterator[str]:
    """The same test on a new SQLite file and on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite3'}"
        return
    url = fresh_database(request.getfixturevalue("postgres_url"))
    try:
        yield url
    finally:
        drop_database(request.getfixturevalue("postgres_url"), url)
