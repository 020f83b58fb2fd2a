"""kpi charts: a summarised period keeps what the supervisor's charts read of it

Revision ID: 0016_kpi_charts
Revises: 0015_kpi_marks
Create Date: 2026-12-02 08:00:00.000000

``kpi_period.charts`` (JSON): the cases concluded on each day of the period and how many of
them on time (the on-time trend), and the ratings given by level (the ratings chart). Both were
counted from every case of the period on each opening of the charts tab: 2–9 s for a county
year on SQLite. A period summarised before this column existed has none and is rebuilt on
its next report (derived data).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0016_kpi_charts'
down_revision = '0015_kpi_marks'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('kpi_period', schema=None) as batch_op:
        batch_op.add_column(sa.Column('charts', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('kpi_period', schema=None) as batch_op:
        batch_op.drop_column('charts')
