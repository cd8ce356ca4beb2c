"""Where data lives: the user data folder (platformdirs), moved entirely by TRAINER_DATA_DIR.

Everything the app writes there (settings with a possible API key, the database, exports) holds
people's calls, so folders are created 0700 and files 0600 from their first byte: the helpers
below are the one way to do that.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from platformdirs import user_data_path

from trainer.core.errors import KnownError

APP_NAME = "trainer"
BUILTIN_PERSONAS = Path(__file__).resolve().parent.parent / "personas"
PACKAGED_PERSONAS = Path(__file__).resolve().parent / "personas"
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


class DataDirError(KnownError):
    """The data folder cannot be created or used; says which folder and what to do."""


def _folder_problem(path: Path, exc: OSError) -> DataDirError:
    """One line for a folder that cannot be created: what is in the way and what to do."""
    fix = "set TRAINER_DATA_DIR to a folder you can write to"
    if path.exists() and not path.is_dir():
        return DataDirError(f"the data folder {path} is a file, not a folder; move it or {fix}")
    blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        return DataDirError(f"cannot create the data folder {path}: {blocker} is a file; {fix}")
    reason = exc.strerror or exc.__class__.__name__
    return DataDirError(f"cannot create the data folder {path} ({reason.lower()}); {fix}")


def private_folder(path: Path) -> Path:
    """Create `path` (and missing parents) if needed; the folder itself is created 0700."""
    try:
        path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    except OSError as exc:
        raise _folder_problem(path, exc) from None
    return path


def data_dir() -> Path:
    """The folder for the database, the user's personas, settings and kept audio."""
    override = os.environ.get("TRAINER_DATA_DIR")
    if override:
        return private_folder(Path(override).expanduser())
    path = user_data_path(APP_NAME, appauthor=False)
    existed = path.is_dir()
    private_folder(path)
    if existed and os.name == "posix":
        # The default folder belongs to the app alone: tighten one left open by older versions.
        with contextlib.suppress(OSError):
            if path.stat().st_mode & 0o077:
                path.chmod(PRIVATE_FOLDER)
    return path


def default_database_path() -> Path:
    return data_dir() / "trainer.sqlite3"


def database_url() -> str:
    """TRAINER_DATABASE_URL may point at a shared server; the default is a local SQLite file."""
    return os.environ.get("TRAINER_DATABASE_URL") or f"sqlite:///{default_database_path()}"


def user_personas_dir() -> Path:
    return private_folder(data_dir() / "personas")


def audio_dir() -> Path:
    return private_folder(data_dir() / "audio")


def persona_folders() -> list[Path]:
    """Shipped personas first, the user's own last so theirs win on the same id."""
    shipped = BUILTIN_PERSONAS if BUILTIN_PERSONAS.is_dir() else PACKAGED_PERSONAS
    return [shipped, user_personas_dir()]


# ------------------------------------------------------------------ private files


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Files and folders created inside are the user's only (umask 077).

    For libraries that create files themselves (a PDF writer, a database driver). The umask
    is process-wide, so keep the block short.
    """
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def create_private(path: Path | str) -> bool:
    """Create an empty file with mode 0600 unless it exists; True when this call created it."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


@contextlib.contextmanager
def open_private(
    path: Path | str, mode: str = "w", encoding: str | None = "utf-8", **kwargs: Any
) -> Iterator[IO[Any]]:
    """Write a file readable only by the user from its first byte, like `open(path, mode)`.

    The data goes to a temporary file (0600) in the same folder, renamed over `path` once the
    block ends without error: a reader never sees half a file, and a failed write leaves the
    old one.
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"open_private writes whole files, mode {mode!r} is not supported")
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if mode == "wb":
            fh = os.fdopen(fd, "wb", **kwargs)
        else:
            fh = os.fdopen(fd, "w", encoding=encoding, **kwargs)
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_private(path: Path | str, data: str | bytes, encoding: str = "utf-8") -> None:
    """Write the whole file at once, readable only by the user from its first byte."""
    if isinstance(data, bytes):
        with open_private(path, "wb") as fh:
            fh.write(data)
    else:
        with open_private(path, "w", encoding=encoding) as fh:
            fh.write(data)
