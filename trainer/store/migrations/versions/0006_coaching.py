"""The live coaching a call used.

Revision ID: 0006
Revises: 0005

A coached call keeps the pauses, hints and rewinds the trainee used (`sessions.coaching`, the
Coaching model as JSON), so the review can say how much help a call had. Exam-mode calls and
calls recorded before keep NULL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sessions", sa.Column("coaching", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("coaching")
