"""The sender's totals of an imported call.

Revision ID: 0005
Revises: 0004

An imported call is scored again from its transcript; `sessions.sender_score` keeps the totals
the sending installation showed (and whether they differ from ours), so a trainer can see both.
Calls recorded here keep NULL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sessions", sa.Column("sender_score", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("sender_score")
