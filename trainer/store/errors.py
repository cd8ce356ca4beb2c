"""Turn the database failures a user can meet into one line: which file, what is wrong, what to do."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL

from trainer.core.errors import KnownError


class StoreError(KnownError):
    """An expected database failure (locked, damaged, read-only, disk full, server unreachable)."""


class StoreRetryableError(StoreError):
    """The database is locked by another program or the disk is full: nothing was written.

    The same call may succeed a little later, so callers can retry it (the busy timeout has
    already waited for a short lock); the message says what to do if it keeps failing.
    """


class PermissionRefusedError(StoreError):
    """The server refused the action for this person's role (a trainee overriding a score...)."""


# PostgreSQL's insufficient_privilege: a missing grant, or a row-level security policy.
_INSUFFICIENT_PRIVILEGE = "42501"


def refused(error: BaseException) -> bool:
    """True when the server said this role may not do it (grants or row-level security)."""
    orig = getattr(error, "orig", None)
    return getattr(orig, "sqlstate", None) == _INSUFFICIENT_PRIVILEGE


def refusal(action: str | None) -> PermissionRefusedError:
    """One line that says who may do it and whom to ask."""
    if action:
        return PermissionRefusedError(f"only a trainer can {action}; ask your trainer")
    return PermissionRefusedError(
        "the team database refused this for your role (permission denied); ask your trainer"
    )


class NotTrainerDatabaseError(StoreError):
    """The database holds another program's tables; it is left exactly as it was."""


def describe(url: URL) -> str:
    """The database as the user knows it: the file path, or the server URL without password."""
    if url.get_backend_name() == "sqlite":
        return url.database or "in-memory database"
    return url.render_as_string(hide_password=True)


# (substring of the driver's message, what to tell the user)
_SQLITE_HINTS: list[tuple[str, str]] = [
    (
        "database is locked",
        "the database is locked by another program; close other trainer windows and try again",
    ),
    (
        "file is not a database",
        "this file is not a trainer database (or is encrypted); move it aside and a new one is "
        "created, or set TRAINER_DATA_DIR to another folder",
    ),
    (
        "malformed",
        "the database file is damaged; restore a backup or move it aside so a new one is created",
    ),
    (
        "readonly",
        "the database or its folder is read-only; make it writable or set TRAINER_DATA_DIR "
        "to a writable folder",
    ),
    (
        "disk is full",
        "the disk is full; free some space and try again (what was stored so far is kept)",
    ),
    (
        "disk i/o error",
        "the disk reported an I/O error; check the drive and free space, then try again",
    ),
    (
        "unable to open database file",
        "cannot open or create the database file; check that its folder exists and is writable, "
        "or set TRAINER_DATA_DIR to a writable folder",
    ),
]


# Substrings of driver messages for failures that may pass by themselves (StoreRetryableError).
_RETRYABLE = (
    "database is locked",
    "database table is locked",
    "disk is full",
    "no space left on device",
    "could not extend file",
    "lock timeout",
    "deadlock detected",
)


def retryable(error: BaseException) -> bool:
    """True for a lock held by someone else or a full disk: worth trying the same call again."""
    message = str(getattr(error, "orig", None) or error).lower()
    return any(needle in message for needle in _RETRYABLE)


def explain(error: BaseException, url: URL) -> str:
    """One line for the user, naming the database."""
    where = describe(url)
    message = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
    lowered = message.lower()
    if url.get_backend_name() == "sqlite":
        for needle, hint in _SQLITE_HINTS:
            if needle in lowered:
                return f"{where}: {hint}"
    elif retryable(error):
        return (
            f"{where}: the database is locked or its disk is full ({message}); "
            "try again in a moment, and free disk space if it keeps failing"
        )
    elif isinstance(error, sa_exc.OperationalError | sa_exc.InterfaceError):
        return (
            f"{where}: cannot use the database server ({message}); check that it is running "
            "and that TRAINER_DATABASE_URL is right"
        )
    return f"{where}: database error ({message}); check the file or TRAINER_DATABASE_URL"


def _error_for(error: BaseException, url: URL) -> StoreError:
    kind = StoreRetryableError if retryable(error) else StoreError
    return kind(explain(error, url))


@contextlib.contextmanager
def translated(url: URL, action: str | None = None) -> Iterator[None]:
    """Re-raise expected database failures as StoreError; real bugs (IntegrityError...) pass.

    `action` names what was attempted ("override scores") for the line a refused role gets.
    """
    try:
        yield
    except sa_exc.DBAPIError as exc:
        if refused(exc):
            raise refusal(action) from None
        _translate(exc, url)
    except sa_exc.NoSuchModuleError as exc:
        raise StoreError(
            f"{describe(url)}: no database driver for this URL ({exc}); install it "
            "(for PostgreSQL: pip install psycopg[binary]) or fix TRAINER_DATABASE_URL"
        ) from None


def _translate(exc: sa_exc.DBAPIError, url: URL) -> None:
    """Raise the StoreError for an expected failure; a bug (IntegrityError...) goes on as it was."""
    if isinstance(exc, sa_exc.IntegrityError | sa_exc.ProgrammingError):
        raise exc
    if isinstance(exc, sa_exc.DatabaseError | sa_exc.InterfaceError):
        raise _error_for(exc, url) from None
    raise exc
