"""SQLAlchemy tables: trainees, sessions, turns, scores.

Plain, portable column types only, so the same schema serves a local SQLite file and a shared
PostgreSQL server. Times are stored as naive UTC and handed back timezone-aware.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from uuid import uuid4

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names keep later migrations (and batch mode on SQLite) predictable.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Store naive UTC everywhere; give back aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class TraineeRow(Base):
    __tablename__ = "trainees"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


# What the review list filters on: every list index carries these, so a page, a filter or a
# count never reads a session's row (on SQLite it holds the persona snapshot, pages long).
LIST_FILTERED = ("started_at", "id", "trainee_id", "persona_id", "outcome", "overall", "reviewed")


def _list_indexes() -> list[tuple[str, list[str]]]:
    """(name, columns) of the list indexes of migration 0007: one per column the list sorts or
    filters by, that column first, then the list's own order (date, id), then the filters."""
    leading = {
        "ix_sessions_started_at": None,
        "ix_sessions_trainee_started": "trainee_id",
        "ix_sessions_persona_started": "persona_id",
        "ix_sessions_outcome": "outcome",
        "ix_sessions_overall": "overall",
        "ix_sessions_reviewed": "reviewed",
        "ix_sessions_needs": "needs",
        "ix_sessions_time": "time",
        "ix_sessions_duration": "duration_seconds",
        "ix_sessions_turns": "turn_count",
        "ix_sessions_persona_name": "persona_name",
    }
    result = []
    for name, first in leading.items():
        columns = [first] if first else []
        columns += [c for c in LIST_FILTERED if c not in columns]
        if first == "persona_id":
            columns.append("persona_name")
        result.append((name, columns))
    return result


class SessionRow(Base):
    """One call. Scores and counts are copied here so listing never touches turns or scores."""

    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id", ondelete="CASCADE"))
    persona_id: Mapped[str] = mapped_column(String(200))
    persona_name: Mapped[str] = mapped_column(String(300), default="")
    persona_json: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    language: Mapped[str] = mapped_column(String(8))
    engine: Mapped[str] = mapped_column(String(40))
    model: Mapped[str | None] = mapped_column(String(200), nullable=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    outcome: Mapped[str | None] = mapped_column(String(20), nullable=True)
    exam_mode: Mapped[bool] = mapped_column(Boolean, default=False)
    needs: Mapped[int | None] = mapped_column(Integer, nullable=True)
    time: Mapped[int | None] = mapped_column(Integer, nullable=True)
    overall: Mapped[int | None] = mapped_column(Integer, nullable=True)
    duration_seconds: Mapped[float | None] = mapped_column(Float, nullable=True)
    turn_count: Mapped[int] = mapped_column(Integer, default=0)
    # Case-folded words of every turn, so "words in the transcript" is one indexed-table scan
    # that folds å/ä/ö/æ/ø correctly on any database.
    search_text: Mapped[str] = mapped_column(Text, default="")
    # From revision 0002: a stable id across installations (bundles) and the trainer's mark.
    uid: Mapped[str | None] = mapped_column(String(36), nullable=True, default=lambda: str(uuid4()))
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # From revision 0003: when the meeting or call-back was agreed for (AgreedTimeData as JSON).
    agreed_time: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    # From revision 0005: an imported call's totals as the sending installation showed them
    # (SenderScore as JSON); the call itself is scored again here.
    sender_score: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    # From revision 0006: the pauses, hints and rewinds a coached call used (Coaching as JSON).
    coaching: Mapped[dict | None] = mapped_column(JSON, nullable=True)

    trainee: Mapped[TraineeRow] = relationship(lazy="joined")

    # From revision 0007: the review list's indexes (see _list_indexes).
    __table_args__ = tuple(Index(name, *columns) for name, columns in _list_indexes())


class TurnRow(Base):
    __tablename__ = "turns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    index: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[float | None] = mapped_column(Float, nullable=True)
    end: Mapped[float | None] = mapped_column(Float, nullable=True)
    cut_off: Mapped[bool] = mapped_column(Boolean, default=False)
    latency: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    # From revision 0003: the acts read in a trainee turn, by the model and (optionally) an LLM.
    acts: Mapped[list | None] = mapped_column(JSON, nullable=True)
    llm_acts: Mapped[list | None] = mapped_column(JSON, nullable=True)

    __table_args__ = (UniqueConstraint("session_id", "index"),)


class ScoreRow(Base):
    """A score as a given scorer version saw it; a new version adds a row, never rewrites one."""

    __tablename__ = "scores"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    scorer_version: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    payload: Mapped[dict] = mapped_column(JSON)
    needs: Mapped[int | None] = mapped_column(Integer, nullable=True)
    time: Mapped[int | None] = mapped_column(Integer, nullable=True)
    overall: Mapped[int | None] = mapped_column(Integer, nullable=True)

    __table_args__ = (UniqueConstraint("session_id", "kind", "scorer_version"),)
