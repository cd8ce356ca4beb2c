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

    __table_args__ = (
        Index("ix_sessions_started_at", "started_at"),
        Index("ix_sessions_trainee_started", "trainee_id", "started_at"),
        Index("ix_sessions_persona_started", "persona_id", "started_at"),
        Index("ix_sessions_outcome", "outcome"),
        Index("ix_sessions_overall", "overall"),
    )


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
