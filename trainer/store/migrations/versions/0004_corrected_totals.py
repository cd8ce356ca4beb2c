"""Session totals include the trainer's corrections.

Revision ID: 0004
Revises: 0003

From this release the list's totals (sessions.needs/time/overall) include a trainer's
overrides, the automatic totals staying in `scores`. Sessions corrected before it get their
totals recomputed once, here.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from trainer.core.scoring.corrections import corrected_totals

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _json(value):
    return json.loads(value) if isinstance(value, str) else value


def upgrade() -> None:
    bind = op.get_bind()
    overrides = sa.table(
        "score_overrides",
        sa.column("id", sa.Integer),
        sa.column("session_id", sa.Integer),
        sa.column("criterion_id", sa.String),
        sa.column("score", sa.Integer),
    )
    scores = sa.table(
        "scores",
        sa.column("id", sa.Integer),
        sa.column("session_id", sa.Integer),
        sa.column("kind", sa.String),
        sa.column("created_at", sa.DateTime),
        sa.column("payload", sa.JSON),
    )
    sessions = sa.table(
        "sessions",
        sa.column("id", sa.Integer),
        sa.column("needs", sa.Integer),
        sa.column("time", sa.Integer),
        sa.column("overall", sa.Integer),
    )
    latest: dict[int, dict[str, int]] = {}
    for sid, cid, score in bind.execute(
        sa.select(overrides.c.session_id, overrides.c.criterion_id, overrides.c.score).order_by(
            overrides.c.id
        )
    ):
        latest.setdefault(sid, {})[cid] = score
    for sid, corrections in latest.items():
        payload = bind.execute(
            sa.select(scores.c.payload)
            .where(scores.c.session_id == sid, scores.c.kind == "auto")
            .order_by(scores.c.created_at.desc(), scores.c.id.desc())
            .limit(1)
        ).scalar()
        totals = corrected_totals(_json(payload), corrections)
        if totals:
            bind.execute(sessions.update().where(sessions.c.id == sid).values(**totals))


def downgrade() -> None:
    """Totals stay as they are: the automatic ones are still in `scores`."""
