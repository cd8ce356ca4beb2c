"""The reading of each trainee turn and the agreed time of a call.

Revision ID: 0003
Revises: 0002

`turns.acts` holds the dialogue acts the act model read when the turn was said (and
`turns.llm_acts` an LLM's reading, when one was asked), so rescoring a stored call needs no
network and gives the same score. `sessions.agreed_time` holds the resolved time of the
meeting or call-back. Older calls keep NULL: they are read again when scored.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("turns", sa.Column("acts", sa.JSON(), nullable=True))
    op.add_column("turns", sa.Column("llm_acts", sa.JSON(), nullable=True))
    op.add_column("sessions", sa.Column("agreed_time", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("sessions", "agreed_time")
    op.drop_column("turns", "llm_acts")
    op.drop_column("turns", "acts")
