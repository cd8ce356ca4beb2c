"""The Store: every read and write of sessions, turns and scores goes through here.

Each public method is one short transaction, so a turn is on disk the moment `add_turn`
returns and a killed process loses at most the turn in progress. Expected database failures
come out as `StoreError` (a KnownError): one line naming the file and what to do.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from filelock import FileLock, Timeout
from pydantic import ValidationError
from sqlalchemy import (
    Connection,
    Engine,
    and_,
    create_engine,
    delete,
    event,
    func,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql import ColumnElement

from trainer import paths
from trainer.core.errors import KnownError
from trainer.core.persona import Persona
from trainer.core.transcript import AgreedTimeData, Coaching, Transcript, Turn
from trainer.store import search, team
from trainer.store.errors import (
    NotTrainerDatabaseError,
    StoreError,
    StoreRetryableError,
    describe,
    refused,
    translated,
)
from trainer.store.models import Base, ScoreRow, SessionRow, TraineeRow, TurnRow, utcnow

log = logging.getLogger(__name__)
STORE_DIR = Path(__file__).resolve().parent
MIGRATIONS = STORE_DIR / "migrations"
# How long a starting trainer waits for another one that is creating or upgrading the schema.
_MIGRATION_LOCK_SECONDS = 60
# Any fixed number: the PostgreSQL advisory lock that serialises schema upgrades.
_PG_LOCK_KEY = 7_301_946_115
# "Insert unless it exists" per backend; others fall back to a plain insert.
_UPSERT = {"sqlite": sqlite_insert, "postgresql": pg_insert}


def _default_file() -> Path | None:
    """The app's own database file, which it may tighten; None when the data folder is unusable."""
    try:
        return paths.default_database_path()
    except paths.DataDirError:
        return None


def _configured_url() -> str:
    """TRAINER_DATABASE_URL, else the team server in the settings (password from the keyring),
    else the local SQLite file."""
    from trainer.settings import stored_database_url

    try:
        stored = stored_database_url()
    except paths.DataDirError:
        stored = None
    return stored or paths.database_url()


def _sqlite_file(url: URL) -> Path | None:
    """The database file of a SQLite URL; None for other backends and in-memory databases."""
    if url.get_backend_name() != "sqlite":
        return None
    name = url.database or ""
    if not name or name == ":memory:" or name.startswith("file:") or url.query.get("uri"):
        return None
    return Path(name).expanduser()


@dataclass(frozen=True)
class SessionSummary:
    """One row of the session list: everything the list shows, without turns or scores."""

    id: int
    trainee: str
    persona_id: str
    persona_name: str
    language: str
    engine: str
    model: str | None
    started_at: datetime
    ended_at: datetime | None
    duration_seconds: float | None
    outcome: str | None
    needs: int | None
    time: int | None
    overall: int | None
    turn_count: int
    reviewed: bool = False
    exam_mode: bool = False
    agreed_time: dict | None = None  # AgreedTimeData as JSON, for a meeting or call-back


# What `order_by` accepts; anything else is a programming error.
ORDER_COLUMNS: dict[str, Any] = {
    "id": SessionRow.id,
    "started_at": SessionRow.started_at,
    "ended_at": SessionRow.ended_at,
    "trainee": TraineeRow.name,
    "persona": SessionRow.persona_name,
    "persona_id": SessionRow.persona_id,
    "persona_name": SessionRow.persona_name,
    "language": SessionRow.language,
    "engine": SessionRow.engine,
    "duration": SessionRow.duration_seconds,
    "duration_seconds": SessionRow.duration_seconds,
    "outcome": SessionRow.outcome,
    "needs": SessionRow.needs,
    "time": SessionRow.time,
    "overall": SessionRow.overall,
    "turn_count": SessionRow.turn_count,
}


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _as_utc(value: date | datetime, end_of_day: bool = False) -> datetime:
    """Dates count whole days (date_to includes its day); naive datetimes are taken as UTC."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time.min) + (
            timedelta(days=1) if end_of_day else timedelta()
        )
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _headline(payload: dict, key: str) -> int | None:
    value = payload.get(key)
    if isinstance(value, dict):
        value = value.get("score")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return int(round(value))
    return None


class Store:
    """The local (or shared) database of trainees, sessions, turns and scores."""

    def __init__(
        self, url: str | None = None, *, busy_timeout: float = 10.0, migrate: bool = True
    ) -> None:
        self.url = make_url(url or _configured_url())
        self._role: str | None = None
        self._words_indexed: bool | None = None
        sqlite = self.url.get_backend_name() == "sqlite"
        self._file = _sqlite_file(self.url)
        if self._file is not None:
            self._prepare_file(self._file)
        with translated(self.url):
            kwargs: dict[str, Any] = {}
            if sqlite:
                kwargs["connect_args"] = {"timeout": busy_timeout}
            try:
                self.engine: Engine = create_engine(self.url, **kwargs)
            except ImportError as exc:
                raise StoreError(
                    f"{describe(self.url)}: the database driver {exc.name or ''} is not installed; "
                    "install it (for PostgreSQL: pip install 'psycopg[binary]') "
                    "or fix TRAINER_DATABASE_URL"
                ) from None
            if sqlite:
                event.listen(self.engine, "connect", _sqlite_pragmas(busy_timeout))
            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
            if migrate:
                self.migrate()

    def _prepare_file(self, file: Path) -> None:
        """Create the folder (0700) and an empty database file (0600) before SQLite opens it.

        SQLite gives its -wal, -shm and -journal files the database file's mode, so they are
        private too; nothing is ever readable by others, not even for a moment.
        """
        try:
            paths.private_folder(file.parent)
            paths.create_private(file)
        except paths.DataDirError as exc:
            raise StoreError(f"{file}: {exc}") from None
        except OSError as exc:
            raise StoreError(
                f"{file}: cannot create the database file ({exc.strerror or exc}); "
                "set TRAINER_DATA_DIR to a writable folder"
            ) from None
        if file == _default_file():
            with contextlib.suppress(OSError):  # written by an older version with mode 0644
                for part in (file, *(Path(f"{file}{end}") for end in ("-wal", "-shm"))):
                    if part.exists() and part.stat().st_mode & 0o077:
                        part.chmod(paths.PRIVATE_FILE)

    # ----------------------------------------------------------------- set-up

    def alembic_config(self) -> Config:
        cfg = Config(str(STORE_DIR / "alembic.ini"))
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.set_main_option(
            "sqlalchemy.url", self.url.render_as_string(hide_password=False).replace("%", "%%")
        )
        return cfg

    def migrate(self) -> None:
        """Bring the schema to the newest revision; a no-op when it already is.

        Safe when several trainers start at once on a new database: one of them creates the
        schema while the others wait (a file lock beside a SQLite file, an advisory lock on
        PostgreSQL) and then find it done. A database with another program's tables is
        refused before anything is written to it.
        """
        cfg = self.alembic_config()
        script = ScriptDirectory.from_config(cfg)
        heads = set(script.get_heads())
        known = {rev.revision for rev in script.walk_revisions()}
        if self._file is None:
            with translated(self.url), self.engine.begin() as conn:
                if conn.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
                tables = set(inspect(conn).get_table_names())
                current = set(MigrationContext.configure(conn).get_current_heads())
                if self._needs_upgrade(tables, current, heads, known):
                    cfg.attributes["connection"] = conn
                    try:
                        command.upgrade(cfg, "heads")
                    except sa_exc.DBAPIError as exc:
                        if refused(exc):
                            raise StoreError(
                                f"{describe(self.url)}: the team database needs an upgrade to "
                                "this version of trainer, which only its owner may make; ask "
                                "the administrator to run `trainer team init` with the owner's "
                                "TRAINER_DATABASE_URL"
                            ) from None
                        raise
            return
        # A SQLite file is inspected with a plain read-only connection first: the engine's own
        # connections switch the file to WAL, which would already change another program's file.
        # Only "already at the newest revision?" here: while another process is creating the
        # schema the file is half-made, so anything else is judged under the lock.
        tables, current = self._file_schema()
        if current == heads:
            return
        self._refuse_foreign(tables, current, known)  # without even a lock file beside it
        lock = FileLock(
            f"{self._file}.lock", timeout=_MIGRATION_LOCK_SECONDS, mode=paths.PRIVATE_FILE
        )
        try:
            with lock:
                if not self._needs_upgrade(*self._file_schema(), heads, known):
                    return  # another process finished it while this one waited
                with translated(self.url), self.engine.begin() as conn:
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "heads")
        except Timeout:
            raise StoreRetryableError(
                f"{self._file}: another trainer has been setting up this database for "
                f"{_MIGRATION_LOCK_SECONDS} seconds; close it and try again"
            ) from None
        except OSError as exc:
            raise StoreError(
                f"{self._file}: cannot lock the database for its first set-up "
                f"({exc.strerror or exc}); make its folder writable"
            ) from None

    def _file_schema(self) -> tuple[set[str], set[str]]:
        """Tables and schema revisions of the SQLite file, read without changing a byte of it."""
        assert self._file is not None
        uri = f"file:{quote(str(self._file))}?mode=ro"
        with translated(self.url):
            try:
                conn = sqlite3.connect(uri, uri=True, timeout=_MIGRATION_LOCK_SECONDS)
                try:
                    tables = {
                        name
                        for (name,) in conn.execute(
                            "SELECT name FROM sqlite_master WHERE type = 'table'"
                        )
                        if not name.startswith("sqlite_")
                    }
                    current: set[str] = set()
                    if "alembic_version" in tables:
                        current = {
                            rev
                            for (rev,) in conn.execute("SELECT version_num FROM alembic_version")
                        }
                finally:
                    conn.close()
            except sqlite3.Error as exc:
                raise sa_exc.OperationalError("inspect schema", {}, exc) from None
        return tables, current

    def _refuse_foreign(self, tables: set[str], current: set[str], known: set[str]) -> None:
        """Refuse another program's database: its own tables, none of ours, no revision of ours.

        A trainer database being created by another process at this moment has only trainer's
        tables, so this holds even without the migration lock.
        """
        foreign = tables - set(Base.metadata.tables) - {"alembic_version"}
        if foreign and not current & known and not tables & set(Base.metadata.tables):
            raise self._not_ours(foreign)

    def _not_ours(self, foreign: set[str]) -> NotTrainerDatabaseError:
        names = [n[:40] if n.isprintable() else repr(n[:40]) for n in sorted(foreign)[:5]]
        shown = ", ".join(names) + (", ..." if len(foreign) > 5 else "")
        return NotTrainerDatabaseError(
            f"{describe(self.url)}: this is not a trainer database (it holds other tables: "
            f"{shown}); it was left untouched. Point TRAINER_DATABASE_URL at a trainer database "
            "or a new file, or unset it"
        )

    def _needs_upgrade(
        self, tables: set[str], current: set[str], heads: set[str], known: set[str]
    ) -> bool:
        """False when the schema is at the newest revision; refuses a database not ours."""
        if current == heads:
            return False
        ours = set(Base.metadata.tables)
        self._refuse_foreign(tables, current, known)
        if not current and tables - {"alembic_version"}:
            if foreign := tables - ours - {"alembic_version"}:
                raise self._not_ours(foreign)
            raise NotTrainerDatabaseError(
                f"{describe(self.url)}: the database has trainer's tables but no schema version "
                "(its first set-up was interrupted?); it was left untouched. Move it aside so "
                "a new one is created, or point TRAINER_DATABASE_URL elsewhere"
            )
        if current - known:
            raise StoreError(
                f"{describe(self.url)}: the database was written by a newer trainer "
                f"(schema {', '.join(sorted(current))}); update trainer to open it"
            )
        return True

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self, action: str | None = None) -> Iterator[Session]:
        """One transaction, committed on leaving; expected failures become StoreError, and a
        refusal by the server names the `action` only a trainer may take."""
        with translated(self.url, action), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def begin(self, action: str | None = None) -> Iterator[Connection]:
        """A Core connection in one transaction, with the same one-line failures as `_tx`."""
        with translated(self.url, action), self.engine.begin() as conn:
            yield conn

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A Core connection for reads, with the same one-line failures as `_tx`."""
        with translated(self.url), self.engine.connect() as conn:
            yield conn

    @property
    def role(self) -> str:
        """What the connected person may do, as the server sees it: "local" (a SQLite file, one
        person), "owner" (owns the tables), "trainer" (may delete and review every call) or
        "trainee" (own calls only). Shown by the app; the server is what enforces it."""
        if self._role is None:
            if self.url.get_backend_name() != "postgresql":
                self._role = "local"
            else:
                with self.connect() as conn:
                    self._role = team.role_of(conn)
        return self._role

    @property
    def words_indexed(self) -> bool:
        """True when "words in the transcript" are looked up in the SQLite words table
        (migration 0007); PostgreSQL's index serves the plain search by itself."""
        if self._words_indexed is None:
            with self.connect() as conn:
                self._words_indexed = search.has_fts(conn)
        return self._words_indexed

    @property
    def location(self) -> str:
        """The database file (or server URL without password), for messages and the UI."""
        return describe(self.url)

    # --------------------------------------------------------------- trainees

    def trainees(self) -> list[str]:
        with self._tx() as s:
            return list(s.scalars(select(TraineeRow.name).order_by(func.lower(TraineeRow.name))))

    def ensure_trainee(self, name: str) -> int:
        with self._tx() as s:
            return self._ensure_trainee(s, name)

    def _ensure_trainee(self, s: Session, name: str) -> int:
        name = " ".join((name or "").split())
        if not name:
            raise KnownError("a trainee name is needed: type one or pick an existing profile")
        query = select(TraineeRow.id).where(TraineeRow.name == name)
        found = s.scalar(query)
        if found is not None:
            return found
        # Two calls starting at once for a new trainee (two windows, two processes) may both
        # get here: the second insert then does nothing and both find the one row.
        dialect = s.get_bind().dialect.name
        if dialect not in _UPSERT:
            row = TraineeRow(name=name, created_at=utcnow())
            s.add(row)
            s.flush()
            return row.id
        s.execute(
            _UPSERT[dialect](TraineeRow)
            .values(name=name, created_at=utcnow())
            .on_conflict_do_nothing(index_elements=[TraineeRow.name])
        )
        return s.scalar(query)

    # --------------------------------------------------------------- sessions

    def start_session(
        self,
        trainee: str,
        persona: Persona,
        engine: str,
        model: str | None,
        exam_mode: bool = False,
        started_at: datetime | None = None,
    ) -> int:
        """Create the session with a snapshot of the persona exactly as used for this call."""
        with self._tx("store calls for another trainee") as s:
            trainee_id = self._ensure_trainee(s, trainee)
            row = SessionRow(
                trainee_id=trainee_id,
                persona_id=persona.id,
                persona_name=persona.display_name,
                persona_json=persona.model_dump(mode="json"),
                language=persona.language,
                engine=engine,
                model=model,
                started_at=started_at or utcnow(),
                exam_mode=exam_mode,
                turn_count=0,
                search_text="",
            )
            s.add(row)
            s.flush()
            return row.id

    def _session(self, s: Session, session_id: int) -> SessionRow:
        row = s.get(SessionRow, session_id)
        if row is None:
            raise KnownError(f"no session {session_id} (see `trainer sessions list`)")
        return row

    def add_turn(self, session_id: int, index: int, turn: Turn) -> None:
        """Store one finished turn and commit at once."""
        with self._tx() as s:
            row = self._session(s, session_id)
            s.add(
                TurnRow(
                    session_id=session_id,
                    index=index,
                    speaker=turn.speaker,
                    text=turn.text,
                    start=turn.start,
                    end=turn.end,
                    cut_off=turn.cut_off,
                    acts=turn.acts,
                    llm_acts=turn.llm_acts,
                )
            )
            row.turn_count = max(row.turn_count or 0, index + 1)
            row.search_text = f"{row.search_text} {_fold(turn.text)}".strip()
            if turn.end is not None:
                row.duration_seconds = max(row.duration_seconds or 0.0, turn.end)

    def update_turn(self, session_id: int, index: int, turn: Turn) -> None:
        """Replace a stored turn (a barge-in trims the prospect's text to what was heard)."""
        with self._tx() as s:
            row = self._session(s, session_id)
            stored = s.scalar(
                select(TurnRow).where(TurnRow.session_id == session_id, TurnRow.index == index)
            )
            if stored is None:
                raise KnownError(f"session {session_id} has no turn {index}")
            stored.speaker, stored.text = turn.speaker, turn.text
            stored.start, stored.end, stored.cut_off = turn.start, turn.end, turn.cut_off
            s.flush()
            texts = s.scalars(
                select(TurnRow.text).where(TurnRow.session_id == session_id).order_by(TurnRow.index)
            )
            row.search_text = " ".join(_fold(t) for t in texts)

    def set_turn_latency(self, session_id: int, index: int, latency: dict[str, float]) -> None:
        with self._tx() as s:
            s.execute(
                update(TurnRow)
                .where(TurnRow.session_id == session_id, TurnRow.index == index)
                .values(latency=dict(latency))
            )

    def turn_latencies(self, session_id: int) -> dict[int, dict[str, float]]:
        with self._tx() as s:
            rows = s.execute(
                select(TurnRow.index, TurnRow.latency).where(
                    TurnRow.session_id == session_id, TurnRow.latency.is_not(None)
                )
            )
            return {index: latency for index, latency in rows}

    def set_llm_acts(self, session_id: int, index: int, acts: list[str]) -> None:
        """Store an LLM's reading of a turn beside the model's (it may arrive after the call)."""
        with self._tx() as s:
            row = s.scalars(
                select(TurnRow).where(TurnRow.session_id == session_id, TurnRow.index == index)
            ).first()
            if row is not None:
                row.llm_acts = list(acts)

    def drop_turns(self, session_id: int, from_index: int) -> None:
        """Forget the turns from `from_index` on: the trainee took them back (Rewind). The
        session's search words, turn count and length follow what is left; a note on a turn
        taken back goes with it, so it never lands on the turn said in its place."""
        from trainer.store.review import comments_table

        with self._tx() as s:
            row = self._session(s, session_id)
            s.execute(
                delete(TurnRow).where(TurnRow.session_id == session_id, TurnRow.index >= from_index)
            )
            on_dropped = and_(
                comments_table.c.session_id == session_id,
                comments_table.c.turn_index >= from_index,
            )
            # Only when there are any: a trainee's role may read notes but not delete them.
            if s.scalar(select(comments_table.c.id).where(on_dropped).limit(1)) is not None:
                s.execute(delete(comments_table).where(on_dropped))
            left = list(
                s.scalars(
                    select(TurnRow).where(TurnRow.session_id == session_id).order_by(TurnRow.index)
                )
            )
            row.turn_count = len(left)
            row.search_text = " ".join(_fold(t.text) for t in left if t.text).strip()
            ends = [t.end for t in left if t.end is not None]
            row.duration_seconds = max(ends) if ends else None

    def set_coaching(self, session_id: int, coaching: Coaching) -> None:
        """Keep the pauses, hints and rewinds the call used, for the review."""
        with self._tx() as s:
            self._session(s, session_id).coaching = coaching.model_dump(mode="json")

    def end_session(
        self,
        session_id: int,
        outcome: str,
        ended_at: datetime | None = None,
        agreed_time: AgreedTimeData | None = None,
        duration: float | None = None,
    ) -> None:
        """Close the session. `duration` is the call's length on its own clock (what the call
        window showed); without it, the call lasted until now, or until its last turn ended."""
        with self._tx() as s:
            row = self._session(s, session_id)
            row.outcome = outcome
            if agreed_time is not None:
                row.agreed_time = agreed_time.model_dump(mode="json")
            row.ended_at = ended_at or utcnow()
            if duration is None:
                elapsed = (_as_utc(row.ended_at) - _as_utc(row.started_at)).total_seconds()
                duration = max(row.duration_seconds or 0.0, elapsed)
            row.duration_seconds = round(max(0.0, duration), 3)

    def get_transcript(self, session_id: int) -> Transcript:
        with self._tx() as s:
            row = self._session(s, session_id)
            turns = s.scalars(
                select(TurnRow).where(TurnRow.session_id == session_id).order_by(TurnRow.index)
            )
            return Transcript(
                persona=row.persona_id,
                language=row.language,
                trainee=row.trainee.name,
                outcome=row.outcome,
                agreed_time=row.agreed_time,
                coaching=row.coaching,
                turns=[
                    Turn(
                        speaker=t.speaker,
                        text=t.text,
                        start=t.start,
                        end=t.end,
                        cut_off=t.cut_off,
                        acts=t.acts,
                        llm_acts=t.llm_acts,
                    )
                    for t in turns
                ],
            )

    def persona_snapshot(self, session_id: int) -> Persona | None:
        """The persona as it was during the call; None if it no longer fits today's schema."""
        with self._tx() as s:
            data = self._session(s, session_id).persona_json
        if not data:
            return None
        try:
            return Persona.model_validate(data)
        except ValidationError:
            log.info("session %s: stored persona no longer matches the schema", session_id)
            return None

    def _summary_select(self):
        return select(SessionRow, TraineeRow.name).join(
            TraineeRow, SessionRow.trainee_id == TraineeRow.id
        )

    @staticmethod
    def _summary(row: Any) -> SessionSummary:
        sess, trainee = row[0], row[1]
        return SessionSummary(
            id=sess.id,
            trainee=trainee,
            persona_id=sess.persona_id,
            persona_name=sess.persona_name,
            language=sess.language,
            engine=sess.engine,
            model=sess.model,
            started_at=sess.started_at,
            ended_at=sess.ended_at,
            duration_seconds=sess.duration_seconds,
            outcome=sess.outcome,
            needs=sess.needs,
            time=sess.time,
            overall=sess.overall,
            turn_count=sess.turn_count,
            reviewed=bool(sess.reviewed),
            exam_mode=bool(sess.exam_mode),
            agreed_time=sess.agreed_time,
        )

    def session_info(self, session_id: int) -> SessionSummary:
        with self._tx() as s:
            row = s.execute(self._summary_select().where(SessionRow.id == session_id)).first()
            if row is None:
                raise KnownError(f"no session {session_id} (see `trainer sessions list`)")
            return self._summary(row)

    def _filters(
        self,
        trainee: str | Sequence[str] | None = None,
        persona_id: str | Sequence[str] | None = None,
        outcome: str | Sequence[str] | None = None,
        date_from: date | datetime | None = None,
        date_to: date | datetime | None = None,
        min_overall: int | None = None,
        max_overall: int | None = None,
        text: str | None = None,
        language: str | None = None,
        reviewed: bool | None = None,
        unscored: bool | None = None,
    ) -> list[ColumnElement]:
        """Every filter the session list offers; None or empty means 'any'."""

        def many(value: str | Sequence[str]) -> list[str]:
            return [value] if isinstance(value, str) else list(value)

        where: list[ColumnElement] = []
        if trainee:
            where.append(TraineeRow.name.in_(many(trainee)))
        if persona_id:
            where.append(SessionRow.persona_id.in_(many(persona_id)))
        if outcome:
            wanted = many(outcome)
            clause = SessionRow.outcome.in_([o for o in wanted if o])
            if "" in wanted or "none" in wanted:
                clause = clause | SessionRow.outcome.is_(None)
            where.append(clause)
        if date_from is not None:
            where.append(SessionRow.started_at >= _as_utc(date_from))
        if date_to is not None:
            bound = _as_utc(date_to, end_of_day=True)
            where.append(
                SessionRow.started_at < bound
                if not isinstance(date_to, datetime)
                else SessionRow.started_at <= bound
            )
        if min_overall is not None:
            where.append(SessionRow.overall >= min_overall)
        if max_overall is not None:
            where.append(SessionRow.overall <= max_overall)
        if language:
            where.append(SessionRow.language == language)
        if unscored is not None:
            where.append(
                SessionRow.overall.is_(None) if unscored else SessionRow.overall.is_not(None)
            )
        where += search.word_clauses(
            text, SessionRow.id, SessionRow.search_text, self.words_indexed
        )
        if reviewed is not None:
            where.append(SessionRow.reviewed == reviewed)
        return where

    def list_sessions(
        self,
        limit: int | None = None,
        offset: int = 0,
        order_by: str = "started_at",
        descending: bool = True,
        **filters: Any,
    ) -> list[SessionSummary]:
        """A page of the session list, filtered and sorted in the database."""
        if order_by not in ORDER_COLUMNS:
            raise ValueError(f"cannot order sessions by {order_by!r}")
        column = ORDER_COLUMNS[order_by]
        ordering = [column.desc() if descending else column.asc()]
        ordering.append(SessionRow.id.desc() if descending else SessionRow.id.asc())
        query = self._summary_select().where(and_(True, *self._filters(**filters)))
        query = query.order_by(*ordering).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self._tx() as s:
            return [self._summary(row) for row in s.execute(query)]

    def count_sessions(self, **filters: Any) -> int:
        query = (
            select(func.count(SessionRow.id))
            .select_from(SessionRow)
            .join(TraineeRow, SessionRow.trainee_id == TraineeRow.id)
            .where(and_(True, *self._filters(**filters)))
        )
        with self._tx() as s:
            return int(s.scalar(query) or 0)

    def personas_used(self) -> list[tuple[str, str]]:
        """(persona id, display name) of every persona with a stored session, for filter lists."""
        with self._tx() as s:
            rows = s.execute(
                select(SessionRow.persona_id, func.max(SessionRow.persona_name))
                .group_by(SessionRow.persona_id)
                .order_by(SessionRow.persona_id)
            )
            return [(pid, name or pid) for pid, name in rows]

    def delete_session(self, session_id: int) -> None:
        """Remove the session with its turns, scores and kept audio."""
        with self._tx("delete calls") as s:
            self._session(s, session_id)
            s.execute(delete(TurnRow).where(TurnRow.session_id == session_id))
            s.execute(delete(ScoreRow).where(ScoreRow.session_id == session_id))
            s.execute(delete(SessionRow).where(SessionRow.id == session_id))
        folder = paths.audio_dir() / str(session_id)
        if folder.exists():
            shutil.rmtree(folder, ignore_errors=True)

    # ----------------------------------------------------------------- scores

    def save_score(self, session_id: int, kind: str, scorer_version: str, payload: dict) -> None:
        """Keep a score beside the ones before it; one row per (session, kind, scorer version).

        Saving the same version again with the same payload changes nothing; a different payload
        under an unchanged version replaces that row and is logged, so nothing changes silently.
        """
        needs, time_, overall = (
            _headline(payload, "needs"),
            _headline(payload, "time"),
            _headline(payload, "overall"),
        )
        with self._tx("change the scores of a call once it is reviewed or corrected") as s:
            session = self._session(s, session_id)
            row = s.scalar(
                select(ScoreRow).where(
                    ScoreRow.session_id == session_id,
                    ScoreRow.kind == kind,
                    ScoreRow.scorer_version == scorer_version,
                )
            )
            if row is not None and row.payload == payload:
                return
            if row is not None:
                log.warning(
                    "session %s: %s score of scorer %s changed; replacing it",
                    session_id,
                    kind,
                    scorer_version,
                )
                row.payload, row.created_at = dict(payload), utcnow()
                row.needs, row.time, row.overall = needs, time_, overall
            else:
                s.add(
                    ScoreRow(
                        session_id=session_id,
                        kind=kind,
                        scorer_version=scorer_version,
                        created_at=utcnow(),
                        payload=dict(payload),
                        needs=needs,
                        time=time_,
                        overall=overall,
                    )
                )
            if kind == "auto":
                session.needs, session.time, session.overall = needs, time_, overall

    def _latest_score(self, s: Session, session_id: int, kind: str) -> ScoreRow | None:
        return s.scalar(
            select(ScoreRow)
            .where(ScoreRow.session_id == session_id, ScoreRow.kind == kind)
            .order_by(ScoreRow.created_at.desc(), ScoreRow.id.desc())
            .limit(1)
        )

    def get_score(self, session_id: int, kind: str = "auto") -> dict | None:
        with self._tx() as s:
            row = self._latest_score(s, session_id, kind)
            return dict(row.payload) if row is not None else None

    def score_version(self, session_id: int, kind: str = "auto") -> str | None:
        """The scorer version of the latest score of this kind (shown when rescoring)."""
        with self._tx() as s:
            row = self._latest_score(s, session_id, kind)
            return row.scorer_version if row is not None else None

    def score_history(self, session_id: int) -> list[dict]:
        """Every stored score, oldest first: kind, scorer_version, created_at, headline, payload."""
        with self._tx() as s:
            rows = s.scalars(
                select(ScoreRow)
                .where(ScoreRow.session_id == session_id)
                .order_by(ScoreRow.created_at, ScoreRow.id)
            )
            return [
                {
                    "kind": r.kind,
                    "scorer_version": r.scorer_version,
                    "created_at": r.created_at,
                    "needs": r.needs,
                    "time": r.time,
                    "overall": r.overall,
                    "payload": dict(r.payload),
                }
                for r in rows
            ]

    def session_ids(self) -> list[int]:
        with self._tx() as s:
            return list(s.scalars(select(SessionRow.id).order_by(SessionRow.id)))


def _sqlite_pragmas(busy_timeout: float):
    """WAL so readers never block the writer, foreign keys on, wait instead of failing at once."""

    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            cursor.execute("PRAGMA foreign_keys = ON")
            mode = cursor.execute("PRAGMA journal_mode").fetchone()
            if mode and str(mode[0]).lower() not in ("wal", "memory"):
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    return on_connect
