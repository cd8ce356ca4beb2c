"""Trainer review: comments, criterion overrides, a reviewed mark and stable session uids.

Revision ID: 0002
Revises: 0001

`sessions.uid` lets a bundle be imported twice without duplicating anything; existing rows get a
fresh uuid4 each. Overrides live beside the automatic score and never replace it.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy): a copied `sessions` table would be dropped, and with
    # foreign keys on, SQLite would cascade that drop to every turn and score.
    op.add_column("sessions", sa.Column("uid", sa.String(36), nullable=True))
    op.add_column(
        "sessions",
        sa.Column("reviewed", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("sessions", sa.Column("reviewed_at", sa.DateTime(), nullable=True))

    bind = op.get_bind()
    sessions = sa.table("sessions", sa.column("id", sa.Integer), sa.column("uid", sa.String))
    ids = [row[0] for row in bind.execute(sa.select(sessions.c.id).where(sessions.c.uid.is_(None)))]
    for session_id in ids:
        bind.execute(
            sessions.update().where(sessions.c.id == session_id).values(uid=str(uuid.uuid4()))
        )
    op.create_index("ix_sessions_uid", "sessions", ["uid"], unique=True)
    op.create_index("ix_sessions_reviewed", "sessions", ["reviewed"])

    op.create_table(
        "review_comments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column(
            "session_id",
            sa.Integer(),
            sa.ForeignKey(
                "sessions.id",
                ondelete="CASCADE",
                name="fk_review_comments_session_id_sessions",
            ),
            nullable=False,
        ),
        sa.Column("turn_index", sa.Integer(), nullable=True),
        sa.Column("author", sa.String(200), nullable=False, server_default=""),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_review_comments"),
        sa.UniqueConstraint("uid", name="uq_review_comments_uid"),
    )
    op.create_index("ix_review_comments_session_id", "review_comments", ["session_id"])

    op.create_table(
        "score_overrides",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column(
            "session_id",
            sa.Integer(),
            sa.ForeignKey(
                "sessions.id",
                ondelete="CASCADE",
                name="fk_score_overrides_session_id_sessions",
            ),
            nullable=False,
        ),
        sa.Column("criterion_id", sa.String(80), nullable=False),
        sa.Column("section", sa.String(20), nullable=False, server_default=""),
        sa.Column("auto_score", sa.Integer(), nullable=True),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("max", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("author", sa.String(200), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_score_overrides"),
        sa.UniqueConstraint("uid", name="uq_score_overrides_uid"),
    )
    op.create_index("ix_score_overrides_session_id", "score_overrides", ["session_id"])


def downgrade() -> None:
    op.drop_index("ix_score_overrides_session_id", table_name="score_overrides")
    op.drop_table("score_overrides")
    op.drop_index("ix_review_comments_session_id", table_name="review_comments")
    op.drop_table("review_comments")
    op.drop_index("ix_sessions_reviewed", table_name="sessions")
    op.drop_index("ix_sessions_uid", table_name="sessions")
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+); no table copy, so nothing cascades.
    for name in ("reviewed_at", "reviewed", "uid"):
        op.drop_column("sessions", name)
